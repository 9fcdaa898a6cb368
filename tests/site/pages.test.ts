/** Rules every built page must follow: sources, dates, headings, ids, tables, links, diagrams. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHAPTER_SLUGS, DOMAIN_SLUGS, DOMAINS } from '../../src/lib/domains.ts';
import { indexedCards, type FlashcardChapter, type FlashcardIndex } from '../../src/lib/study/payloads.ts';
import { DIST, brokenLinks, builtPages, docsPages, page } from '../helpers/dist.ts';

const contentPages = () => builtPages().filter((p) => p.kind !== 'other');

describe('every study page', () => {
  test('there are study pages to check', () => {
    expect(docsPages().length).toBeGreaterThan(3);
  });

  test('has a title, a one-sentence description and a verified date under the title', () => {
    for (const p of docsPages()) {
      expect(p.root.querySelector('main h1')?.text.trim(), p.url).toBeTruthy();
      expect(p.root.querySelector('meta[name="description"]')?.getAttribute('content')?.length, p.url).toBeGreaterThan(30);
      expect(p.root.querySelector('.page-meta .lede')?.text.trim(), p.url).toBeTruthy();
      expect(p.root.querySelector('.page-meta time')?.getAttribute('datetime'), p.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('ends with its sources and the date they were checked', () => {
    for (const p of docsPages()) {
      const sources = p.root.querySelector('section.sources');
      expect(sources, p.url).toBeTruthy();
      expect(sources!.querySelector('h2#sources'), p.url).toBeTruthy();
      expect(sources!.querySelector('time')?.getAttribute('datetime'), p.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const links = sources!.querySelectorAll('li a');
      expect(links.length, p.url).toBeGreaterThan(0);
      for (const a of links) expect(a.getAttribute('href'), p.url).toMatch(/^https:\/\//);
    }
  });

  test('is indexed for search, with its questions left out of the index', () => {
    for (const p of docsPages()) {
      expect(p.root.querySelector('main[data-pagefind-body]'), p.url).toBeTruthy();
      for (const quiz of p.root.querySelectorAll('section.check-yourself')) expect(quiz.getAttribute('data-pagefind-ignore'), p.url).toBe('all');
    }
  });
});

describe('chapter overviews', () => {
  test('carry the domain name, weight and every task statement from src/lib/domains.ts', () => {
    for (const domain of DOMAINS) {
      const overview = page(`/${domain.slug}/`);
      expect(overview.root.querySelector('main h1')!.text.trim()).toBe(domain.name);
      expect(overview.root.querySelector('main')!.text).toContain(`${domain.weight} %`);
      for (const task of domain.tasks) expect(overview.root.querySelector(`#task-${task.id.replace('.', '-')}`), task.id).toBeTruthy();
    }
  });
});

describe('every page', () => {
  test('never skips a heading level', () => {
    const skips: string[] = [];
    for (const p of contentPages()) {
      let previous = 1;
      for (const h of p.root.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
        const level = Number(h.tagName[1]);
        if (level > previous + 1) skips.push(`${p.url}: <${h.tagName.toLowerCase()}> "${h.text.trim()}" follows h${previous}`);
        previous = level;
      }
    }
    expect(skips).toEqual([]);
  });

  test('has unique ids', () => {
    const dupes: string[] = [];
    for (const p of contentPages()) {
      const seen = new Set<string>();
      for (const el of p.root.querySelectorAll('[id]')) {
        const id = el.getAttribute('id')!;
        if (seen.has(id)) dupes.push(`${p.url}#${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });

  test('gives every table a header row', () => {
    for (const p of contentPages()) {
      for (const table of p.root.querySelectorAll('main table')) expect(table.querySelectorAll('thead th').length, p.url).toBeGreaterThan(0);
    }
  });

  test('links only to pages, files and anchors that exist', () => {
    expect(brokenLinks()).toEqual([]);
  });
});

describe('JavaScript', () => {
  /** All JavaScript a page can load: its module scripts and, recursively, their static imports in dist/_astro. */
  const reachable = (p: { root: import('node-html-parser').HTMLElement }) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !existsSync(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(path.join(path.dirname(file), m[1]!));
    };
    for (const s of p.root.querySelectorAll('script[src]')) visit(path.join(DIST, s.getAttribute('src')!));
    return [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
  };
  const ISLAND = /customElements\.define\(\s*["']guide-|mls-study/;

  test('pages without an interactive part load none of the study islands', () => {
    const offenders = builtPages()
      .filter((p) => !p.root.querySelector('guide-question, guide-studied, guide-practice, guide-mock-exam, guide-flashcards, guide-progress, guide-review'))
      .filter((p) => ISLAND.test(reachable(p)))
      .map((p) => p.url);
    expect(offenders).toEqual([]);
  });

  test('pages with questions do load the question island (so the check above can fail)', () => {
    const withQuiz = builtPages().find((p) => p.root.querySelector('guide-question'))!;
    expect(reachable(withQuiz)).toMatch(ISLAND);
  });
});

describe('diagrams', () => {
  const figures = () => contentPages().flatMap((p) => p.root.querySelectorAll('figure.diagram').map((figure) => ({ p, figure })));

  test('there are diagrams', () => {
    expect(figures().length).toBeGreaterThan(0);
  });

  test('have a light image with alt text, a hidden dark copy and a caption, all served', () => {
    for (const { p, figure } of figures()) {
      const light = figure.querySelector('img.diagram-light')!;
      const dark = figure.querySelector('img.diagram-dark')!;
      expect(light.getAttribute('alt')?.length, p.url).toBeGreaterThan(10);
      expect(dark.getAttribute('alt'), p.url).toBe('');
      expect(dark.getAttribute('aria-hidden'), p.url).toBe('true');
      expect(figure.querySelector('figcaption')?.text.trim(), p.url).toBeTruthy();
      expect(figure.getAttribute('data-pagefind-ignore'), p.url).toBe('all');
      for (const img of [light, dark]) expect(existsSync(path.join(DIST, img.getAttribute('src')!)), `${p.url} ${img.getAttribute('src')}`).toBe(true);
    }
  });

  test('never show Mermaid source as text', () => {
    for (const p of contentPages()) {
      const main = p.root.querySelector('main')!;
      expect(main.querySelector('[data-language="mermaid"], .language-mermaid, pre.mermaid'), p.url).toBeNull();
      expect(main.text, p.url).not.toMatch(/accTitle|accDescr|flowchart (LR|TD|TB)|-->/);
    }
  });

  test('load no JavaScript of their own', () => {
    for (const p of contentPages()) expect(p.html, p.url).not.toMatch(/mermaid(\.min)?\.js|import\(["'][^"']*mermaid/);
  });
});

describe('printed chapters', () => {
  const prints = () => builtPages().filter((p) => p.kind === 'print');

  test('exist for each chapter with pages, and for the whole guide', () => {
    const urls = prints().map((p) => p.url);
    expect(urls).toContain('/print/');
    for (const slug of DOMAIN_SLUGS) expect(urls).toContain(`/print/${slug}/`);
  });

  test('are left out of search and search engines', () => {
    for (const p of prints()) {
      expect(p.root.querySelector('[data-pagefind-body]'), p.url).toBeNull();
      expect(p.root.querySelector('meta[name="robots"]')?.getAttribute('content'), p.url).toBe('noindex');
    }
  });

  test('hold every page of the chapter in sidebar order', () => {
    for (const print of prints().filter((p) => p.url !== '/print/')) {
      const chapter = print.url.replace('/print', '');
      const index = docsPages().find((p) => p.url === chapter)!;
      const sidebarOrder = index.root
        .querySelectorAll('#starlight__sidebar a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.startsWith(chapter));
      const printed = print.root.querySelectorAll('section[data-print-page]').map((s) => `/${s.getAttribute('data-print-page')}/`);
      expect(printed, print.url).toEqual(sidebarOrder);
    }
  });

  test('show each page with its sources and open answers', () => {
    for (const print of prints()) {
      for (const section of print.root.querySelectorAll('section[data-print-page]')) {
        expect(section.querySelector('section.sources'), section.getAttribute('data-print-page')).toBeTruthy();
        for (const details of section.querySelectorAll('details.answer')) expect(details.hasAttribute('open')).toBe(true);
      }
    }
  });
});

describe('the flashcard deck', () => {
  const deck = () => {
    const read = (file: string) => {
      if (!existsSync(path.join(DIST, file))) throw new Error(`dist/${file} is missing`);
      return JSON.parse(readFileSync(path.join(DIST, file), 'utf8'));
    };
    const chapters = new Map(CHAPTER_SLUGS.map((slug) => [slug, read(`data/flashcards/${slug}.json`) as FlashcardChapter]));
    return indexedCards(read('data/flashcards/index.json') as FlashcardIndex).map((c) => ({ ...c, ...chapters.get(c.domain)![c.id]! }));
  };

  test('has at least 300 cards, in every chapter, with unique ids', () => {
    const cards = deck();
    expect(cards.length).toBeGreaterThanOrEqual(300);
    for (const slug of CHAPTER_SLUGS) expect(cards.filter((c) => c.domain === slug).length, slug).toBeGreaterThanOrEqual(30);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    // Every card has its text in its chapter's file.
    expect(cards.filter((c) => !c.front || !c.back || !c.href).map((c) => c.id)).toEqual([]);
  });

  test('links every card to a section that exists', () => {
    const broken = deck().flatMap((card) => {
      const [url, anchor] = card.href.split('#');
      const target = builtPages().find((p) => p.url === url);
      return !target || (anchor && !target.root.getElementById(anchor)) ? [`${card.id}: ${card.href}`] : [];
    });
    expect(broken).toEqual([]);
  });
});

describe('the MLA-C02 page', () => {
  const mla = () => page('/mla-c02/');
  const skills = () => mla().root.querySelectorAll('li[id^="skill-"]');

  test('lists all 107 skills, each linked to a section or marked as not taught', () => {
    expect(skills()).toHaveLength(107);
    const unmarked = skills().filter((li) => (li.getAttribute('data-taught') === 'yes') !== li.querySelectorAll('.taught a[href]').length > 0 || (li.getAttribute('data-taught') === 'no' && !li.querySelector('.untaught')));
    expect(unmarked.map((li) => li.id)).toEqual([]);
    const untaught = skills().filter((li) => li.getAttribute('data-taught') === 'no').map((li) => li.id.replace('skill-', '').replaceAll('-', '.'));
    console.log(`MLA-C02: ${107 - untaught.length} of 107 skills taught; not yet: ${untaught.join(', ')}`);
  });

  test('counts as taught every skill another page links to as taught there (chapter index pages, exam tags, questions)', () => {
    const taught = new Set(skills().filter((li) => li.getAttribute('data-taught') === 'yes').map((li) => li.id));
    const linked = docsPages()
      .filter((p) => p.url !== '/mla-c02/')
      .flatMap((p) => p.root.querySelectorAll('main a[href*="/mla-c02/#skill-"]').map((a) => ({ url: p.url, id: a.getAttribute('href')!.split('#')[1]! })));
    expect(linked.length).toBeGreaterThan(100);
    expect([...new Set(linked.filter((l) => !taught.has(l.id)).map((l) => `${l.url} links ${l.id}, which /mla-c02/ marks as not taught`))]).toEqual([]);
  });

  test('states coverage counts that match the skills it lists', () => {
    const taught = skills().filter((li) => li.getAttribute('data-taught') === 'yes').length;
    expect(mla().root.querySelector('main')!.text).toContain(`Of the exam's 107 skills, this guide teaches ${taught}`);
  });

  test('every question says which MLA-C02 task or skill it exercises, or that MLA-C02 does not ask it', () => {
    const questions = docsPages().flatMap((p) => p.root.querySelectorAll('guide-question').map((q) => ({ url: p.url, q })));
    expect(questions.length).toBeGreaterThan(300);
    const silent = questions.filter(({ q }) => !/(MLS-C01 task \d\.\d|Not on MLS-C01); (MLA-C02 (task \d\.\d|skill \d\.\d\.\d+)|not asked on MLA-C02)\./.test(q.querySelector('.exam-tasks')?.text ?? ''));
    expect(silent.map(({ url, q }) => `${url} ${q.getAttribute('data-id')}`)).toEqual([]);
  });

  test('every chapter page says what it teaches for MLA-C02, with links that land on the MLA-C02 page', () => {
    const ids = new Set(mla().root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!));
    const missing: string[] = [];
    for (const p of docsPages().filter((p) => DOMAIN_SLUGS.some((slug) => p.url.startsWith(`/${slug}/`)))) {
      const line = p.root.querySelectorAll('.page-meta .facts li').find((li) => /MLA-C02/.test(li.text));
      if (!line) missing.push(p.url);
      for (const a of line?.querySelectorAll('a[href*="/mla-c02/#"]') ?? []) expect(ids.has(a.getAttribute('href')!.split('#')[1]!), `${p.url} ${a.getAttribute('href')}`).toBe(true);
    }
    expect(missing).toEqual([]);
  });
});

describe('fact checks', () => {
  test('every guide page carries the record of its last check, which its verified date refers to', () => {
    const pages = docsPages();
    const missing = pages.filter((p) => !/: [\d,]+ claims? checked/.test(p.root.querySelector('.page-meta .facts')?.text ?? '')).map((p) => p.url);
    expect(missing).toEqual([]);
    const total = pages.reduce((n, p) => n + Number(/: ([\d,]+) claims? checked/.exec(p.root.querySelector('.page-meta .facts')!.text)![1]!.replace(/,/g, '')), 0);
    console.log(`Fact checks: ${pages.length} pages, ${total} claims checked`);
  });
});
