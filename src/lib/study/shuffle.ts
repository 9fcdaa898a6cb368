/**
 * Option order per attempt: practice pages and the mock exam show a question's options in an order
 * derived from a seed, so it stays the same while the attempt lasts (a reload, the review) and
 * changes on the next attempt. The server HTML (and print, and pages without JavaScript) keeps the
 * authored order; answers are always stored as authored option indexes. Letters follow the shown
 * order: the option shown first is "A".
 */
import { seededRandom } from './exam.ts';
import { optionLetter } from '../questions.ts';

/** A 32-bit FNV-1a hash of a string, mixed with a number: the seed of one question's order. */
export function hashSeed(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The shown order of `count` options: `order[position] = authored index`. The same question id and
 * seed always give the same order; it is never the authored one when count > 1 unless every try is.
 */
export function optionOrder(questionId: string, seed: number, count: number): number[] {
  const random = seededRandom(hashSeed(questionId, seed));
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The seed of a practice attempt: the browser's seed and when the question was last answered (0 if
 * never), so each answer starts a new attempt with a new order (a count would stop changing once the
 * state keeps only the last few attempts).
 */
export function practiceSeed(browserSeed: number, lastAnsweredAt = 0): number {
  return hashSeed(String(lastAnsweredAt), browserSeed);
}


/** The shown letter of an authored option index under `order`. */
export function shownLetter(order: readonly number[], authored: number): string {
  const position = order.indexOf(authored);
  return optionLetter(position < 0 ? authored : position);
}

/** The shown letters of authored indexes, in shown order: "B and D". */
export function shownLetters(order: readonly number[], authored: readonly number[]): string {
  return authored
    .map((i) => order.indexOf(i))
    .sort((a, b) => a - b)
    .map(optionLetter)
    .join(' and ');
}
