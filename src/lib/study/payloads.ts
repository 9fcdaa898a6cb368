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
  /** Which cards there are and which decks each is in (no card text). */
  flashcards: '/data/flashcards/index.json',
  /** One chapter's card text: "modeling" → /data/flashcards/modeling.json. */
  flashcardChapter: (chapter: string) => `/data/flashcards/${chapter}.json`,
  progress: '/data/progress.json',
  /** One file per practice set: "modeling" → /data/practice/modeling.json. */
  practice: (setPath: string) => `/data/practice/${setPath}.json`,
} as const;

/** The files the study tool pages need, cached by the service worker for offline use (practice sets are kept once opened). */
export function offlineData(chapters: readonly string[]): string[] {
  return [DATA_PATHS.mockExam, DATA_PATHS.flashcards, ...chapters.map(DATA_PATHS.flashcardChapter), DATA_PATHS.progress];
}

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

/** The line under a question's explanations: its MLS-C01 task (or "Not on MLS-C01"), then each tagged exam's skill or task, or that the exam does not ask it. */
export function examLine(primary: { code: string; task?: string | undefined }, tagged: ReadonlyArray<{ code: string; tag?: { kind: string; id: string } | undefined }>): string {
  return `${primary.task ? `${primary.code} task ${primary.task}` : `Not on ${primary.code}`}${tagged.map(({ code, tag }) => `; ${tag ? `${code} ${tag.kind} ${tag.id}` : `not asked on ${code}`}`).join('')}.`;
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

/**
 * The flashcard index: the cards' deck data (chapter, tasks per exam, source page title) once per
 * group of cards that share it (a page's cards do), and each card as [id, group]. The cards' text
 * is in one file per chapter, loaded when a card of that chapter comes up.
 */
export interface FlashcardIndex {
  groups: Array<{ domain: string; source: string; examTasks: Record<string, string[]> }>;
  cards: Array<[id: string, group: number]>;
}
/** A card's text, in its chapter's file. */
export interface CardText {
  front: string;
  back: string;
  href: string;
}
export type FlashcardChapter = Record<string, CardText>;

export function flashcardIndex(cards: readonly ClientCard[]): FlashcardIndex {
  const groups: FlashcardIndex['groups'] = [];
  const keys = new Map<string, number>();
  const index: FlashcardIndex['cards'] = cards.map((c) => {
    const group = { domain: c.domain, source: c.source, examTasks: c.examTasks };
    const key = JSON.stringify(group);
    if (!keys.has(key)) keys.set(key, groups.push(group) - 1);
    return [c.id, keys.get(key)!];
  });
  return { groups, cards: index };
}

/** Each chapter's card text, by card id. */
export function flashcardChapters(cards: readonly ClientCard[]): Map<string, FlashcardChapter> {
  const chapters = new Map<string, FlashcardChapter>();
  for (const c of cards) {
    if (!chapters.has(c.domain)) chapters.set(c.domain, {});
    chapters.get(c.domain)![c.id] = { front: c.front, back: c.back, href: c.href };
  }
  return chapters;
}

/** The cards of an index, each with its deck data (what the review page needs before any card text). */
export function indexedCards(index: FlashcardIndex): Array<{ id: string; domain: string; source: string; examTasks: Record<string, string[]> }> {
  return index.cards.map(([id, group]) => ({ id, ...index.groups[group]! }));
}

/**
 * The progress page's file: exams without skills, each question's tasks per exam, the chapter pages'
 * versions. The cards' tasks it takes from the flashcard index, which it loads alongside.
 */
export interface ProgressData {
  /** The exams one can study for, the current one first (blueprints without skills). */
  exams: Exam[];
  /** Each question's task per exam id (null where that exam does not ask it). */
  questions: Array<{ id: string; tasks: Record<string, string | null> }>;
  pages: Array<{ id: string; title: string; domain: string; version: string }>;
}

export function progressPayload(
  exams: Exam[],
  questions: ReadonlyArray<{ id: string; tasks: Record<string, string | null> }>,
  pages: ReadonlyArray<{ id: string; title: string; domain: string; version: string }>,
): ProgressData {
  return {
    exams,
    questions: questions.map(({ id, tasks }) => ({ id, tasks })),
    pages: pages.map(({ id, title, domain, version }) => ({ id, title, domain, version })),
  };
}

/** Each card's tasks per exam id (MLS-C01's included), from the flashcard index. */
export function cardTasks(index: FlashcardIndex): Array<{ id: string; tasks: Record<string, string[]> }> {
  return index.cards.map(([id, group]) => ({ id, tasks: index.groups[group]!.examTasks }));
}

/** The pages showing a set's questions (each question's home page), in first-seen order, with how many each holds. */
export function questionPages(homePages: readonly string[]): Array<{ page: string; count: number }> {
  const counts = new Map<string, number>();
  for (const page of homePages) counts.set(page, (counts.get(page) ?? 0) + 1);
  return [...counts].map(([page, count]) => ({ page, count }));
}
