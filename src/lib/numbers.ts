/**
 * Numbers to know: every limit, quota and default the guide states lives once, in
 * src/content/numbers/<group>.yaml, with its source and the date it was checked. Pages write
 * `:num[<group>.<key>]` and the Markdown plugin below puts the number's text in its place, so a
 * number reads the same on every page and the "Numbers to know" page can list them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { defineMdastPlugin } from 'satteri';
import { parse } from 'yaml';
import { sourceSchema } from './schema.ts';

export const NUMBERS_DIR = 'src/content/numbers';

const isoDate = z.coerce.date({ error: 'expected a date written as YYYY-MM-DD' });

/** One number: what it is, its value and unit, how to write it, and where it was checked. */
export const numberEntrySchema = z.strictObject({
  label: z.string().min(3).describe('What the number is, e.g. "Maximum retention period".'),
  value: z.union([z.number(), z.string().min(1)]).describe('The value: a number, or a string for ranges like "0–900".'),
  unit: z.string().optional().describe('Unit after the value, e.g. "hours", "MB/s".'),
  text: z.string().optional().describe('How pages write it, when "value unit" is not enough, e.g. "8,760 hours (365 days)".'),
  source: sourceSchema,
  verified: isoDate.describe('When the value was last checked against the source (YYYY-MM-DD).'),
});
export type NumberEntry = z.infer<typeof numberEntrySchema>;

/** A file of numbers about one service or topic. */
export const numbersFileSchema = z.strictObject({
  title: z.string().min(3).describe('Group heading on the Numbers to know page, usually the service name.'),
  entries: z.record(z.string().regex(/^[a-z0-9-]+$/, { error: 'entry keys are kebab-case' }), numberEntrySchema),
});
export type NumbersFile = z.infer<typeof numbersFileSchema>;

/** How a number is written on a page. */
export function numberText(entry: Pick<NumberEntry, 'value' | 'unit' | 'text'>): string {
  if (entry.text) return entry.text;
  const value = typeof entry.value === 'number' ? entry.value.toLocaleString('en-GB') : entry.value;
  return entry.unit ? `${value} ${entry.unit}` : value;
}

/** Reads every numbers file into a map of "<group>.<key>" → entry, throwing with file and field on bad data. */
export function loadNumbers(dir = NUMBERS_DIR): Map<string, NumberEntry & { group: string }> {
  const map = new Map<string, NumberEntry & { group: string }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const group = file.replace(/\.yaml$/, '');
    const parsed = numbersFileSchema.safeParse(parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path.join(dir, file)}: ${issue.path.join('.')}: ${issue.message}`);
    }
    for (const [key, entry] of Object.entries(parsed.data.entries)) map.set(`${group}.${key}`, { ...entry, group });
  }
  return map;
}

/** Every `:num[id]` reference in a Markdown/MDX text, with its line. */
export function numberRefs(text: string): Array<{ id: string; line: number }> {
  return text.split('\n').flatMap((lineText, i) => [...lineText.matchAll(/:num\[([^\]]+)\]/g)].map((m) => ({ id: m[1]!, line: i + 1 })));
}

/**
 * Which number groups have their own chapter's "Numbers to know" page: a group goes with a chapter of
 * `separate` when every page that uses its numbers is in that chapter. Groups used across chapters, on
 * pages outside any chapter or nowhere are absent: they stay on the main page.
 */
export function numberGroupChapters(pages: ReadonlyArray<{ id: string; chapter: string | undefined; body: string }>, separate: ReadonlySet<string>): Map<string, string> {
  const usedIn = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const { id } of numberRefs(page.body)) {
      const group = id.split('.')[0]!;
      (usedIn.get(group) ?? usedIn.set(group, new Set()).get(group)!).add(page.chapter ?? page.id);
    }
  }
  return new Map([...usedIn].flatMap(([group, places]) => (places.size === 1 && separate.has([...places][0]!) ? [[group, [...places][0]!] as const] : [])));
}

/** Sätteri plugin replacing `:num[group.key]` with the number's text. Unknown ids fail with file and line. */
export function numDirective(numbers: ReadonlyMap<string, NumberEntry> = loadNumbers()) {
  return defineMdastPlugin({
    name: 'numbers-to-know',
    options: { position: true },
    textDirective(node, ctx) {
      if (node.name !== 'num') return;
      const id = node.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
      const entry = numbers.get(id);
      if (!entry) {
        const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<markdown>';
        const group = id.split('.')[0];
        const known = [...numbers.keys()].filter((k) => k.startsWith(`${group}.`));
        throw new Error(
          `${file}:${node.position?.start.line ?? '?'}: unknown number "${id}". ` +
            (known.length ? `Known in ${group}: ${known.join(', ')}` : `Add it to ${NUMBERS_DIR}/${group}.yaml`),
        );
      }
      // An inline node rendered as <span>: raw HTML would be re-parsed as a block in Markdown and is not allowed in MDX.
      return { type: 'emphasis' as const, data: { hName: 'span', hProperties: { className: ['num'], dataNum: id } }, children: [{ type: 'text' as const, value: numberText(entry) }] };
    },
  });
}
