import { describe, expect, test } from 'vitest';
import { inDeck } from '../../../src/lib/study/decks.ts';

describe('flashcard decks', () => {
  const card = { domain: 'data-engineering', examTasks: { 'mla-c02': ['1.1', '3.3'] } };
  const notOnC02 = { domain: 'exploratory-data-analysis', examTasks: { 'mla-c02': [] } };

  test('an exam deck holds the cards of pages that teach it, by domain too', () => {
    expect(inDeck(card, 'mla-c02')).toBe(true);
    expect(inDeck(notOnC02, 'mla-c02')).toBe(false);
    expect(inDeck(card, 'mla-c02/3')).toBe(true);
    expect(inDeck(card, 'mla-c02/2')).toBe(false);
  });

  test('chapter decks go by the MLS-C01 domain; "all" holds everything', () => {
    expect(inDeck(card, 'data-engineering')).toBe(true);
    expect(inDeck(card, 'modeling')).toBe(false);
    expect(inDeck(notOnC02, 'all')).toBe(true);
  });
});
