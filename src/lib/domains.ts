/**
 * The MLS-C01 exam blueprint (domains, weights and the 15 task statements), the guide's chapters:
 * the sidebar, the domain index pages and every schema read them from here. The data itself is
 * src/data/exams/mls-c01.json (see exams.ts); this module gives it the chapter-shaped helpers.
 */

import mlsC01 from '../data/exams/mls-c01.json' with { type: 'json' };
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

/** The anchor of a task statement on its domain's index page: "1.2" → "task-1-2". */
export function taskAnchor(taskId: string): string {
  return `task-${taskId.replace('.', '-')}`;
}
