import { describe, expect, test } from 'vitest';
import { pageProblems, type PageFacts } from '../../src/lib/page-rules.ts';

const aws = { title: 'AWS docs', url: 'https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html' };
const page: PageFacts = { id: 'data-engineering/glue', file: 'src/content/docs/data-engineering/glue.mdx', domain: 'data-engineering', tasks: ['1.3'], services: ['glue'], sources: [aws], exams: { 'mla-c02': ['1.2.1'] } };

describe('pageProblems', () => {
  test('is empty for a well-formed page', () => {
    expect(pageProblems(page)).toEqual([]);
    expect(pageProblems({ ...page, id: 'how-to-use', domain: undefined, tasks: [], services: [] })).toEqual([]);
  });

  test('requires the domain to match the folder', () => {
    expect(pageProblems({ ...page, domain: 'modeling' })).toEqual([
      'src/content/docs/data-engineering/glue.mdx: frontmatter "domain" must be "data-engineering" (the folder the page is in), found "modeling"',
    ]);
    expect(pageProblems({ ...page, id: 'glue' })[0]).toMatch(/not in that folder; move it to src\/content\/docs\/data-engineering\//);
  });

  test('requires tasks on chapter pages and AWS sources on service pages', () => {
    expect(pageProblems({ ...page, tasks: [] })[0]).toMatch(/"tasks" must list the exam task statements .*"1.1"/);
    expect(pageProblems({ ...page, sources: [{ title: 'Blog', url: 'https://example.com/glue' }] })[0]).toMatch(/must include official AWS documentation/);
  });

  test('requires chapter pages to say what they teach for MLA-C02 ([] when it is not on that exam)', () => {
    expect(pageProblems({ ...page, exams: undefined })[0]).toMatch(/frontmatter "exams" must say what the page teaches for MLA-C02/);
    expect(pageProblems({ ...page, exams: { 'mla-c02': [] } })).toEqual([]);
  });

  test('pages of a chapter outside MLS-C01 list their MLA-C02 skills and no MLS-C01 tasks; its index needs neither', () => {
    const genai: PageFacts = { ...page, id: 'generative-ai/bedrock', file: 'src/content/docs/generative-ai/bedrock.mdx', domain: 'generative-ai', tasks: [], exams: { 'mla-c02': ['2.1.1#choosing-a-model'] } };
    expect(pageProblems(genai)).toEqual([]);
    expect(pageProblems({ ...genai, tasks: ['3.1'] })).toEqual(['src/content/docs/generative-ai/bedrock.mdx: frontmatter "tasks" lists MLS-C01 tasks, but the Generative AI on AWS chapter is not on MLS-C01: leave it out']);
    expect(pageProblems({ ...genai, exams: { 'mla-c02': [] } })[0]).toMatch(/"exams" must list the MLA-C02 skills the page teaches/);
    expect(pageProblems({ ...genai, exams: undefined })).toHaveLength(2);
    expect(pageProblems({ ...genai, id: 'generative-ai', file: 'src/content/docs/generative-ai/index.mdx', exams: undefined })).toEqual([]);
  });

  test('rejects sub-folders inside a chapter', () => {
    expect(pageProblems({ ...page, id: 'data-engineering/streaming/kds' })[0]).toMatch(/no sub-folders/);
  });
});
