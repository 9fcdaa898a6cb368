/**
 * Printed chapters (/print/<domain>/ and /print/ for the whole guide) join many pages into one
 * document. Each page's HTML is written for a page of its own, so once joined: its headings move one
 * level down under the page title, its ids are prefixed to stay unique, and links to sections of
 * pages that are in the same document become in-document links (so they work in the PDF).
 */
import { escapeHtml as esc } from './html.ts';
import { parse, type HTMLElement } from 'node-html-parser';
import { withoutBase } from './site-url.ts';

interface SortableEntry {
  id: string;
  data: { sidebar?: { order?: number | undefined } | undefined };
}

const collator = new Intl.Collator('en');

/** Pages in sidebar order: `sidebar.order` first, then id (what Starlight's autogenerate does). */
export function sidebarOrder<E extends SortableEntry>(entries: readonly E[]): E[] {
  const order = (e: E) => e.data.sidebar?.order ?? Number.MAX_VALUE;
  return [...entries].sort((a, b) => order(a) - order(b) || collator.compare(a.id, b.id));
}

/** The id a page's section gets in a printed document: "data-engineering/glue" → "p-data-engineering-glue". */
export function printSectionId(pageId: string): string {
  return `p-${pageId.replaceAll('/', '-')}`;
}

/** Maps "/data-engineering/glue/#crawlers" (under `base`) to a page id and anchor, or undefined for other links. */
function internalTarget(href: string, base: string): { page: string; anchor: string } | undefined {
  const m = /^\/([a-z0-9/-]*?)\/?(?:#(.*))?$/.exec(withoutBase(base, href));
  if (!m) return undefined;
  return { page: m[1] || 'index', anchor: m[2] ?? '' };
}

/** Demotes h2–h5 by `levels` (at most to h6), keeping Starlight's heading wrapper class in step. */
function demoteHeadings(content: HTMLElement, levels: number): void {
  const demoted = (n: number) => Math.min(6, n + levels);
  for (const h of content.querySelectorAll('h2, h3, h4, h5')) h.tagName = `h${demoted(Number(h.tagName[1]))}`;
  for (const wrapper of content.querySelectorAll('.sl-heading-wrapper')) {
    const cls = wrapper.getAttribute('class') ?? '';
    wrapper.setAttribute('class', cls.replace(/level-h(\d)/, (_, n: string) => `level-h${demoted(Number(n))}`));
  }
}

/** What the printed glossary needs of an entry. */
export interface PrintGlossaryEntry {
  id: string;
  term: string;
  expansion?: string | undefined;
  definition: string;
}

/**
 * Rewrites a printed document: every `<section data-print-page="<page id>">` gets unique ids,
 * in-document links, and headings inside `[data-print-content="<levels>"]` demoted by that many levels.
 * When glossary entries are given, the glossary terms the document uses are listed at its end and
 * term links point there. `base` is the one the site is built for (links carry it).
 */
export function rewritePrintDocument(html: string, glossary: readonly PrintGlossaryEntry[] = [], base = '/'): string {
  const root = parse(html, { comment: true });
  const sections = root.querySelectorAll('section[data-print-page]');
  const inDocument = new Set(sections.map((s) => s.getAttribute('data-print-page')!));

  for (const section of sections) {
    const page = section.getAttribute('data-print-page')!;
    const prefix = printSectionId(page);
    for (const content of section.querySelectorAll('[data-print-content]')) {
      demoteHeadings(content, Number(content.getAttribute('data-print-content')) || 1);
    }
    for (const el of section.querySelectorAll('[id]')) el.setAttribute('id', `${prefix}--${el.getAttribute('id')}`);
    for (const label of section.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')) {
      for (const attr of ['aria-labelledby', 'aria-describedby', 'for']) {
        const v = label.getAttribute(attr);
        if (v) label.setAttribute(attr, v.split(/\s+/).map((id) => `${prefix}--${id}`).join(' '));
      }
    }
    section.setAttribute('id', prefix);
    // Asides are landmarks labelled by their title; the same title on two pages must stay distinguishable.
    const title = section.querySelector('.print-page-title')?.text.trim();
    if (title) for (const aside of section.querySelectorAll('aside[aria-label]')) aside.setAttribute('aria-label', `${aside.getAttribute('aria-label')} (${title})`);
    for (const a of section.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#')) {
        a.setAttribute('href', href === '#' ? `#${prefix}` : `#${prefix}--${href.slice(1)}`);
        continue;
      }
      const target = internalTarget(href, base);
      if (target && inDocument.has(target.page)) {
        const targetPrefix = printSectionId(target.page);
        a.setAttribute('href', target.anchor ? `#${targetPrefix}--${target.anchor}` : `#${targetPrefix}`);
      }
    }
  }
  appendGlossary(root, sections, glossary);
  dedupeAssets(root);
  return root.toString();
}

/**
 * Keeps one copy of each stylesheet and script, with the stylesheets in <head>. Each page's code
 * blocks bring their own stylesheet link; joined into one document, every such link met mid-body
 * made Chromium restyle everything parsed so far, and the whole guide took 15 s to load.
 */
function dedupeAssets(root: HTMLElement): void {
  const head = root.querySelector('head');
  const seen = new Set<string>();
  for (const el of root.querySelectorAll('link[rel="stylesheet"][href], script[src]')) {
    const key = `${el.tagName}:${el.getAttribute('href') ?? el.getAttribute('src')}`;
    if (seen.has(key)) {
      el.remove();
      continue;
    }
    seen.add(key);
    if (head && el.tagName === 'LINK' && el.parentNode !== head) {
      el.remove();
      head.appendChild(el);
    }
  }
}

/** Lists the glossary terms linked in the document after its last page, alphabetically. */
function appendGlossary(root: HTMLElement, sections: HTMLElement[], glossary: readonly PrintGlossaryEntry[]): void {
  if (!sections.length || !glossary.length) return;
  const byId = new Map(glossary.map((g) => [g.id, g]));
  const used = new Map<string, PrintGlossaryEntry>();
  for (const a of root.querySelectorAll('.term > a[href]')) {
    const id = /#([a-z0-9-]+)$/.exec(a.getAttribute('href')!)?.[1];
    const entry = id ? byId.get(id) : undefined;
    if (!entry) continue;
    used.set(entry.id, entry);
    a.setAttribute('href', `#glossary-${entry.id}`);
  }
  if (!used.size) return;
  const items = [...used.values()]
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
    .map((g) => `<dt id="glossary-${g.id}">${esc(g.term)}${g.expansion ? ` (${esc(g.expansion)})` : ''}</dt><dd>${esc(g.definition)}</dd>`)
    .join('');
  sections.at(-1)!.insertAdjacentHTML(
    'afterend',
    `<section class="print-glossary" id="glossary"><h2>Glossary of terms used</h2><dl>${items}</dl></section>`,
  );
}
