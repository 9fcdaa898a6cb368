/**
 * The review loop's sets: per exam and domain, the questions the learner last got wrong ("retry my
 * mistakes") and the ones they flagged. Practice pages show such a set with `?show=wrong` or
 * `?show=flagged` (see `reviewHref`); /practice/review/ lists them with their counts.
 */
import type { Exam } from '../exams.ts';
import { practicePath } from '../practice.ts';
import { lastAttempt, type StudyState } from './state.ts';

export type ReviewFilter = 'all' | 'unanswered' | 'wrong' | 'flagged';
export const REVIEW_FILTERS: readonly ReviewFilter[] = ['all', 'unanswered', 'wrong', 'flagged'];

/** What the review needs of a question: its task on each exam (null where that exam does not ask it). */
export interface ReviewQuestion {
  id: string;
  tasks: Record<string, string | null>;
}

export interface ReviewRow {
  domain: { number: number; slug: string; name: string };
  /** Path below /practice/ of the domain's practice set. */
  path: string;
  /** Ids of questions in this domain last answered wrong, and flagged. */
  wrong: string[];
  flagged: string[];
}

/** Whether a question belongs in a practice filter, given the learner's state. */
export function matchesFilter(state: StudyState, questionId: string, filter: ReviewFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'flagged') return state.flagged.includes(questionId);
  const last = lastAttempt(state, questionId);
  return filter === 'unanswered' ? !last : !!last && !last.right;
}

/** A filter named in a URL query (`?show=wrong`), or undefined if it names none. */
export function filterFromQuery(search: string): ReviewFilter | undefined {
  const value = new URLSearchParams(search).get('show');
  return REVIEW_FILTERS.find((f) => f === value);
}

/** One row per domain of `exam`: the wrong and flagged questions in its scope. */
export function reviewRows(state: StudyState, questions: readonly ReviewQuestion[], exam: Pick<Exam, 'id' | 'domains'>): ReviewRow[] {
  return exam.domains.map((d) => {
    const inDomain = questions.filter((q) => q.tasks[exam.id]?.startsWith(`${d.number}.`)).map((q) => q.id);
    return {
      domain: { number: d.number, slug: d.slug, name: d.name },
      path: practicePath(exam, d),
      wrong: inDomain.filter((id) => matchesFilter(state, id, 'wrong')),
      flagged: inDomain.filter((id) => matchesFilter(state, id, 'flagged')),
    };
  });
}

/** The practice set's address showing only one filter: "/practice/modeling/?show=wrong" (before the base). */
export function reviewHref(path: string, filter: 'wrong' | 'flagged'): string {
  return `/practice/${path}/?show=${filter}`;
}
