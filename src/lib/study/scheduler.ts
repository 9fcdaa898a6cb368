/**
 * Flashcard scheduling with FSRS (the ts-fsrs library): each review is rated Again, Hard, Good or
 * Easy, and FSRS sets the next due date from the card's memory state. This module converts between
 * ts-fsrs cards and the stored JSON state and builds the daily review queue.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CardState, StudyState } from './state.ts';

const scheduler = fsrs({ enable_fuzz: false });

/** The four answers a learner gives, in button order. */
export const GRADES = [
  { grade: Rating.Again, label: 'Again', key: '1' },
  { grade: Rating.Hard, label: 'Hard', key: '2' },
  { grade: Rating.Good, label: 'Good', key: '3' },
  { grade: Rating.Easy, label: 'Easy', key: '4' },
] as const satisfies ReadonlyArray<{ grade: Grade; label: string; key: string }>;

/** New cards introduced per day, so the queue stays manageable. */
export const NEW_PER_DAY = 20;

function toCard(s: CardState): Card {
  return { ...s, due: new Date(s.due), last_review: s.last_review ? new Date(s.last_review) : undefined, state: s.state as Card['state'] };
}

function toState(c: Card): CardState {
  const { due, last_review, ...rest } = c;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}), state: Number(c.state) };
}

/** The day (UTC) a timestamp falls on, "YYYY-MM-DD". */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Applies a review to a card and returns the new state (introducing the card if it is new). */
export function review(state: StudyState, cardId: string, grade: Grade, now: Date): StudyState {
  const existing = state.cards[cardId];
  const card = existing ? toCard(existing) : createEmptyCard(now);
  const next = scheduler.next(card, now, grade).card;
  const today = dayOf(now);
  const newCards = existing ? state.newCards : { day: today, count: (state.newCards.day === today ? state.newCards.count : 0) + 1 };
  return { ...state, cards: { ...state.cards, [cardId]: toState(next) }, newCards };
}

/** When each grade would next show the card, e.g. { Again: '10 min', Good: '3 days' }. */
export function previewIntervals(state: StudyState, cardId: string, now: Date): Record<string, string> {
  const existing = state.cards[cardId];
  const card = existing ? toCard(existing) : createEmptyCard(now);
  const preview = scheduler.repeat(card, now);
  return Object.fromEntries(GRADES.map(({ grade, label }) => [label, humanInterval(preview[grade].card.due.getTime() - now.getTime())]));
}

/** "1 min", "10 min", "3 h", "2 days", "4 months". */
export function humanInterval(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h`;
  const d = Math.round(h / 24);
  if (d < 31) return `${d} ${d === 1 ? 'day' : 'days'}`;
  const m = Math.round(d / 30);
  return m < 12 ? `${m} ${m === 1 ? 'month' : 'months'}` : `${Math.round(d / 365)} y`;
}

/** Probability of recalling a reviewed card now (0–1), or 0 for a card never reviewed. */
export function retrievability(state: StudyState, cardId: string, now: Date): number {
  const s = state.cards[cardId];
  return s && s.reps > 0 ? scheduler.get_retrievability(toCard(s), now, false) : 0;
}

export interface Queue {
  /** Cards to show now: due reviews first (most overdue first), then new cards. */
  ids: string[];
  due: number;
  fresh: number;
}

/**
 * Today's queue from the given deck: every reviewed card that is due, then new cards up to the
 * daily limit (minus those already introduced today), in deck order.
 */
export function dailyQueue(state: StudyState, deck: readonly string[], now: Date, newPerDay = NEW_PER_DAY): Queue {
  const due = deck
    .filter((id) => state.cards[id] && new Date(state.cards[id]!.due).getTime() <= now.getTime())
    .sort((a, b) => new Date(state.cards[a]!.due).getTime() - new Date(state.cards[b]!.due).getTime());
  const introducedToday = state.newCards.day === dayOf(now) ? state.newCards.count : 0;
  const fresh = deck.filter((id) => !state.cards[id]).slice(0, Math.max(0, newPerDay - introducedToday));
  return { ids: [...due, ...fresh], due: due.length, fresh: fresh.length };
}
