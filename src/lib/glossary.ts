/**
 * The glossary: terms and acronyms with a one-line definition and the page that teaches them
 * (src/content/glossary.yaml). At build time the first use of each term on a page becomes a link to
 * its glossary entry with the definition as a tooltip, shown on hover and keyboard focus by CSS
 * alone; screen readers get it as the link's description. Authors write nothing special.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { parse } from 'yaml';
import { CHAPTERS } from './domains.ts';

export const GLOSSARY_FILE = 'src/content/glossary.yaml';
export const GLOSSARY_URL = '/reference/glossary/';

/**
 * The glossary pages: terms taught in a chapter outside MLS-C01 (src/data/chapters.json) are listed on
 * that chapter's own page, /reference/glossary-<chapter>/; the rest stay on GLOSSARY_URL, so that no
 * page grows past what a phone loads quickly.
 */
export const GLOSSARY_PAGES: Readonly<Record<string, string>> = Object.fromEntries(CHAPTERS.filter((c) => c.exam).map((c) => [c.slug, `/reference/glossary-${c.slug}/`]));

/** The glossary page that lists a term: by the chapter of the section that teaches it. */
export function glossaryUrl(entry: { page: string }): string {
  return GLOSSARY_PAGES[entry.page.split('/')[0]!] ?? GLOSSARY_URL;
}

/** One glossary entry (the YAML key is its id). */
export const glossaryEntrySchema = z.strictObject({
  term: z.string().min(1).describe('As it is usually written: "Shard", "SPICE", "F1 score".'),
  expansion: z.string().optional().describe('What an acronym stands for.'),
  aka: z.array(z.string().min(2)).default([]).describe('Other spellings matched on pages (plurals in -s/-es are matched anyway).'),
  definition: z
    .string()
    .min(20)
    .max(240, { error: 'keep the definition to one line (240 characters at most)' })
    .describe('One sentence that defines the term.'),
  page: z
    .string()
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/, { error: 'expected "folder/page#heading-anchor"' })
    .describe('The section that teaches the term.'),
  link: z.boolean().default(true).describe('false: listed in the glossary but never linked automatically on pages.'),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema> & { id: string };

/** Reads and validates the glossary, throwing with the entry and field on bad data. */
export function loadGlossary(file = GLOSSARY_FILE): GlossaryEntry[] {
  const raw = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  return Object.entries(raw).map(([id, value]) => {
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`${file}: entry "${id}": ids are kebab-case`);
    const parsed = glossaryEntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: ${id}.${issue.path.join('.')}: ${issue.message}`);
    }
    return { id, ...parsed.data };
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Acronym-like spellings (two or more capitals, digits allowed) are matched case-sensitively. */
const isAcronym = (s: string) => /^[A-Z0-9][A-Z0-9-]*[A-Z][A-Z0-9-]*$/.test(s) || /^[A-Z]{2,}/.test(s);

export interface TermMatcher {
  /** Finds terms in text; each term at most once per `seen` set. */
  split(text: string, seen: Set<string>): Array<{ text: string; entry?: GlossaryEntry }>;
}

/** Builds one matcher over all linkable spellings, longest first, on word boundaries. */
export function termMatcher(entries: readonly GlossaryEntry[]): TermMatcher {
  const spellings = entries
    .filter((e) => e.link)
    .flatMap((e) => [e.term, ...e.aka].map((s) => ({ s, e })))
    .sort((a, b) => b.s.length - a.s.length);
  const byLower = new Map<string, GlossaryEntry>();
  const byExact = new Map<string, GlossaryEntry>();
  for (const { s, e } of spellings) {
    if (isAcronym(s)) byExact.set(s, e);
    else byLower.set(s.toLowerCase(), e);
  }
  if (!spellings.length) return { split: (text) => [{ text }] };
  const pattern = new RegExp(`(?<![\\w-])(${spellings.map(({ s }) => escapeRegExp(s)).join('|')})(?:e?s)?(?![\\w-])`, 'gi');
  return {
    split(text, seen) {
      const out: Array<{ text: string; entry?: GlossaryEntry }> = [];
      let last = 0;
      for (const m of text.matchAll(pattern)) {
        const entry = byExact.get(m[1]!) ?? byLower.get(m[1]!.toLowerCase());
        if (!entry || seen.has(entry.id)) continue;
        seen.add(entry.id);
        if (m.index > last) out.push({ text: text.slice(last, m.index) });
        out.push({ text: m[0], entry });
        last = m.index + m[0].length;
      }
      if (last < text.length) out.push({ text: text.slice(last) });
      return out;
    },
  };
}

/** Ancestors under which terms are never linked. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'tableCell', 'mdxJsxTextElement', 'textDirective', 'leafDirective']);

/** The docs page a content file renders ("data-engineering/glue"), or undefined outside src/content/docs. */
export function docsPageOf(fileURL: URL | undefined): string | undefined {
  const match = fileURL?.pathname.match(/\/src\/content\/docs\/(.+?)\.mdx?$/);
  return match?.[1]!.replace(/(^|\/)index$/, '') || undefined;
}

/**
 * Sätteri plugin: links the first use of each glossary term on a page (see the module comment).
 * Terms that the page itself teaches are left alone: the reader is about to learn them here.
 */
export function glossaryTerms(entries: readonly GlossaryEntry[] = loadGlossary()) {
  const matcher = termMatcher(entries);
  return (file: Pick<PluginFactoryContext, 'fileURL'>) => {
    const page = docsPageOf(file.fileURL);
    const taughtHere = entries.filter((e) => page !== undefined && e.page.split('#')[0] === page).map((e) => e.id);
    return glossaryPlugin(matcher, taughtHere);
  };
}

function glossaryPlugin(matcher: ReturnType<typeof termMatcher>, taughtHere: string[]) {
  return defineMdastPlugin({
    name: 'glossary-terms',
    text(node, ctx) {
      for (let p: { type: string; data?: unknown } | undefined = ctx.parent(node); p; p = ctx.parent(p as never)) {
        if (SKIP.has(p.type)) return;
        // Aside titles are the directive's label paragraph.
        if (p.type === 'paragraph' && (p.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return;
      }
      const seen = ((ctx.data.glossarySeen as Set<string> | undefined) ??= new Set<string>(taughtHere));
      const parts = matcher.split(node.value, seen);
      if (parts.length === 1 && !parts[0]!.entry) return;
      ctx.replaceNode(
        node,
        parts.map(({ text, entry }) =>
          entry
            ? {
                type: 'emphasis' as const,
                data: { hName: 'span', hProperties: { className: ['term'] } },
                children: [
                  {
                    type: 'link' as const,
                    url: `${glossaryUrl(entry)}#${entry.id}`,
                    data: { hProperties: { ariaDescribedby: `term-${entry.id}` } },
                    children: [{ type: 'text' as const, value: text }],
                  },
                  {
                    type: 'emphasis' as const,
                    data: { hName: 'span', hProperties: { className: ['term-tip'], role: 'tooltip', id: `term-${entry.id}`, dataPagefindIgnore: 'all' } },
                    children: [{ type: 'text' as const, value: entry.definition }],
                  },
                ],
              }
            : { type: 'text' as const, value: text },
        ),
      );
    },
  });
}

/** Items grouped by the first letter of their term (A–Z, anything else under "#"), groups and items in alphabetical order. */
export function groupByInitial<T>(items: readonly T[], term: (item: T) => string): Array<{ letter: string; items: T[] }> {
  const compare = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => compare(term(a), term(b)))) {
    const initial = term(item).normalize('NFD').charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(initial) ? initial : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, items]) => ({ letter, items })).sort((a, b) => (a.letter === '#' ? -1 : b.letter === '#' ? 1 : compare(a.letter, b.letter)));
}
