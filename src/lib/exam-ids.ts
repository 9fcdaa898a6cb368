/**
 * Exam ids, without the blueprints: browser code imports this instead of exams.ts, so pages do not
 * download every blueprint (the pages that need one embed just what they use).
 */

/** The exam whose domains are the guide's chapters. */
export const PRIMARY_EXAM_ID = 'mls-c01';
/** Exams a page can be tagged for in its `exams` frontmatter (the current ones besides the primary). */
export const TAGGED_EXAM_IDS = ['mla-c02'] as const;
export type TaggedExamId = (typeof TAGGED_EXAM_IDS)[number];

/**
 * The exam a learner studies for: their choice if it is one of `known`, else `fallback` (the exam one
 * can take now; pass PRIMARY_EXAM_ID for records saved before exams were recorded).
 */
export function studyExamId(chosen: string | undefined, known: readonly string[], fallback: string = TAGGED_EXAM_IDS[0]): string {
  return chosen && known.includes(chosen) ? chosen : fallback;
}
