/**
 * Flashcards, generated at build time from the content, so they stay in step with the pages:
 * - key facts: each bolded phrase in a page's "Key facts" list becomes a fill-in-the-blank card;
 * - comparison rows: each row of a "When to choose it" table becomes "situation → choice" card;
 * - glossary terms: term → definition;
 * - numbers: "what is the limit?" → value.
 * Card ids hash their text, so editing a fact retires its old card instead of mis-scheduling it.
 */
import { createHash } from 'node:crypto';

export interface Flashcard {
  id: string;
  kind: 'fact' | 'comparison' | 'term' | 'number';
  domain: string;
  tasks: string[];
  /** What the learner sees first; "[…]" marks the blank in fact cards. */
  front: string;
  back: string;
  /** Where the card's content is taught. */
  href: string;
  /** Title of that page, shown as the card's context. */
  source: string;
}

export interface CardPage {
  id: string;
  title: string;
  domain?: string | undefined;
  tasks: readonly string[];
  body: string;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);

/** Markdown to plain text: links, code, emphasis, :num[...] (via `numberText`), HTML tags. */
export function plainText(md: string, numberText: (id: string) => string = (id) => id): string {
  return md
    .replace(/:num\[([^\]]+)\]/g, (_, id: string) => numberText(id))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?!\w)/g, '$1$2')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The lines of a `## heading` section (up to the next `## `), or [] if the page has none. */
export function section(body: string, heading: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Top-level bullets of a list, joining their continuation lines. */
export function bullets(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (/^- /.test(line)) out.push(line.slice(2));
    else if (/^\s{2,}\S/.test(line) && out.length) out[out.length - 1] += ` ${line.trim()}`;
    else if (line.trim() === '' || /^\S/.test(line)) {
      /* a blank line or other block ends continuation */
    }
  }
  return out;
}

/** Rows of the first Markdown table in the lines: [header, ...rows], cells trimmed. */
export function firstTable(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const line of lines) {
    if (!line.trim().startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    rows.push(cells);
  }
  return rows;
}

/** Fact and comparison cards from one page. */
export function cardsFromPage(page: CardPage, numberText?: (id: string) => string): Flashcard[] {
  if (!page.domain) return [];
  const base = { domain: page.domain, tasks: [...page.tasks], source: page.title };
  const cards: Flashcard[] = [];
  for (const bullet of bullets(section(page.body, 'Key facts'))) {
    const bold = /\*\*([^*]+)\*\*/.exec(bullet);
    if (!bold) continue;
    const answer = plainText(bold[1]!, numberText);
    const front = plainText(bullet.replace(bold[0], '[…]'), numberText);
    if (answer.length < 2 || front.length < 20) continue;
    cards.push({ ...base, id: `fact-${hash(`${page.id}\n${front}\n${answer}`)}`, kind: 'fact', front, back: answer, href: `/${page.id}/#key-facts` });
  }
  const [header, ...rows] = firstTable(section(page.body, 'When to choose it'));
  if (header && header.length >= 2) {
    for (const row of rows) {
      const situation = plainText(row[0] ?? '', numberText);
      const choice = plainText(row[1] ?? '', numberText);
      if (!situation || !choice) continue;
      const why = row.slice(2).map((c) => plainText(c, numberText)).filter(Boolean).join(' ');
      cards.push({
        ...base,
        id: `cmp-${hash(`${page.id}\n${situation}\n${choice}\n${why}`)}`,
        kind: 'comparison',
        front: `${plainText(header[0]!)}: ${situation}. ${plainText(header[1]!)}?`,
        back: why ? `${choice}. ${why}` : choice,
        href: `/${page.id}/#when-to-choose-it`,
      });
    }
  }
  return cards;
}

/** A term card; `page` is the teaching page (id and title, domain and tasks) and the entry's ref. */
export function termCard(
  entry: { id: string; term: string; expansion?: string | undefined; definition: string; page: string },
  page: { title: string; domain?: string | undefined; tasks: readonly string[] },
): Flashcard | undefined {
  if (!page.domain) return undefined;
  const [pageId, anchor] = entry.page.split('#');
  return {
    id: `term-${entry.id}-${hash(entry.definition)}`,
    kind: 'term',
    domain: page.domain,
    tasks: [...page.tasks],
    front: entry.expansion ? `${entry.term} (${entry.expansion})` : entry.term,
    back: entry.definition,
    href: `/${pageId}/${anchor ? `#${anchor}` : ''}`,
    source: page.title,
  };
}

/** A number card: "Amazon Kinesis Data Streams: maximum retention period?" → "8,760 hours (365 days)". */
export function numberCard(
  id: string,
  entry: { label: string; text: string; group: string },
  usedOn: { id: string; title: string; domain?: string | undefined; tasks: readonly string[] } | undefined,
): Flashcard | undefined {
  if (!usedOn?.domain) return undefined;
  return {
    id: `num-${id}-${hash(entry.text)}`,
    kind: 'number',
    domain: usedOn.domain,
    tasks: [...usedOn.tasks],
    // Lower-case the label's first letter unless it starts an acronym ("GetRecords", "SPICE").
    front: `${entry.group}: ${/^[A-Z][a-z]+(\s|$)/.test(entry.label) ? entry.label.charAt(0).toLowerCase() + entry.label.slice(1) : entry.label}?`,
    back: entry.text,
    href: `/${usedOn.id}/`,
    source: usedOn.title,
  };
}
