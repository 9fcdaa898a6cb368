import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { loadNumbers, numDirective, numberGroupChapters, numberRefs, numberText } from '../../src/lib/numbers.ts';

const source = { title: 'Quotas', url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html' };
const numbers = new Map([
  ['kds.retention-max', { label: 'Max retention', value: 8760, text: '8,760 hours (365 days)', source, verified: new Date('2026-11-24') }],
  ['kds.records', { label: 'Records per call', value: 500, unit: 'records', source, verified: new Date('2026-11-24') }],
]);

describe('numberText', () => {
  test('uses the display text, else value and unit with thousands separators', () => {
    expect(numberText({ value: 8760, text: '8,760 hours (365 days)' })).toBe('8,760 hours (365 days)');
    expect(numberText({ value: 10000, unit: 'records' })).toBe('10,000 records');
    expect(numberText({ value: '0–900', unit: 'seconds' })).toBe('0–900 seconds');
    expect(numberText({ value: 20 })).toBe('20');
  });
});

describe('numDirective', () => {
  test('replaces :num[id] with the number', () => {
    const { html } = markdownToHtml('Kept up to **:num[kds.retention-max]**, :num[kds.records] per call.', {
      mdastPlugins: [numDirective(numbers)],
      features: { directive: true },
    });
    expect(html).toContain('<strong><span class="num" data-num="kds.retention-max">8,760 hours (365 days)</span></strong>');
    expect(html).toContain('<span class="num" data-num="kds.records">500 records</span> per call');
  });

  test('fails with file, line and the known ids for an unknown number', () => {
    const fileURL = pathToFileURL(path.resolve('src/content/docs/x.mdx'));
    expect(() => markdownToHtml('# T\n\nUp to :num[kds.retention]', { mdastPlugins: [numDirective(numbers)], features: { directive: true }, fileURL })).toThrow(
      'src/content/docs/x.mdx:3: unknown number "kds.retention". Known in kds: kds.retention-max, kds.records',
    );
  });
});

describe('loadNumbers', () => {
  test('names the file and field of invalid data', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'numbers-'));
    writeFileSync(path.join(dir, 'kds.yaml'), 'title: KDS\nentries:\n  retention:\n    label: Retention\n    value: 24\n    verified: 2026-11-24\n');
    expect(() => loadNumbers(dir)).toThrow(/kds\.yaml: entries\.retention\.source: /);
  });
});

describe('numbers in the content', () => {
  const all = loadNumbers();
  const pages = readdirSync('src/content/docs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  const refs = pages.flatMap((f) => numberRefs(readFileSync(path.join('src/content/docs', f), 'utf8')).map((r) => ({ ...r, file: f })));

  test('every :num[...] on a page exists', () => {
    expect(refs.filter((r) => !all.has(r.id)).map((r) => `src/content/docs/${r.file}:${r.line}: ${r.id}`)).toEqual([]);
  });

  test('every number is used on at least one page', () => {
    const used = new Set(refs.map((r) => r.id));
    expect([...all.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('every number has a source and a verified date', () => {
    for (const [id, entry] of all) {
      expect(entry.source.url, id).toMatch(/^https:\/\//);
      expect(entry.verified.getTime(), id).not.toBeNaN();
    }
  });
});

describe('numberGroupChapters', () => {
  const separate = new Set(['generative-ai']);
  test('puts a group on its chapter page only when every page using it is in that chapter', () => {
    const chapters = numberGroupChapters(
      [
        { id: 'generative-ai/bedrock', chapter: 'generative-ai', body: ':num[bedrock.api-key-max] and :num[shared.limit]' },
        { id: 'generative-ai/agentcore', chapter: 'generative-ai', body: ':num[bedrock.quota]' },
        { id: 'modeling/foundation-models', chapter: 'modeling', body: ':num[shared.limit] :num[sagemaker.max]' },
        { id: 'reference/comparisons', chapter: undefined, body: ':num[loose.value]' },
      ],
      separate,
    );
    expect(chapters).toEqual(new Map([['bedrock', 'generative-ai']]));
  });
});
