/**
 * Surface statistics of a question bank: the features that let a test-taker guess without knowing
 * (the longest option, the position of the answer), the option counts the exam uses, stem length.
 * tests/unit/question-bank.test.ts prints them and holds the bank to the standard.
 */

export interface StatQuestion {
  id: string;
  stem: string;
  options: ReadonlyArray<{ text: string; correct?: boolean | undefined }>;
}

export interface BankStats {
  questions: number;
  single: number;
  multiple: number;
  /** Single-answer questions whose correct option is strictly the longest. */
  singleLongestCorrect: number;
  /** Single-answer questions whose correct option is strictly the shortest (the reverse tell). */
  singleShortestCorrect: number;
  /** Multiple-response questions whose (strictly) longest option is a correct one. */
  multipleLongestCorrect: number;
  /** Single-answer questions by the position of the correct option (0 = A). */
  positions: number[];
  /** Questions by number of options, e.g. { 4: 230, 5: 60 }. */
  optionCounts: Record<number, number>;
  /** Median stem length in words. */
  medianStemWords: number;
  /** Single-answer questions without exactly 4 options; multiple-response ones with fewer than 5 or without "Choose N". */
  formatProblems: string[];
}

export const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const NUMBER_WORDS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'];

export function bankStats(bank: readonly StatQuestion[]): BankStats {
  const stats: BankStats = { questions: bank.length, single: 0, multiple: 0, singleLongestCorrect: 0, singleShortestCorrect: 0, multipleLongestCorrect: 0, positions: [0, 0, 0, 0], optionCounts: {}, medianStemWords: median(bank.map((q) => words(q.stem))), formatProblems: [] };
  for (const q of bank) {
    const correct = q.options.flatMap((o, i) => (o.correct ? [i] : []));
    const lengths = q.options.map((o) => o.text.length);
    const longest = Math.max(...lengths);
    const longestAt = lengths.flatMap((l, i) => (l === longest ? [i] : []));
    const shortestAt = lengths.flatMap((l, i) => (l === Math.min(...lengths) ? [i] : []));
    stats.optionCounts[q.options.length] = (stats.optionCounts[q.options.length] ?? 0) + 1;
    if (correct.length === 1) {
      stats.single++;
      if (longestAt.length === 1 && longestAt[0] === correct[0]) stats.singleLongestCorrect++;
      if (shortestAt.length === 1 && shortestAt[0] === correct[0]) stats.singleShortestCorrect++;
      if (correct[0]! < 4) stats.positions[correct[0]!]!++;
      if (q.options.length !== 4) stats.formatProblems.push(`${q.id}: a single-answer question has exactly 4 options (has ${q.options.length})`);
    } else {
      stats.multiple++;
      if (longestAt.length === 1 && correct.includes(longestAt[0]!)) stats.multipleLongestCorrect++;
      if (q.options.length < 5) stats.formatProblems.push(`${q.id}: a multiple-response question has 5 or more options (has ${q.options.length})`);
      const choose = `(Choose ${NUMBER_WORDS[correct.length] ?? correct.length}.)`;
      if (!q.stem.includes(choose)) stats.formatProblems.push(`${q.id}: a multiple-response stem ends with "${choose}"`);
    }
  }
  return stats;
}

/** The statistics as lines for a test log. */
export function formatStats(label: string, s: BankStats): string {
  const pct = (n: number, d: number) => `${d ? ((n / d) * 100).toFixed(0) : 0} %`;
  return [
    `${label}: ${s.questions} questions (${s.single} single answer, ${s.multiple} multiple response); median stem ${s.medianStemWords} words`,
    `  correct option is the longest: ${pct(s.singleLongestCorrect, s.single)} and the shortest: ${pct(s.singleShortestCorrect, s.single)} of single-answer; longest option is correct: ${pct(s.multipleLongestCorrect, s.multiple)} of multiple-response`,
    `  correct position (single answer) A/B/C/D: ${s.positions.join(' / ')}; options per question: ${Object.entries(s.optionCounts).map(([n, c]) => `${n}: ${c}`).join(', ')}`,
  ].join('\n');
}
