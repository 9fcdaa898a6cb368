import { Rating } from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import { getExam } from '../../../src/lib/exams.ts';

const mls = getExam('mls-c01');
import { TASK_IDS } from '../../../src/lib/domains.ts';
import { domainMastery, taskMastery, weakestFirst } from '../../../src/lib/study/mastery.ts';
import { studyPlan, taskWeight } from '../../../src/lib/study/planner.ts';
import { review } from '../../../src/lib/study/scheduler.ts';
import { emptyState, recordAnswer } from '../../../src/lib/study/state.ts';

const now = new Date('2026-11-24T09:00:00Z');
const questions = TASK_IDS.flatMap((task) => [0, 1, 2, 3].map((i) => ({ id: `${task}-q${i}`, task })));
const cards = TASK_IDS.flatMap((task) => [0, 1].map((i) => ({ id: `${task}-c${i}`, tasks: [task] })));

describe('taskMastery', () => {
  test('is 0 with no evidence and counts only the latest answer', () => {
    let state = emptyState();
    expect(taskMastery(state, questions, cards, now, mls).every((t) => t.mastery === 0)).toBe(true);
    state = recordAnswer(state, '1.2-q0', false, [1], 1);
    state = recordAnswer(state, '1.2-q0', true, [0], 2);
    state = recordAnswer(state, '1.2-q1', true, [0], 3);
    const t = taskMastery(state, questions, cards, now, mls).find((m) => m.task === '1.2')!;
    expect(t.questions).toEqual({ total: 4, answered: 2, right: 2 });
    expect(t.mastery).toBeCloseTo(0.6 * 0.5, 5);
  });

  test('adds card recall', () => {
    let state = review(emptyState(), '3.1-c0', Rating.Easy, now);
    state = review(state, '3.1-c1', Rating.Easy, now);
    const t = taskMastery(state, questions, cards, new Date(now.getTime() + 3_600_000), mls).find((m) => m.task === '3.1')!;
    expect(t.cards.reviewed).toBe(2);
    expect(t.mastery).toBeGreaterThan(0.35);
    expect(t.mastery).toBeLessThanOrEqual(0.4);
  });

  test('orders weakest first and averages per domain', () => {
    const state = recordAnswer(emptyState(), '1.1-q0', true, [0], 1);
    const tasks = taskMastery(state, questions, cards, now, mls);
    expect(weakestFirst(tasks, mls).at(-1)!.task).toBe('1.1');
    expect(weakestFirst(tasks, mls)[0]!.domain).toBe('modeling');
    expect(domainMastery(tasks, mls)[0]!.mastery).toBeCloseTo(0.15 / 3, 5);
  });
});

describe('studyPlan', () => {
  const mastery = taskMastery(emptyState(), questions, cards, now, mls);

  test('gives hours in proportion to weight × weakness and uses all of them', () => {
    const plan = studyPlan({ today: now, examDate: new Date('2026-12-22T09:00:00Z'), hoursPerWeek: 20, mastery, exam: mls });
    expect(plan.weeks).toBe(4);
    expect(plan.totalHours).toBe(80);
    expect(plan.tasks.reduce((a, t) => a + t.hours, 0)).toBe(77);
    const hours = (id: string) => plan.tasks.find((t) => t.task === id)!.hours;
    // Modeling tasks weigh 36/5 = 7.2 each, Data Engineering tasks 20/3 ≈ 6.7.
    expect(hours('3.1')).toBeGreaterThan(hours('1.1'));
    expect(taskWeight('3.1', mls)).toBeCloseTo(7.2);
    expect(plan.schedule.at(-1)!.mockExam).toBe(true);
    expect(plan.schedule.every((w) => w.tasks.reduce((a, t) => a + t.hours, 0) <= 20)).toBe(true);
  });

  test('gives weak tasks more time than mastered ones of the same weight', () => {
    const skewed = mastery.map((m) => (m.task === '1.1' ? { ...m, mastery: 1 } : m));
    const plan = studyPlan({ today: now, examDate: new Date('2027-01-19T09:00:00Z'), hoursPerWeek: 6, mastery: skewed, exam: mls });
    const hours = (id: string) => plan.tasks.find((t) => t.task === id)!.hours;
    expect(hours('1.1')).toBeLessThan(hours('1.2'));
  });

  test('explains what is missing', () => {
    expect(studyPlan({ today: now, examDate: new Date('2026-11-01'), hoursPerWeek: 5, mastery, exam: mls }).problem).toBe('Choose an exam date after today.');
    expect(studyPlan({ today: now, examDate: new Date('2027-01-01'), hoursPerWeek: 0, mastery, exam: mls }).problem).toMatch(/hours/);
  });
});
