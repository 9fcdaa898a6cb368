import { describe, expect, test } from 'vitest';
import { isOfficialUrl, questionSchema, serviceSchema, studyPageSchema } from '../../src/lib/schema.ts';

const page = {
  description: 'Streaming ingestion with shards, retention and consumers, for the exam.',
  domain: 'data-engineering',
  tasks: ['1.2'],
  services: ['kinesis-data-streams'],
  lastVerified: '2026-11-01',
  sources: [{ title: 'KDS quotas', url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html' }],
};

/** The first issue's path and message, the way Astro reports it. */
function firstIssue(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('studyPageSchema', () => {
  test('accepts a complete page and coerces the date', () => {
    const parsed = studyPageSchema.parse(page);
    expect(parsed.lastVerified).toEqual(new Date('2026-11-01'));
  });

  test('rejects an unknown domain, naming the valid ones', () => {
    expect(firstIssue(studyPageSchema.safeParse({ ...page, domain: 'data-science' }))).toMatch(/^domain: .*"data-engineering"/);
  });

  test('rejects a task id that is not one of the 15', () => {
    expect(firstIssue(studyPageSchema.safeParse({ ...page, tasks: ['1.4'] }))).toMatch(/^tasks\.0: /);
  });

  test('takes a verification record and rejects one that does not add up', () => {
    expect(studyPageSchema.parse({ ...page, verification: { claims: 40, fixed: 3, labelled: 1 } }).verification).toEqual({ claims: 40, fixed: 3, labelled: 1 });
    expect(firstIssue(studyPageSchema.safeParse({ ...page, verification: { claims: 2, fixed: 2, labelled: 1 } }))).toBe('verification: fixed + labelled cannot exceed the claims checked');
    expect(firstIssue(studyPageSchema.safeParse({ ...page, verification: { claims: 0, fixed: 0, labelled: 0 } }))).toBe('verification.claims: a check covers at least one claim');
    expect(firstIssue(studyPageSchema.safeParse({ ...page, verification: { claims: 3.5, fixed: 0, labelled: 0 } }))).toMatch(/^verification\.claims: /);
    expect(firstIssue(studyPageSchema.safeParse({ ...page, verification: { claims: 3, fixed: 0, labeled: 0 } }))).toMatch(/^verification(\.labelled)?: /);
  });

  test('requires at least one https source', () => {
    expect(firstIssue(studyPageSchema.safeParse({ ...page, sources: [] }))).toBe('sources: list at least one source');
    expect(firstIssue(studyPageSchema.safeParse({ ...page, sources: [{ title: 'Old', url: 'http://example.com/x' }] }))).toBe(
      'sources.0.url: expected an https:// URL',
    );
  });

  test('requires a one-sentence description and a sane verified date', () => {
    expect(firstIssue(studyPageSchema.safeParse({ ...page, description: undefined }))).toMatch(/^description: every page needs/);
    expect(firstIssue(studyPageSchema.safeParse({ ...page, description: 'Too short.' }))).toMatch(/^description: write a full sentence/);
    expect(firstIssue(studyPageSchema.safeParse({ ...page, lastVerified: '2062-01-01' }))).toBe('lastVerified: date is in the future');
    expect(firstIssue(studyPageSchema.safeParse({ ...page, lastVerified: 'last week' }))).toMatch(/^lastVerified: expected a date/);
  });
});

describe('serviceSchema', () => {
  const service = { name: 'Amazon Forecast', status: 'available', docsUrl: 'https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html' };

  test('accepts an available service with no status details', () => {
    expect(serviceSchema.parse(service).formerNames).toEqual([]);
  });

  test('requires a note and a source for a closed or retired service', () => {
    const result = serviceSchema.safeParse({ ...service, status: 'closed-to-new-customers' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['statusSource', 'statusNote']);
  });

  test('accepts dates known to the day or only to the month', () => {
    const closed = { ...service, status: 'closed-to-new-customers', statusNote: 'Use Canvas.', statusSource: { title: 'Forecast', url: 'https://docs.aws.amazon.com/forecast/latest/dg/setup.html' } };
    expect(serviceSchema.parse({ ...closed, statusDate: '2024-07' }).statusDate).toEqual({ date: new Date('2024-07-01'), precision: 'month' });
    expect(serviceSchema.parse({ ...closed, statusDate: new Date('2024-07-25') }).statusDate).toEqual({ date: new Date('2024-07-25'), precision: 'day' });
    expect(firstIssue(serviceSchema.safeParse({ ...closed, statusDate: 'July 2024' }))).toMatch(/^statusDate: expected YYYY-MM-DD, or YYYY-MM/);
  });

  test('rejects a documentation URL that is not AWS', () => {
    expect(firstIssue(serviceSchema.safeParse({ ...service, docsUrl: 'https://example.com/forecast' }))).toMatch(/^docsUrl: docsUrl must be on/);
  });

  test('rejects a misspelt status and unknown keys', () => {
    expect(firstIssue(serviceSchema.safeParse({ ...service, status: 'closed' }))).toMatch(/^status: /);
    expect(firstIssue(serviceSchema.safeParse({ ...service, formerName: 'x' }))).toMatch(/formerName/);
  });
});

describe('questionSchema', () => {
  const option = (text: string, correct = false) => ({ text, correct, explanation: `Because ${text} is ${correct ? 'right' : 'wrong'} here.` });
  const question = {
    domain: 'data-engineering',
    task: '1.2',
    stem: 'A company streams clickstream data and needs to replay it for seven days after a bug fix.',
    options: [option('A', true), option('B'), option('C'), option('D')],
    refs: ['data-engineering/kinesis-data-streams#retention'],
  };

  test('accepts a single-response question', () => {
    expect(questionSchema.safeParse(question).success).toBe(true);
  });

  test('requires 4+ options, at least one correct and at least one wrong', () => {
    expect(firstIssue(questionSchema.safeParse({ ...question, options: question.options.slice(0, 3) }))).toBe('options: a question needs at least 4 options');
    expect(firstIssue(questionSchema.safeParse({ ...question, options: question.options.map((o) => ({ ...o, correct: false })) }))).toMatch(
      /mark at least one option/,
    );
    const allRight = [...question.options, option('E')].map((o) => ({ ...o, correct: true }));
    expect(firstIssue(questionSchema.safeParse({ ...question, options: allRight }))).toMatch(
      /at least one option must be wrong/,
    );
  });

  test('a multiple-response question needs at least five options', () => {
    const two = [option('A', true), option('B', true), option('C'), option('D')];
    expect(firstIssue(questionSchema.safeParse({ ...question, options: two }))).toMatch(/at least 5 options/);
    expect(questionSchema.safeParse({ ...question, options: [...two, option('E')] }).success).toBe(true);
  });

  test('requires an explanation for every option', () => {
    const missing = [{ text: 'A', correct: true }, ...question.options.slice(1)];
    expect(firstIssue(questionSchema.safeParse({ ...question, options: missing }))).toMatch(/^options\.0\.explanation: /);
  });

  test('rejects a task from another domain and a ref without an anchor', () => {
    expect(firstIssue(questionSchema.safeParse({ ...question, task: '3.1' }))).toBe('task: task 3.1 belongs to modeling, not data-engineering');
    expect(firstIssue(questionSchema.safeParse({ ...question, refs: ['data-engineering/kinesis-data-streams'] }))).toMatch(/^refs\.0: expected "folder\/page#heading-anchor"/);
  });

  test('a question in a chapter outside MLS-C01 has no MLS-C01 task and must name its MLA-C02 skill', () => {
    const genai = { ...question, domain: 'generative-ai', task: undefined, refs: ['generative-ai/bedrock#key-facts'], exams: { 'mla-c02': '2.1.1' } };
    expect(questionSchema.safeParse(genai).success).toBe(true);
    expect(firstIssue(questionSchema.safeParse({ ...genai, task: '3.1' }))).toMatch(/^task: the Generative AI on AWS chapter is not on MLS-C01: leave out "task"/);
    expect(firstIssue(questionSchema.safeParse({ ...genai, exams: { 'mla-c02': null } }))).toMatch(/^exams\.mla-c02: a question in the Generative AI on AWS chapter must name the mla-c02 skill/);
    expect(firstIssue(questionSchema.safeParse({ ...question, task: undefined }))).toMatch(/^task: a question in the Data Engineering chapter needs its MLS-C01 "task"/);
    expect(firstIssue(questionSchema.safeParse({ ...question, domain: 'gen-ai' }))).toMatch(/^domain: /);
  });
});

describe('isOfficialUrl', () => {
  test('accepts AWS documentation hosts only', () => {
    expect(isOfficialUrl('https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html')).toBe(true);
    expect(isOfficialUrl('https://aws.amazon.com/blogs/aws/x')).toBe(true);
    expect(isOfficialUrl('https://aws.amazon.com.example.org/x')).toBe(false);
    expect(isOfficialUrl('https://medium.com/aws/x')).toBe(false);
  });

});
