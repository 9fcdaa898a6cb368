import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { docsPageOf, groupByInitial, loadGlossary, glossaryTerms, termMatcher, type GlossaryEntry } from '../../src/lib/glossary.ts';

const entry = (id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term,
  aka: [],
  definition: `Definition of ${term}.`,
  page: 'data-engineering/glue',
  link: true,
  ...extra,
});
const entries = [
  entry('shard', 'shard'),
  entry('partition-key', 'partition key'),
  entry('kcl', 'KCL', { expansion: 'Kinesis Client Library' }),
  entry('data-catalog', 'Data Catalog', { aka: ['Glue Data Catalog'] }),
  entry('roc', 'ROC', { link: false }),
];

describe('termMatcher', () => {
  const matcher = termMatcher(entries);
  const terms = (text: string, seen = new Set<string>()) => matcher.split(text, seen).filter((p) => p.entry).map((p) => `${p.entry!.id}:${p.text}`);

  test('finds each term once, plurals included, keeping the original spelling', () => {
    expect(terms('Shards hold records; each shard has a partition key.')).toEqual(['shard:Shards', 'partition-key:partition key']);
  });

  test('prefers the longest spelling and matches acronyms case-sensitively', () => {
    expect(terms('The Glue Data Catalog and the KCL, not the kcl npm module.')).toEqual(['data-catalog:Glue Data Catalog', 'kcl:KCL']);
  });

  test('needs whole words and skips terms already seen on the page and unlinked entries', () => {
    expect(terms('shardless and sharding')).toEqual([]);
    expect(terms('one shard', new Set(['shard']))).toEqual([]);
    expect(terms('the ROC curve')).toEqual([]);
  });

  test('keeps all the text', () => {
    const text = 'A shard, then a partition key.';
    expect(matcher.split(text, new Set()).map((p) => p.text).join('')).toBe(text);
  });
});

const renderAt = (md: string, file: string) =>
  markdownToHtml(md, { fileURL: new URL(`file:///repo/${file}`), mdastPlugins: [glossaryTerms(entries)], features: { directive: true } }).html;

describe('glossaryTerms plugin', () => {
  const render = (md: string) => renderAt(md, 'src/content/docs/modeling/xgboost.mdx');

  test('links the first use on the page with the definition as a tooltip', () => {
    const html = render('Each shard is ordered.\n\nAnother shard.');
    expect(html).toContain(
      '<span class="term"><a href="/reference/glossary/#shard" aria-describedby="term-shard">shard</a><span class="term-tip" role="tooltip" id="term-shard" data-pagefind-ignore="all">Definition of shard.</span></span>',
    );
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });

  test('leaves headings, links, code, tables and aside titles alone', () => {
    const html = render('## A shard\n\n[shard docs](https://example.com) and `shard`\n\n| shard |\n| --- |\n| shard |\n\n:::note[About a shard]\nText.\n:::');
    expect(html).not.toContain('class="term"');
  });
});

describe('loadGlossary', () => {
  test('names the entry and field of invalid data', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'glossary-')), 'glossary.yaml');
    writeFileSync(file, 'shard:\n  term: shard\n  definition: too short\n  page: data-engineering/kinesis-data-streams\n');
    expect(() => loadGlossary(file)).toThrow(/glossary\.yaml: shard\.definition: /);
  });

  test('the real glossary loads', () => {
    expect(loadGlossary().length).toBeGreaterThan(10);
  });

  test('leaves the terms that the page itself teaches alone, and links the others', () => {
    const html = renderAt('Each shard is listed in the Data Catalog.', 'src/content/docs/data-engineering/glue.mdx');
    expect(html).not.toContain('href="/reference/glossary/#shard"');
    expect(html).not.toContain('href="/reference/glossary/#data-catalog"');
    const other = renderAt('Each shard is listed in the Data Catalog.', 'src/content/docs/data-engineering/emr.mdx');
    expect(other).toContain('href="/reference/glossary/#shard"');
    expect(other).toContain('href="/reference/glossary/#data-catalog"');
  });
});

describe('docsPageOf', () => {
  test('maps a content file to its page id, index files to their folder', () => {
    expect(docsPageOf(new URL('file:///r/src/content/docs/data-engineering/glue.mdx'))).toBe('data-engineering/glue');
    expect(docsPageOf(new URL('file:///r/src/content/docs/data-engineering/index.mdx'))).toBe('data-engineering');
    expect(docsPageOf(new URL('file:///r/src/content/docs/index.mdx'))).toBeUndefined();
    expect(docsPageOf(new URL('file:///r/README.md'))).toBeUndefined();
    expect(docsPageOf(undefined)).toBeUndefined();
  });
});

describe('groupByInitial', () => {
  test('groups terms by first letter, case-insensitively and in order, with other initials first under #', () => {
    const groups = groupByInitial(['k-means', 'AUC', 'accuracy', 'Érosion', '3D CNN', 'KCL'], (t) => t);
    expect(groups).toEqual([
      { letter: '#', items: ['3D CNN'] },
      { letter: 'A', items: ['accuracy', 'AUC'] },
      { letter: 'E', items: ['Érosion'] },
      { letter: 'K', items: ['k-means', 'KCL'] },
    ]);
  });
});
