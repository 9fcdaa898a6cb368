/** Publishing: canonical URLs, sitemap and robots.txt, and the whole site built under a sub-path. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, DIST_BASE, brokenLinks, builtBase, builtPages, docsPages } from '../helpers/dist.ts';

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const site = () => new URL(builtPages()[0]!.root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

describe('the site built for the root', () => {
  test('gives every guide page a canonical URL on the configured site', () => {
    for (const p of docsPages()) expect(p.root.querySelector('link[rel="canonical"]')?.getAttribute('href'), p.url).toBe(`${site()}${p.url}`);
  });

  test('has a sitemap listing every guide page, named in robots.txt', () => {
    expect(read(DIST, 'sitemap-index.xml')).toContain(`${site()}/sitemap-0.xml`);
    const listed = [...read(DIST, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const p of docsPages()) expect(listed, p.url).toContain(`${site()}${p.url}`);
    expect(read(DIST, 'robots.txt')).toMatch(new RegExp(`^Sitemap: ${site()}/sitemap-index\\.xml$`, 'm'));
  });
});

describe('the site built under a sub-path (npm run build:subpath)', () => {
  const base = () => builtBase(DIST_BASE);

  test('was built for a sub-path', () => {
    expect(base()).toMatch(/^\/[a-z0-9-]+\/$/);
    expect(builtPages(DIST_BASE).length).toBe(builtPages(DIST).length);
  });

  test('links only to pages, files and anchors under its base', () => {
    expect(brokenLinks(DIST_BASE)).toEqual([]);
  });

  test('the link check sees every kind of link (so it can fail)', () => {
    const glue = builtPages(DIST_BASE).find((p) => p.url === '/data-engineering/glue/')!;
    const hrefs = glue.root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
    // Sidebar, content links, glossary terms, the print link and diagrams all carry the base.
    for (const part of ['data-engineering/', 'reference/glossary/#', 'print/data-engineering/', 'diagrams/']) {
      expect(hrefs.some((h) => h.startsWith(`${base()}${part}`)), part).toBe(true);
    }
    expect(glue.root.querySelector('img.diagram-light')!.getAttribute('src')).toMatch(new RegExp(`^${base()}diagrams/`));
  });

  test('puts the base into the study tools\' data and the service worker', () => {
    const deck = Object.values(JSON.parse(read(DIST_BASE, 'data/flashcards/modeling.json')) as Record<string, { href: string }>);
    expect(deck.length).toBeGreaterThan(30);
    expect(deck.filter((c) => !c.href.startsWith(base()))).toEqual([]);
    const practice = JSON.parse(read(DIST_BASE, 'data/practice/modeling.json')) as Array<{ refs: Array<{ href: string }> }>;
    expect(practice.flatMap((q) => q.refs).filter((r) => !r.href.startsWith(base()))).toEqual([]);
    expect(builtPages(DIST_BASE).find((p) => p.url === '/practice/modeling/')!.root.querySelector('guide-practice')!.getAttribute('data-src')).toBe('/data/practice/modeling.json');
    const sw = read(DIST_BASE, 'sw.js');
    expect(sw).toContain(`"${base()}data/flashcards/index.json"`);
    expect(sw).toContain(`"${base()}practice/"`);
    expect(sw).toContain(`"${base()}_astro/"`);
    expect(sw).not.toMatch(/"\/(practice|study|_astro)\//);
  });

  test('keeps links between the pages of a printed chapter inside the document', () => {
    const print = builtPages(DIST_BASE).find((p) => p.url === '/print/data-engineering/')!;
    const outward = print.root.querySelectorAll('section[data-print-page] a[href]').map((a) => a.getAttribute('href')!).filter((h) => h.startsWith(`${base()}data-engineering/`));
    expect(outward).toEqual([]);
    expect(print.root.querySelectorAll('section[data-print-page] a[href^="#p-data-engineering-"]').length).toBeGreaterThan(10);
  });

  test('has canonical URLs, a sitemap and robots.txt under the base', () => {
    const glue = builtPages(DIST_BASE).find((p) => p.url === '/data-engineering/glue/')!;
    expect(new URL(glue.root.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(`${base()}data-engineering/glue/`);
    expect(existsSync(path.join(DIST_BASE, 'sitemap-index.xml'))).toBe(true);
    expect(read(DIST_BASE, 'robots.txt')).toMatch(new RegExp(`^Sitemap: https?://[^/]+${base()}sitemap-index\\.xml$`, 'm'));
  });
});
