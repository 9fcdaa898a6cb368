import { describe, expect, test } from 'vitest';
import { bankStats, formatStats } from '../../src/lib/bank-stats.ts';

const q = (id: string, stem: string, options: Array<[string, boolean?]>) => ({ id, stem, options: options.map(([text, correct]) => ({ text, correct })) });

describe('bankStats', () => {
  const bank = [
    q('a', 'one two three four five', [['short'], ['the longest option of all', true], ['mid size'], ['tiny']]),
    q('b', 'one two three', [['the longest wrong option'], ['right', true], ['x'], ['y']]),
    q('c', 'one two three four five six seven (Choose TWO.)', [['a long correct option', true], ['b', true], ['c'], ['d'], ['e']]),
    q('d', 'a multiple response without the instruction', [['a', true], ['b', true], ['c'], ['d']]),
    q('e', 'five options single', [['a', true], ['b'], ['c'], ['d'], ['e']]),
  ];
  const s = bankStats(bank);

  test('counts the longest-option tells separately for single and multiple response', () => {
    expect([s.single, s.multiple]).toEqual([3, 2]);
    expect(s.singleLongestCorrect).toBe(1);
    expect(s.singleShortestCorrect).toBe(0);
    expect(s.multipleLongestCorrect).toBe(1);
  });

  test('spreads positions, counts options and takes the median stem length', () => {
    expect(s.positions).toEqual([1, 2, 0, 0]);
    expect(s.optionCounts).toEqual({ 4: 3, 5: 2 });
    expect(s.medianStemWords).toBe(5);
  });

  test('names the questions in a format the exam does not use', () => {
    expect(s.formatProblems).toEqual([
      'd: a multiple-response question has 5 or more options (has 4)',
      'd: a multiple-response stem ends with "(Choose TWO.)"',
      'e: a single-answer question has exactly 4 options (has 5)',
    ]);
  });

  test('a tie for the longest option is no tell', () => {
    expect(bankStats([q('t', 'stem', [['same', true], ['same'], ['x'], ['y']])]).singleLongestCorrect).toBe(0);
  });

  test('formats the figures for a test log', () => {
    expect(formatStats('bank', s)).toMatch(/^bank: 5 questions \(3 single answer, 2 multiple response\); median stem 5 words\n.*longest: 33 % and the shortest: 0 % of single-answer.*50 % of multiple-response\n.*A\/B\/C\/D: 1 \/ 2 \/ 0 \/ 0; options per question: 4: 3, 5: 2$/);
  });
});
