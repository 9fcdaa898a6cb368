/** Page weight: no page's HTML over 200 KB (study data comes as JSON files after first paint, see src/pages/data/). */
import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const LIMIT = 200 * 1024;
/** Printed documents are whole chapters (or the whole guide) on one page by design, for Ctrl+P and the PDF; readers do not browse them. */
const isPrint = (url: string) => url.startsWith('/print/');
/** Known offenders, each with a ceiling so it cannot grow unnoticed; none today (the reference lists were split by chapter). A test below fails when an entry is no longer needed. */
const KNOWN_LARGE: Record<string, number> = {};

describe('HTML size', () => {
  test(`every page's HTML is at most ${LIMIT / 1024} KB (printed documents aside)`, () => {
    const offenders = builtPages()
      .filter((p) => !isPrint(p.url))
      .map((p) => ({ url: p.url, kb: Math.round(statSync(p.file).size / 1024) }))
      .filter((p) => p.kb * 1024 > (KNOWN_LARGE[p.url] ?? LIMIT))
      .map((p) => `${p.url}: ${p.kb} KB`);
    expect(offenders).toEqual([]);
  });

  test('every known offender still needs its exception', () => {
    const sizes = new Map(builtPages().map((p) => [p.url, statSync(p.file).size]));
    expect(Object.keys(KNOWN_LARGE).filter((url) => (sizes.get(url) ?? 0) <= LIMIT)).toEqual([]);
  });

  test('the check sees the study tools, whose data is no longer in their HTML', () => {
    const tools = builtPages().filter((p) => ['/study/flashcards/', '/practice/mock-exam/', '/practice/modeling/', '/study/progress/'].includes(p.url));
    expect(tools).toHaveLength(4);
    for (const p of tools) expect(p.root.querySelector('script[type="application/json"]'), p.url).toBeNull();
  });
});
