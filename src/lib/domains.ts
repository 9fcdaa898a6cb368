/**
 * The MLS-C01 exam blueprint (domains, weights and the 15 task statements), the guide's chapters:
 * the sidebar, the domain index pages and every schema read them from here. The data itself is
 * src/data/exams/mls-c01.json (see exams.ts); this module gives it the chapter-shaped helpers.
 */

import mlsC01 from '../data/exams/mls-c01.json' with { type: 'json' };
import extraChapters from '../data/chapters.json' with { type: 'json' };
import type { ExamDomain, Task } from './exams.ts';

export type TaskStatement = Task;
export type Domain = ExamDomain;

/** The MLS-C01 domains, from src/data/exams/mls-c01.json (checked with the other blueprints in exams.ts). */
export const DOMAINS: readonly Domain[] = mlsC01.domains;

/** The four domain slugs, in exam order (a non-empty tuple, as `z.enum` wants). */
export const DOMAIN_SLUGS = DOMAINS.map((d) => d.slug) as [string, ...string[]];

/** The 15 task statement ids, in exam order. */
export const TASK_IDS = DOMAINS.flatMap((d) => d.tasks.map((t) => t.id)) as [string, ...string[]];

/** Returns the domain with this slug, or throws naming the valid slugs. */
export function getDomain(slug: string): Domain {
  const domain = DOMAINS.find((d) => d.slug === slug);
  if (!domain) throw new Error(`Unknown domain "${slug}". Valid domains: ${DOMAIN_SLUGS.join(', ')}`);
  return domain;
}

/** Returns the task statement with this id ("3.2"), or throws naming the valid ids. */
export function getTask(id: string): TaskStatement & { domain: Domain } {
  for (const domain of DOMAINS) {
    const task = domain.tasks.find((t) => t.id === id);
    if (task) return { ...task, domain };
  }
  throw new Error(`Unknown task statement "${id}". Valid ids: ${TASK_IDS.join(', ')}`);
}

/** The domain slug a task id belongs to ("2.3" → "exploratory-data-analysis"). */
export function domainOfTask(id: string): string {
  return getTask(id).domain.slug;
}

/** The domain a docs entry id belongs to, from its first path segment, or undefined. */
export function domainOfEntry(entryId: string): string | undefined {
  const first = entryId.split('/')[0];
  return DOMAIN_SLUGS.find((slug) => slug === first);
}

/**
 * A chapter of the guide: a folder of pages in the sidebar, in print and in the study tools. The first
 * chapters are the MLS-C01 domains (`domain` set); the others (src/data/chapters.json) teach for one
 * current exam only (`exam` set), e.g. Generative AI on AWS for MLA-C02.
 */
export interface Chapter {
  slug: string;
  name: string;
  /** The MLS-C01 domain this chapter is, for the domain chapters. */
  domain?: Domain;
  /** For a chapter outside MLS-C01: the exam (an id in TAGGED_EXAM_IDS) it teaches for. */
  exam?: string;
}

/** Every chapter in reading order: the four MLS-C01 domains, then src/data/chapters.json. */
export const CHAPTERS: readonly Chapter[] = [
  ...DOMAINS.map((d) => ({ slug: d.slug, name: d.name, domain: d })),
  ...extraChapters.chapters.map((c) => ({ slug: c.slug, name: c.name, exam: c.exam })),
];

/** Every chapter folder name (a non-empty tuple, as `z.enum` wants). */
export const CHAPTER_SLUGS = CHAPTERS.map((c) => c.slug) as [string, ...string[]];

/** Returns the chapter with this slug, or throws naming the valid slugs. */
export function getChapter(slug: string): Chapter {
  const chapter = CHAPTERS.find((c) => c.slug === slug);
  if (!chapter) throw new Error(`Unknown chapter "${slug}". Valid chapters: ${CHAPTER_SLUGS.join(', ')}`);
  return chapter;
}

/** The chapter a docs entry id belongs to, from its first path segment, or undefined. */
export function chapterOfEntry(entryId: string): string | undefined {
  const first = entryId.split('/')[0];
  return CHAPTER_SLUGS.find((slug) => slug === first);
}

/** A chapter's title in lists and print: "Domain 1: Data Engineering (20 %)" or "Generative AI on AWS". */
export function chapterTitle(chapter: Chapter): string {
  return chapter.domain ? `Domain ${chapter.domain.number}: ${chapter.name} (${chapter.domain.weight} %)` : chapter.name;
}

/** The anchor of a task statement on its domain's index page: "1.2" → "task-1-2". */
export function taskAnchor(taskId: string): string {
  return `task-${taskId.replace('.', '-')}`;
}
