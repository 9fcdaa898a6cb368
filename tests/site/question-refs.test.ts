/**
 * Every question's refs send a learner to the section that teaches its answer, judged by the section's
 * heading in the built site (src/lib/ref-headings.ts). Prints the figures so a failing run shows how far
 * the bank has drifted.
 */
import { describe, expect, test } from 'vitest';
import type { PageAnchors } from '../../src/lib/questions.ts';
import { refHeadingReport } from '../../src/lib/ref-headings.ts';
import { docsPages } from '../helpers/dist.ts';
import { questionFiles } from '../helpers/questions.ts';

/**
 * Refs judged right although their heading shares no word with the question: "question id refs[i]" →
 * why. Keep it short; renaming a vague heading or re-pointing the ref is almost always better.
 */
const ALLOWED: Record<string, string> = {
  'generative-ai/genai-bedrock-long-contract-context refs[0]':
    '"Choosing a foundation model" ranks the criteria, context window first, that decide this model choice ("choice" and "choosing" share no root)',
};

const questions = questionFiles();

const pages = new Map<string, PageAnchors>(
  docsPages().map((p) => [
    p.url === '/' ? 'index' : p.url.replace(/^\/|\/$/g, ''),
    {
      title: p.root.querySelector('main h1')?.text.trim() ?? '',
      headings: new Map(p.root.querySelectorAll('main :is(h2, h3, h4)[id]').map((h) => [h.getAttribute('id')!, h.text.trim()])),
    },
  ]),
);

const report = refHeadingReport(questions, pages, new Set(Object.keys(ALLOWED)));
console.log(
  `Question refs: ${report.refs} refs in ${questions.length} questions; ${report.pageOnly.length} to a whole page, ` +
    `${report.generic.length} to a template heading, ${report.unrelated.length} to a heading that shares no word with the question, ` +
    `${Object.keys(ALLOWED).length} judged exceptions`,
);

describe('question refs', () => {
  test('the built pages have the headings refs point at', () => {
    expect(pages.get('data-engineering/glue')?.headings.size).toBeGreaterThan(3);
  });

  test('every judged exception names a question ref that exists', () => {
    const keys = new Set(questions.flatMap((q) => q.refs.map((_, i) => `${q.id} refs[${i}]`)));
    expect(Object.keys(ALLOWED).filter((k) => !keys.has(k))).toEqual([]);
  });

  test('point at a section, not a whole page', () => {
    expect(report.pageOnly).toEqual([]);
  });

  test('point at a section named for what it teaches, not a template heading such as "Key facts"', () => {
    expect(report.generic).toEqual([]);
  });

  test('point at a section whose heading shares a word with the question', () => {
    expect(report.unrelated).toEqual([]);
  });
});
