import { Rating } from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import { dailyQueue, dayOf, humanInterval, previewIntervals, retrievability, review } from '../../../src/lib/study/scheduler.ts';
import { emptyState, parseState, serializeState } from '../../../src/lib/study/state.ts';

const now = new Date('2026-11-24T09:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('review', () => {
  test('introduces a new card, counts it for today, and schedules it', () => {
    const state = review(emptyState(), 'c1', Rating.Good, now);
    expect(state.cards.c1!.reps).toBe(1);
    expect(new Date(state.cards.c1!.due).getTime()).toBeGreaterThan(now.getTime());
    expect(state.newCards).toEqual({ day: '2026-11-24', count: 1 });
    expect(parseState(serializeState(state)).state).toEqual(state);
  });

  test('Easy schedules further out than Again', () => {
    const again = review(emptyState(), 'c', Rating.Again, now).cards.c!;
    const easy = review(emptyState(), 'c', Rating.Easy, now).cards.c!;
    expect(new Date(easy.due).getTime()).toBeGreaterThan(new Date(again.due).getTime());
  });

  test('reviewing an existing card does not count as a new card', () => {
    const once = review(emptyState(), 'c', Rating.Good, now);
    expect(review(once, 'c', Rating.Good, later(3)).newCards).toEqual(once.newCards);
  });
});

describe('dailyQueue', () => {
  test('shows due cards first, then new cards up to the daily limit', () => {
    let state = review(emptyState(), 'old', Rating.Good, later(-30));
    state = review(state, 'notdue', Rating.Easy, now);
    const queue = dailyQueue(state, ['n1', 'old', 'n2', 'notdue', 'n3'], later(1), 2);
    expect(queue.ids).toEqual(['old', 'n1', 'n2']);
    expect([queue.due, queue.fresh]).toEqual([1, 2]);
  });

  test('counts new cards already introduced today', () => {
    const state = review(emptyState(), 'a', Rating.Good, now);
    expect(dailyQueue(state, ['a', 'b', 'c'], now, 2).ids).toEqual(['b']);
    expect(dayOf(now)).toBe('2026-11-24');
  });
});

describe('previewIntervals / humanInterval / retrievability', () => {
  test('preview gives a label per grade', () => {
    expect(Object.keys(previewIntervals(emptyState(), 'x', now))).toEqual(['Again', 'Hard', 'Good', 'Easy']);
  });

  test('formats intervals', () => {
    expect([60_000, 600_000, 3 * 3_600_000, 86_400_000, 5 * 86_400_000, 90 * 86_400_000].map(humanInterval)).toEqual([
      '1 min',
      '10 min',
      '3 h',
      '1 day',
      '5 days',
      '3 months',
    ]);
  });

  test('recall is 0 for unseen cards and falls over time for reviewed ones', () => {
    const state = review(emptyState(), 'c', Rating.Good, now);
    expect(retrievability(emptyState(), 'c', now)).toBe(0);
    expect(retrievability(state, 'c', later(1))).toBeGreaterThan(retrievability(state, 'c', later(60)));
  });
});
