/**
 * The learner's study state, kept only in their browser (localStorage, one versioned key). Nothing
 * leaves the device; export and import move it between browsers as a JSON file.
 *
 * Stored shape (version 2), validated on every load; version 1 data is migrated (it lacks the last
 * three fields). Anything that does not parse, is from another version or app, or is larger than
 * SIZE_CAP is not used: the learner is told why, and the store keeps the blob aside (CORRUPT_KEY):
 *   answers  question id → last attempts [{ at, right, chosen }] (newest last, at most 5)
 *   cards    flashcard id → FSRS memory state (dates as ISO strings)
 *   studied  page id → { version (content hash when marked), at }
 *   exam     the mock exam in progress (with its examId), or null
 *   history  finished mock exams with their examId, questions and answers (newest last, at most 20)
 *   plan     the exam the learner studies for (exam id), exam date and hours per week for the planner
 * The exam ids are optional fields added later: data saved before has none and means MLS-C01.
 *   newCards cards introduced per day { day: 'YYYY-MM-DD', count }
 *   seed     a random number fixed per browser (0 until the store picks it): with a question id and the
 *            time of its last answer it orders the options shown in practice (src/lib/study/shuffle.ts);
 *            mock exams use their own `seed`
 *   flagged  question ids the learner flagged for later (practice and mock exam review)
 *   sessions practice sessions, one per practice page visit with answers (newest last, at most 50)
 */
import * as z from 'zod/mini';

export const STORAGE_KEY = 'mls-study';
export const STATE_VERSION = 2;
/** Where the store keeps saved data it could not use, so nothing is lost (see study-store.ts). */
export const CORRUPT_KEY = 'mls-study-unreadable';
/** Largest state kept (characters of JSON, about bytes). Far above normal use; guards against runaway growth. */
export const SIZE_CAP = 1_000_000;
const MAX_ATTEMPTS = 5;
const MAX_HISTORY = 20;
const MAX_SESSIONS = 50;

const attempt = z.object({ at: z.number(), right: z.boolean(), chosen: z.array(z.number()) });
const cardState = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  last_review: z.optional(z.string()),
});
const examState = z.object({
  /** Which exam's form this is (absent in data saved before there were several: MLS-C01). */
  examId: z.optional(z.string()),
  started: z.number(),
  deadline: z.number(),
  questions: z.array(z.string()),
  answers: z.record(z.string(), z.array(z.number())),
  flagged: z.array(z.string()),
  current: z.number(),
  /** Orders each question's options (absent in exams started before options were shuffled: authored order). */
  seed: z.optional(z.number()),
});
const historyEntry = z.object({
  examId: z.optional(z.string()),
  at: z.number(),
  right: z.number(),
  total: z.number(),
  byDomain: z.record(z.string(), z.object({ right: z.number(), total: z.number() })),
  timedOut: z.boolean(),
  /** The exam as taken, so it can be reviewed later. */
  questions: z.array(z.string()),
  answers: z.record(z.string(), z.array(z.number())),
  flagged: z.array(z.string()),
  /** The exam's option-order seed, so the review shows the options as they were shown. */
  seed: z.optional(z.number()),
});
const score = z.object({ right: z.number(), total: z.number() });
const practiceSession = z.object({
  /** Started (ms), also the session's identity. */
  at: z.number(),
  examId: z.string(),
  /** The practice set's path ("data-engineering", "mla-c02/task-1-2"). */
  set: z.string(),
  byDomain: z.record(z.string(), score),
});

export const studyStateSchema = z.object({
  app: z.literal('aws-ml-study-guide'),
  version: z.literal(STATE_VERSION),
  answers: z.record(z.string(), z.array(attempt)),
  cards: z.record(z.string(), cardState),
  studied: z.record(z.string(), z.object({ version: z.string(), at: z.number() })),
  exam: z.nullable(examState),
  history: z.array(historyEntry),
  plan: z.object({ examDate: z.optional(z.string()), hoursPerWeek: z.optional(z.number()), exam: z.optional(z.string()) }),
  newCards: z.object({ day: z.string(), count: z.number() }),
  seed: z.number(),
  flagged: z.array(z.string()),
  sessions: z.array(practiceSession),
});
export type StudyState = z.infer<typeof studyStateSchema>;
export type CardState = z.infer<typeof cardState>;
export type ExamState = z.infer<typeof examState>;
export type ExamResult = z.infer<typeof historyEntry>;
export type PracticeSession = z.infer<typeof practiceSession>;

export function emptyState(): StudyState {
  return { app: 'aws-ml-study-guide', version: STATE_VERSION, answers: {}, cards: {}, studied: {}, exam: null, history: [], plan: {}, newCards: { day: '', count: 0 }, seed: 0, flagged: [], sessions: [] };
}

/** A state whose option-order seed is set (0 means not chosen yet: the store picks one on load). */
export function withSeed(state: StudyState, random: () => number = Math.random): StudyState {
  return state.seed ? state : { ...state, seed: 1 + Math.floor(random() * (2 ** 32 - 1)) };
}

/** Version 1 → 2: adds the option-order seed, flagged questions and practice sessions. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.version === 1) return { ...raw, version: 2, seed: 0, flagged: [], sessions: [] };
  return raw;
}

export interface LoadResult {
  state: StudyState;
  /** Set when saved data existed but had to be dropped: shown to the learner; the caller keeps the blob aside. */
  problem?: string;
}

/** Parses stored or imported JSON. Never throws: bad data yields a fresh state and a reason. */
export function parseState(json: string | null | undefined): LoadResult {
  if (json == null || json === '') return { state: emptyState() };
  if (json.length > SIZE_CAP) return { state: emptyState(), problem: `Saved study data was larger than ${Math.round(SIZE_CAP / 1000)} KB and was discarded.` };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { state: emptyState(), problem: 'Saved study data was damaged (not valid JSON) and was discarded.' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== 'aws-ml-study-guide') {
    return { state: emptyState(), problem: 'Saved study data was not made by this guide and was discarded.' };
  }
  raw = migrate(raw as Record<string, unknown>);
  if ((raw as { version?: unknown }).version !== STATE_VERSION) {
    return { state: emptyState(), problem: `Saved study data is from another version of this guide (${String((raw as { version?: unknown }).version)}) and was discarded.` };
  }
  const parsed = studyStateSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { state: emptyState(), problem: `Saved study data was damaged (${where || 'structure'}) and was discarded.` };
  }
  return { state: parsed.data };
}

/** JSON for storage, trimmed to fit SIZE_CAP by dropping the oldest attempts and exams if needed. */
export function serializeState(state: StudyState): string {
  let json = JSON.stringify(state);
  if (json.length <= SIZE_CAP) return json;
  const trimmed: StudyState = {
    ...state,
    history: state.history.slice(-3),
    answers: Object.fromEntries(Object.entries(state.answers).map(([id, a]) => [id, a.slice(-1)])),
    sessions: state.sessions.slice(-10),
  };
  json = JSON.stringify(trimmed);
  if (json.length > SIZE_CAP) throw new Error('Study data is too large to save.');
  return json;
}

/** Records an answer to a question (keeps the last few attempts). */
export function recordAnswer(state: StudyState, questionId: string, right: boolean, chosen: number[], at: number): StudyState {
  const previous = state.answers[questionId] ?? [];
  return { ...state, answers: { ...state.answers, [questionId]: [...previous, { at, right, chosen }].slice(-MAX_ATTEMPTS) } };
}

/** The latest attempt at a question, if any. */
export function lastAttempt(state: StudyState, questionId: string) {
  return state.answers[questionId]?.at(-1);
}

/** Marks a page as studied at its current content version. */
export function markStudied(state: StudyState, pageId: string, version: string, at: number): StudyState {
  return { ...state, studied: { ...state.studied, [pageId]: { version, at } } };
}

/** Removes a page's studied mark. */
export function unmarkStudied(state: StudyState, pageId: string): StudyState {
  const studied = { ...state.studied };
  delete studied[pageId];
  return { ...state, studied };
}

/** "studied" if marked at this version; "changed" if marked but the page has changed since; else "not". */
export function studiedStatus(state: StudyState, pageId: string, version: string): 'studied' | 'changed' | 'not' {
  const mark = state.studied[pageId];
  if (!mark) return 'not';
  return mark.version === version ? 'studied' : 'changed';
}

/** Appends a finished mock exam to the history (keeps the most recent ones). */
export function addExamResult(state: StudyState, result: ExamResult): StudyState {
  return { ...state, exam: null, history: [...state.history, result].slice(-MAX_HISTORY) };
}

/** The file name for an export, e.g. "aws-ml-study-progress-2026-11-24.json". */
export function exportFileName(now: Date): string {
  return `aws-ml-study-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** Flags a question for later, or unflags it. */
export function toggleFlag(state: StudyState, questionId: string): StudyState {
  const flagged = state.flagged.includes(questionId) ? state.flagged.filter((id) => id !== questionId) : [...state.flagged, questionId];
  return { ...state, flagged };
}

/**
 * Counts an answer in a practice session (the one started at `sessionAt`, created on its first
 * answer). `domain` is the question's domain slug in that session's exam.
 */
export function recordPracticeAnswer(state: StudyState, session: { at: number; examId: string; set: string }, domain: string, right: boolean): StudyState {
  const existing = state.sessions.find((s) => s.at === session.at && s.set === session.set);
  const base = existing ?? { ...session, byDomain: {} };
  const d = base.byDomain[domain] ?? { right: 0, total: 0 };
  const updated = { ...base, byDomain: { ...base.byDomain, [domain]: { right: d.right + (right ? 1 : 0), total: d.total + 1 } } };
  const sessions = existing ? state.sessions.map((s) => (s === existing ? updated : s)) : [...state.sessions, updated].slice(-MAX_SESSIONS);
  return { ...state, sessions };
}
