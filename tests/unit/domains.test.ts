import { describe, expect, test } from 'vitest';
import { CHAPTERS, CHAPTER_SLUGS, DOMAINS, DOMAIN_SLUGS, TASK_IDS, chapterOfEntry, chapterTitle, domainOfEntry, domainOfTask, getChapter, getDomain, getTask, taskAnchor } from '../../src/lib/domains.ts';

describe('DOMAINS', () => {
  test('has the four exam domains whose weights add up to 100', () => {
    expect(DOMAIN_SLUGS).toEqual(['data-engineering', 'exploratory-data-analysis', 'modeling', 'ml-implementation-operations']);
    expect(DOMAINS.map((d) => d.weight)).toEqual([20, 24, 36, 20]);
    expect(DOMAINS.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
  });

  test('has the 15 task statements, numbered within their domain', () => {
    expect(TASK_IDS).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3', '4.4']);
    for (const d of DOMAINS) for (const t of d.tasks) expect(t.id.startsWith(`${d.number}.`)).toBe(true);
  });
});

describe('getDomain / getTask', () => {
  test('return the entry for a known id', () => {
    expect(getDomain('modeling').weight).toBe(36);
    expect(getTask('4.3').title).toBe('Apply basic AWS security practices to ML solutions');
    expect(getTask('4.3').domain.slug).toBe('ml-implementation-operations');
  });

  test('throw naming the valid values for an unknown id', () => {
    expect(() => getDomain('data-science')).toThrow(/Valid domains: data-engineering, exploratory-data-analysis/);
    expect(() => getTask('5.1')).toThrow(/Valid ids: 1.1, 1.2/);
  });
});

describe('domainOfTask / domainOfEntry / taskAnchor', () => {
  test('map ids to domains and anchors', () => {
    expect(domainOfTask('2.3')).toBe('exploratory-data-analysis');
    expect(domainOfEntry('modeling/xgboost')).toBe('modeling');
    expect(domainOfEntry('modeling')).toBe('modeling');
    expect(domainOfEntry('how-to-use')).toBeUndefined();
    expect(taskAnchor('1.2')).toBe('task-1-2');
  });
});

describe('chapters', () => {
  test('are the MLS-C01 domains in order, then the chapters of src/data/chapters.json', () => {
    expect(CHAPTER_SLUGS).toEqual([...DOMAIN_SLUGS, 'generative-ai']);
    expect(CHAPTERS.slice(0, 4).every((c, i) => c.domain === DOMAINS[i] && !c.exam)).toBe(true);
    expect(getChapter('generative-ai')).toEqual({ slug: 'generative-ai', name: 'Generative AI on AWS', exam: 'mla-c02' });
    expect(() => getChapter('gen-ai')).toThrow(/Unknown chapter "gen-ai". Valid chapters: .*generative-ai/);
  });

  test('a page belongs to the chapter of its folder, and each chapter has a title', () => {
    expect(chapterOfEntry('generative-ai/bedrock')).toBe('generative-ai');
    expect(chapterOfEntry('modeling/xgboost')).toBe('modeling');
    expect(chapterOfEntry('reference/numbers')).toBeUndefined();
    expect(chapterTitle(getChapter('data-engineering'))).toBe('Domain 1: Data Engineering (20 %)');
    expect(chapterTitle(getChapter('generative-ai'))).toBe('Generative AI on AWS');
  });
});
