/**
 * The study tools' data, as the static JSON files the browser fetches after first paint
 * (src/pages/data/): where each file lives, and pure builders of what goes in it. Each file holds
 * only what its page uses, once: a practice set its own questions, the mock exam the bank and its
 * forms, flashcards the cards, the progress page ids and tasks only.
 */
import type { Exam } from '../exams.ts';
import type { Flashcard } from './cards.ts';

/** Site paths of the data files (pass them through `href()` in the browser and the service worker). */
export const DATA_PATHS = {
  mockExam: '/data/mock-exam.json',
  flashcards: '/data/flashcards.json',
  progress: '/data/progress.json',
  /** One file per practice set: "modeling" → /data/practice/modeling.json. */
  practice: (setPath: string) => `/data/practice/${setPath}.json`,
} as const;

/** The files every study tool page needs, cached by the service worker for offline use. */
export const OFFLINE_DATA = [DATA_PATHS.mockExam, DATA_PATHS.flashcards, DATA_PATHS.progress];

/** The question fields the builders read (a question YAML's data). */
export interface QuestionSource {
  stem: string;
  options: ReadonlyArray<{ text: string; explanation: string; correct?: boolean | undefined }>;
  refs: readonly string[];
}

/** A question as the mock exam and practice sets use it in the browser (option letters come from `optionLetter`). */
export interface ClientQuestion {
  id: string;
  /** Its task on each exam ("mls-c01" → "3.2", "mla-c02" → "2.1"), or null where that exam does not ask it. */
  tasks: Record<string, string | null>;
  kind: 'single' | 'multiple';
  stem: string;
  options: Array<{ text: string; explanation: string }>;
  correct: number[];
  /** The sections that teach it. */
  refs: Array<{ href: string; label: string }>;
}

/** A practice question: also the line naming its task on every exam ("MLS-C01 task 1.2; MLA-C02 skill 1.1.4."). */
export interface PracticeQuestion extends ClientQuestion {
  line: string;
}

/** A question's client shape; `teach` turns a ref into the link to its section. */
export function clientQuestion(
  id: string,
  data: QuestionSource,
  tasks: Record<string, string | null>,
  teach: (ref: string) => { href: string; label: string },
): ClientQuestion {
  const correct = data.options.flatMap((o, i) => (o.correct ? [i] : []));
  return {
    id,
    tasks,
    kind: correct.length > 1 ? 'multiple' : 'single',
    stem: data.stem,
    options: data.options.map((o) => ({ text: o.text, explanation: o.explanation })),
    correct,
    refs: data.refs.map(teach),
  };
}

/** The line under a question's explanations: its MLS-C01 task, then each tagged exam's skill or task, or that the exam does not ask it. */
export function examLine(primary: { code: string; task: string }, tagged: ReadonlyArray<{ code: string; tag?: { kind: string; id: string } | undefined }>): string {
  return `${primary.code} task ${primary.task}${tagged.map(({ code, tag }) => `; ${tag ? `${code} ${tag.kind} ${tag.id}` : `not asked on ${code}`}`).join('')}.`;
}

/** The mock exam's file: the exams' forms (without skills) and every question in any form's scope. */
export function mockExamPayload(forms: readonly Exam[], questions: readonly ClientQuestion[]) {
  return { forms: [...forms], questions: questions.filter((q) => forms.some((f) => q.tasks[f.id])) };
}
export type MockExamData = ReturnType<typeof mockExamPayload>;

/** A flashcard as the review page uses it: no kind (only counted at build time) and its MLS-C01 tasks folded into `examTasks`. */
export type ClientCard = Omit<Flashcard, 'kind' | 'tasks'> & { examTasks: Record<string, string[]> };

export function clientCard(card: Flashcard & { examTasks: Record<string, string[]> }, primaryExamId: string): ClientCard {
  return { id: card.id, domain: card.domain, front: card.front, back: card.back, href: card.href, source: card.source, examTasks: { [primaryExamId]: card.tasks, ...card.examTasks } };
}

/** The progress page's file: exams without skills, each question's and card's tasks per exam, the chapter pages' versions. */
export interface ProgressData {
  /** The exams one can study for, the current one first (blueprints without skills). */
  exams: Exam[];
  /** Each question's task per exam id (null where that exam does not ask it). */
  questions: Array<{ id: string; tasks: Record<string, string | null> }>;
  /** Each card's tasks per exam id. */
  cards: Array<{ id: string; tasks: Record<string, string[]> }>;
  pages: Array<{ id: string; title: string; domain: string; version: string }>;
}

export function progressPayload(
  exams: Exam[],
  questions: ReadonlyArray<{ id: string; tasks: Record<string, string | null> }>,
  cards: readonly ClientCard[],
  pages: ReadonlyArray<{ id: string; title: string; domain: string; version: string }>,
): ProgressData {
  return {
    exams,
    questions: questions.map(({ id, tasks }) => ({ id, tasks })),
    cards: cards.map(({ id, examTasks }) => ({ id, tasks: examTasks })),
    pages: pages.map(({ id, title, domain, version }) => ({ id, title, domain, version })),
  };
}

/** The pages showing a set's questions (each question's home page), in first-seen order, with how many each holds. */
export function questionPages(homePages: readonly string[]): Array<{ page: string; count: number }> {
  const counts = new Map<string, number>();
  for (const page of homePages) counts.set(page, (counts.get(page) ?? 0) + 1);
  return [...counts].map(([page, count]) => ({ page, count }));
}
