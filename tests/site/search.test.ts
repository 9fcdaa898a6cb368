/** The built Pagefind index, queried from Node: right pages first, and nothing indexed that should not be. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { loadPagefind, type NodeSearch } from '../../scripts/lib/pagefind-node.ts';
import { docsPages, requireBuild } from '../helpers/dist.ts';
import { LEARNER_QUERIES } from './learner-queries.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { SEARCH_RANKING } from '../../src/lib/search-query.ts';

/** Query → the page that must be the first result: one file per chapter in tests/site/search/. */
const modules = import.meta.glob<{ EXPECTED: Array<[query: string, url: string]> }>('./search/*.ts', { eager: true });
const EXPECTED_TOP_RESULT = Object.values(modules).flatMap((m) => m.EXPECTED);

let search: NodeSearch;
beforeAll(async () => {
  requireBuild();
  search = await loadPagefind('dist');
});
afterAll(async () => {
  await search?.close();
});

/** The indexed text of a page, found through a search for its own title. */
async function indexedText(url: string, title: string): Promise<string> {
  const hit = (await search.search(title)).find((r) => r.url === url);
  if (!hit) throw new Error(`${url} is not found by its own title "${title}"`);
  return hit.content;
}

describe('search', () => {
  test('has expectations for every chapter', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(3);
  });

  test.each(EXPECTED_TOP_RESULT)('"%s" finds %s first', async (query, url) => {
    const results = await search.search(query);
    expect(results.map((r) => r.url).slice(0, 3), `top results for "${query}"`).toContain(url);
    expect(results[0]?.url).toBe(url);
  });

  test(`answers learners' questions: at least 95 % of ${LEARNER_QUERIES.length} queries put the right page in the top three`, async () => {
    expect(LEARNER_QUERIES.length).toBeGreaterThanOrEqual(120);
    const misses: string[] = [];
    for (const [query, url] of LEARNER_QUERIES) {
      const top = (await search.search(query)).slice(0, 3).map((r) => r.url);
      if (!top.includes(url)) misses.push(`  "${query}" → wanted ${url}, got ${top.join(' ') || '(nothing)'}`);
    }
    const passed = LEARNER_QUERIES.length - misses.length;
    console.log(`Learner queries: ${passed} of ${LEARNER_QUERIES.length} (${((passed / LEARNER_QUERIES.length) * 100).toFixed(1)} %) in the top three${misses.length ? `; misses:\n${misses.join('\n')}` : ''}`);
    expect(passed / LEARNER_QUERIES.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test('the search box ranks like these tests: the built script carries the shared ranking', () => {
    const scripts = readdirSync('dist/_astro').filter((f) => f.endsWith('.js')).map((f) => readFileSync(`dist/_astro/${f}`, 'utf8'));
    // Minified: `pageLength:.75,termFrequency:1,...`.
    const written = (key: keyof typeof SEARCH_RANKING) => `${key}:${String(SEARCH_RANKING[key]).replace(/^0\./, '.')}`;
    const config = scripts.find((js) => js.includes('termSaturation'));
    for (const key of Object.keys(SEARCH_RANKING) as Array<keyof typeof SEARCH_RANKING>) expect(config, key).toContain(written(key));
  });

  test('never returns printed documents', async () => {
    for (const query of ['data', 'Amazon', 'exam', 'S3', 'question']) {
      expect((await search.search(query)).filter((r) => r.url.startsWith('/print/'))).toEqual([]);
    }
  });

  test('does not index quiz answers, explanations, diagram text or glossary tooltips', async () => {
    const leaks: string[] = [];
    for (const p of docsPages()) {
      const hidden = [
        ...p.root.querySelectorAll('.explanations li').map((li) => li.text.replace(/^[A-Z]: (in)?correct\.\s*/, '')),
        ...p.root.querySelectorAll('figure.diagram img.diagram-light').map((img) => img.getAttribute('alt') ?? ''),
        ...p.root.querySelectorAll('figure.diagram figcaption').map((c) => c.text.replace(/Open full size.*$/s, '').trim()),
        ...p.root.querySelectorAll('.term-tip').map((t) => t.text),
      ].filter((t) => t.length > 25);
      if (!hidden.length) continue;
      const text = await indexedText(p.url, p.root.querySelector('main h1')!.text.trim());
      // Harness check: ordinary body text of the same page is in the index, so a leak would show.
      const first = parse(p.root.querySelector('.sl-markdown-content > p')!.outerHTML);
      for (const tip of first.querySelectorAll('.term-tip')) tip.remove();
      const body = first.text.replace(/\s+/g, ' ').trim().slice(0, 40);
      expect(text.replace(/\s+/g, ' '), p.url).toContain(body);
      // Text that also appears in the page body outside the hidden parts is legitimately indexed.
      const visible = parse(p.root.querySelector('main')!.outerHTML);
      for (const el of visible.querySelectorAll('.check-yourself, figure.diagram, .term-tip')) el.remove();
      const visibleText = visible.text.replace(/\s+/g, ' ');
      for (const snippet of hidden) {
        const probe = snippet.replace(/\s+/g, ' ').slice(0, 60);
        if (text.replace(/\s+/g, ' ').includes(probe) && !visibleText.includes(probe)) leaks.push(`${p.url}: "${probe}…"`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
