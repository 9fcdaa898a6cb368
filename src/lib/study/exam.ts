/**
 * The mock exam, for any exam with a `mock` form in its blueprint (src/data/exams/): its number of
 * questions drawn by the exam's domain weights (spread over each domain's task statements), its
 * time limit, scored all-or-nothing per question as on the real exam, per domain of that exam.
 */
import type { Exam } from '../exams.ts';
import type { ExamResult, ExamState } from './state.ts';

/** What the mock exam needs of a blueprint (browser code gets it from the page, without the skills). */
export type ExamForm = Pick<Exam, 'id' | 'code' | 'domains' | 'mock'>;

const domainOf = (exam: ExamForm, task: string) => exam.domains.find((d) => d.tasks.some((t) => t.id === task));

/** What the exam needs to know of a question, in the numbering of the exam being taken. */
export interface BankQuestion {
  id: string;
  /** The question's task in that exam ("2.2"). */
  task: string;
  /** Indexes of the correct options. */
  correct: number[];
}

/** A small seeded PRNG (mulberry32), so a draw can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Splits `total` in proportion to `weights` (largest remainder), e.g. 65 by 20/24/36/20 → 13/16/23/13. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < total; k++) counts[order[k % order.length]![1]]! += 1;
  return counts;
}

/**
 * Draws an exam: per domain, its share of `size` by weight; within a domain, round-robin over its
 * task statements so every task is represented; a domain short of questions is topped up from the
 * rest of the bank; then shuffled. Returns fewer than `size` only if the whole bank is smaller.
 */
export function drawExam(bank: readonly BankQuestion[], seed: number, exam: ExamForm, size = exam.mock?.questions ?? 65): string[] {
  const random = seededRandom(seed);
  const counts = apportion(size, exam.domains.map((d) => d.weight));
  const picked: string[] = [];
  exam.domains.forEach((domain, i) => {
    const byTask = domain.tasks.map((t) => shuffle(bank.filter((q) => q.task === t.id), random));
    let need = counts[i]!;
    while (need > 0 && byTask.some((list) => list.length)) {
      for (const list of shuffle(byTask, random)) {
        if (need > 0 && list.length) {
          picked.push(list.pop()!.id);
          need--;
        }
      }
    }
  });
  const chosen = new Set(picked);
  for (const q of shuffle(bank, random)) {
    if (picked.length >= size) break;
    if (!chosen.has(q.id)) picked.push(q.id);
  }
  return shuffle(picked, random);
}

/** A fresh exam state starting now, drawn for `exam` (which needs a `mock` form) from its questions (the bank in its numbering). */
export function startExam(bank: readonly BankQuestion[], now: number, exam: ExamForm): ExamState {
  if (!exam.mock) throw new Error(`${exam.code} has no mock exam form in its blueprint`);
  const { questions, minutes } = exam.mock;
  return { examId: exam.id, started: now, deadline: now + minutes * 60_000, questions: drawExam(bank, now, exam, questions), answers: {}, flagged: [], current: 0 };
}

/** True when both lists hold the same option indexes. */
export function isRight(chosen: readonly number[] | undefined, correct: readonly number[]): boolean {
  return !!chosen && chosen.length === correct.length && correct.every((c) => chosen.includes(c));
}

/** Scores an exam taken for `blueprint`: unanswered counts as wrong; the breakdown is per domain slug of that exam. */
export function scoreExam(exam: ExamState, bank: readonly BankQuestion[], now: number, blueprint: ExamForm): ExamResult {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const byDomain: ExamResult['byDomain'] = {};
  let right = 0;
  for (const id of exam.questions) {
    const q = byId.get(id);
    if (!q) continue;
    const ok = isRight(exam.answers[id], q.correct);
    const d = (byDomain[domainOf(blueprint, q.task)?.slug ?? 'other'] ??= { right: 0, total: 0 });
    d.total++;
    if (ok) {
      d.right++;
      right++;
    }
  }
  return {
    examId: blueprint.id,
    at: now,
    right,
    total: exam.questions.filter((id) => byId.has(id)).length,
    byDomain,
    timedOut: now >= exam.deadline,
    questions: exam.questions,
    answers: exam.answers,
    flagged: exam.flagged,
  };
}

/** Whole minutes and seconds left, never negative: "2:59:59". */
export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
