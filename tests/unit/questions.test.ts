import { describe, expect, test } from 'vitest';
import { brokenRefs, homePage, optionLetter, parseRef, questionKind, questionsForPage, questionsShownOnPage, refHref, type PageAnchors } from '../../src/lib/questions.ts';
import type { Question } from '../../src/lib/schema.ts';

const q = (refs: string[], correct = [0]): Question => ({
  domain: 'data-engineering',
  task: '1.2',
  stem: 'stem',
  options: ['A', 'B', 'C', 'D', 'E'].map((text, i) => ({ text, correct: correct.includes(i), explanation: 'x' })),
  refs,
});

const pages = new Map<string, PageAnchors>([
  ['data-engineering/glue', { title: 'AWS Glue', headings: new Map([['crawlers', 'Crawlers']]) }],
  ['data-engineering/kinesis-data-streams', { title: 'KDS', headings: new Map([['retention', 'Retention']]) }],
]);

describe('refs', () => {
  test('parseRef and refHref split and link a ref', () => {
    expect(parseRef('data-engineering/glue#crawlers')).toEqual({ page: 'data-engineering/glue', anchor: 'crawlers' });
    expect(refHref('data-engineering/glue#crawlers')).toBe('/data-engineering/glue/#crawlers');
    expect(refHref('index#two-ways-in')).toBe('/#two-ways-in');
  });

  test('a question lives on the page of its first ref', () => {
    expect(homePage(q(['data-engineering/glue#crawlers', 'data-engineering/kinesis-data-streams#retention']))).toBe('data-engineering/glue');
  });
});

describe('questionKind / optionLetter', () => {
  test('tells single from multiple response', () => {
    expect(questionKind(q(['a#b']))).toBe('single');
    expect(questionKind(q(['a#b'], [0, 3]))).toBe('multiple');
    expect([0, 1, 4].map(optionLetter)).toEqual(['A', 'B', 'E']);
  });
});

describe('questionsForPage', () => {
  test('returns the page questions sorted by id', () => {
    const all = [
      { id: 'data-engineering/z', data: q(['data-engineering/glue#crawlers']) },
      { id: 'data-engineering/a', data: q(['data-engineering/glue#crawlers']) },
      { id: 'data-engineering/k', data: q(['data-engineering/kinesis-data-streams#retention', 'data-engineering/glue#crawlers']) },
    ];
    expect(questionsForPage(all, 'data-engineering/glue').map((e) => e.id)).toEqual(['data-engineering/a', 'data-engineering/z']);
  });
});

describe('brokenRefs', () => {
  test('is empty when every ref resolves', () => {
    expect(brokenRefs([{ id: 'data-engineering/ok', data: q(['data-engineering/glue#crawlers']) }], pages)).toEqual([]);
  });

  test('names the file, the ref and what is missing', () => {
    const problems = brokenRefs(
      [{ id: 'data-engineering/bad', data: q(['data-engineering/glu#crawlers', 'data-engineering/glue#bookmarks']) }],
      pages,
    );
    expect(problems).toEqual([
      'src/content/questions/data-engineering/bad.yaml: refs[0] "data-engineering/glu#crawlers": no page "data-engineering/glu" (src/content/docs/data-engineering/glu.mdx)',
      'src/content/questions/data-engineering/bad.yaml: refs[1] "data-engineering/glue#bookmarks": page "data-engineering/glue" has no heading "#bookmarks" (headings: crawlers)',
    ]);
  });

  test('reports a question filed under another domain folder', () => {
    expect(brokenRefs([{ id: 'modeling/misfiled', data: q(['data-engineering/glue#crawlers']) }], pages)[0]).toMatch(
      /misfiled\.yaml: domain "data-engineering" does not match its folder "modeling"/,
    );
  });
});

describe('questionsShownOnPage', () => {
  const qs = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'].map((id) => ({ id, skill: id[0]! }));
  test('keeps every question when there are few', () => {
    expect(questionsShownOnPage(qs, 6, (q) => q.skill).more).toEqual([]);
  });
  test('takes in turn from each skill, in the original order, and returns the rest', () => {
    const { shown, more } = questionsShownOnPage(qs, 4, (q) => q.skill);
    expect(shown.map((q) => q.id)).toEqual(['a1', 'a2', 'b1', 'c1']);
    expect(more.map((q) => q.id)).toEqual(['a3', 'b2']);
  });
});
