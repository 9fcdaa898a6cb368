/**
 * Fact-check records (the `verification` frontmatter of a page, see schema.ts): how a page's last
 * check is described under its title, and the totals the "How to use this guide" page shows.
 */
import type { Verification } from './schema.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "42 claims checked, 3 corrected, 1 labelled unconfirmed" (what "checked" means: How to use this guide). */
export function verificationText(v: Verification): string {
  const parts = [`${count(v.claims, 'claim')} checked`];
  if (v.fixed) parts.push(`${v.fixed.toLocaleString('en-GB')} corrected`);
  if (v.labelled) parts.push(`${v.labelled.toLocaleString('en-GB')} labelled unconfirmed`);
  return parts.join(', ');
}

export interface VerificationTotals {
  /** Pages in the group, and how many of them carry a record. */
  pages: number;
  recorded: number;
  claims: number;
  fixed: number;
  labelled: number;
}

/** Totals per group (a chapter, say), in the order groups first appear, plus "All" at the end. */
export function verificationTotals(pages: ReadonlyArray<{ group: string; verification?: Verification | undefined }>): Array<{ group: string } & VerificationTotals> {
  const groups = new Map<string, VerificationTotals>();
  const all: VerificationTotals = { pages: 0, recorded: 0, claims: 0, fixed: 0, labelled: 0 };
  for (const { group, verification: v } of pages) {
    const t = groups.get(group) ?? { pages: 0, recorded: 0, claims: 0, fixed: 0, labelled: 0 };
    groups.set(group, t);
    for (const x of [t, all]) {
      x.pages++;
      if (!v) continue;
      x.recorded++;
      x.claims += v.claims;
      x.fixed += v.fixed;
      x.labelled += v.labelled;
    }
  }
  return [...[...groups].map(([group, t]) => ({ group, ...t })), { group: 'All', ...all }];
}
