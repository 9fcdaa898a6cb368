import { describe, expect, test } from 'vitest';
import type { PageAnchors } from '../../src/lib/questions.ts';
import { refHeadingReport, topicWords, wordRoot } from '../../src/lib/ref-headings.ts';

const pages = new Map<string, PageAnchors>([
  [
    'modeling/algorithms-unsupervised',
    {
      title: 'Unsupervised algorithms',
      headings: new Map([
        ['key-facts', 'Key facts'],
        ['ip-insights', 'IP Insights'],
        ['standardisation', 'Standardisation'],
        ['retrieval-augmented-generation', 'Retrieval-augmented generation'],
      ]),
    },
  ],
]);

const question = (refs: string[], stem = 'A brokerage flags logins from unusual IP addresses per account.') => ({
  id: 'modeling/q',
  stem,
  options: [{ text: 'IP Insights on (account, IP) pairs', explanation: 'Learns which addresses each account uses.' }],
  refs,
});

describe('wordRoot and topicWords', () => {
  test('fold British and American spellings and inflections to one root', () => {
    expect(wordRoot('Standardisation')).toBe(wordRoot('standardized'));
    expect(wordRoot('queries')).toBe('query');
    expect(wordRoot('embeddings')).toBe(wordRoot('embedding'));
    expect(wordRoot('features')).toBe(wordRoot('feature'));
    expect(wordRoot('classes')).toBe(wordRoot('class'));
  });

  test('drop stop words and split hyphenated words, keeping the whole word too', () => {
    expect([...topicWords('The high-cardinality features of a model')]).toEqual(['highcardinality', 'high', 'cardinality', 'featur']);
  });
});

describe('refHeadingReport', () => {
  test('accepts a ref whose heading names what the question tests', () => {
    const report = refHeadingReport([question(['modeling/algorithms-unsupervised#ip-insights'])], pages);
    expect(report).toEqual({ refs: 1, pageOnly: [], generic: [], unrelated: [] });
  });

  test('names the file and ref when a ref points at a template heading, a whole page or an unrelated heading', () => {
    const report = refHeadingReport(
      [question(['modeling/algorithms-unsupervised#key-facts', 'modeling/algorithms-unsupervised', 'modeling/algorithms-unsupervised#standardisation'])],
      pages,
    );
    expect(report.generic).toEqual([expect.stringMatching(/^src\/content\/questions\/modeling\/q\.yaml: refs\[0\] "modeling\/algorithms-unsupervised#key-facts": "Key facts" is a section every page has/)]);
    expect(report.pageOnly).toEqual([expect.stringContaining('refs[1]')]);
    expect(report.unrelated).toEqual([expect.stringMatching(/refs\[2\].*heading "Standardisation" shares no word/)]);
  });

  test('matches an acronym in the question to the initials of the heading', () => {
    const report = refHeadingReport([question(['modeling/algorithms-unsupervised#retrieval-augmented-generation'], 'Ground answers with RAG over the manuals.')], pages);
    expect(report.unrelated).toEqual([]);
  });

  test('skips judged exceptions and leaves refs that do not resolve to brokenRefs', () => {
    const report = refHeadingReport(
      [question(['modeling/algorithms-unsupervised#key-facts', 'modeling/algorithms-unsupervised#no-such-heading'])],
      pages,
      new Set(['modeling/q refs[0]']),
    );
    expect(report).toEqual({ refs: 2, pageOnly: [], generic: [], unrelated: [] });
  });
});
