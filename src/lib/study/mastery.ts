/**
 * Mastery per exam task statement, from the learner's own evidence: the latest answer to each of the
 * task's questions (right = 1) and the recall probability of each of its flashcards (FSRS). Material
 * not yet attempted counts as 0, so mastery also measures coverage.
 */
import type { Exam } from '../exams.ts';
import type { StudyState } from './state.ts';
import { retrievability } from './scheduler.ts';

const QUESTION_WEIGHT = 0.6;
const CARD_WEIGHT = 0.4;

export interface TaskMastery {
  task: string;
  domain: string;
  questions: { total: number; answered: number; right: number };
  cards: { total: number; reviewed: number; recall: number };
  /** 0–1. */
  mastery: number;
}

/** What mastery needs of a blueprint: its domains, weights and task ids. */
type Blueprint = Pick<Exam, 'domains'>;

/** Mastery of every task of `exam`, in exam order. `questions`/`cards` map ids to their task ids in that exam. */
export function taskMastery(
  state: StudyState,
  questions: ReadonlyArray<{ id: string; task: string | null }>,
  cards: ReadonlyArray<{ id: string; tasks: readonly string[] }>,
  now: Date,
  exam: Blueprint,
): TaskMastery[] {
  return exam.domains.flatMap((domain) =>
    domain.tasks.map((t) => {
      const qs = questions.filter((q) => q.task === t.id);
      const latest = qs.map((q) => state.answers[q.id]?.at(-1)).filter((a) => a !== undefined);
      const right = latest.filter((a) => a.right).length;
      const cs = cards.filter((c) => c.tasks.includes(t.id));
      const recalls = cs.map((c) => retrievability(state, c.id, now));
      const recallSum = recalls.reduce((a, b) => a + b, 0);
      const qScore = qs.length ? right / qs.length : undefined;
      const cScore = cs.length ? recallSum / cs.length : undefined;
      const mastery =
        qScore !== undefined && cScore !== undefined ? QUESTION_WEIGHT * qScore + CARD_WEIGHT * cScore : (qScore ?? cScore ?? 0);
      return {
        task: t.id,
        domain: domain.slug,
        questions: { total: qs.length, answered: latest.length, right },
        cards: { total: cs.length, reviewed: recalls.filter((r) => r > 0).length, recall: cs.length ? recallSum / cs.length : 0 },
        mastery,
      };
    }),
  );
}

/** Mastery per domain: the mean of its tasks. */
export function domainMastery(tasks: readonly TaskMastery[], exam: Blueprint): Array<{ domain: string; mastery: number }> {
  return exam.domains.map((d) => {
    const ts = tasks.filter((t) => t.domain === d.slug);
    return { domain: d.slug, mastery: ts.length ? ts.reduce((a, t) => a + t.mastery, 0) / ts.length : 0 };
  });
}

/** Tasks weakest first (ties: heavier domain first, then exam order). */
export function weakestFirst(tasks: readonly TaskMastery[], exam: Blueprint): TaskMastery[] {
  const weight = (slug: string) => exam.domains.find((d) => d.slug === slug)!.weight;
  return [...tasks].sort((a, b) => a.mastery - b.mastery || weight(b.domain) - weight(a.domain) || a.task.localeCompare(b.task));
}
