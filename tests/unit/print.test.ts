import { describe, expect, test } from 'vitest';
import { printSectionId, rewritePrintDocument, sidebarOrder } from '../../src/lib/print.ts';

describe('sidebarOrder', () => {
  test('sorts by sidebar.order, then by id, like Starlight autogenerate', () => {
    const e = (id: string, order?: number) => ({ id, data: { sidebar: { order } } });
    expect(sidebarOrder([e('b'), e('z', 2), e('a'), e('y', 1)]).map((x) => x.id)).toEqual(['y', 'z', 'a', 'b']);
  });
});

describe('rewritePrintDocument', () => {
  const doc = `<main>
<nav><a href="#p-de-glue">Glue</a></nav>
<section class="print-page" data-print-page="de/glue"><h2>AWS Glue</h2>
<div data-print-content="1"><div class="sl-heading-wrapper level-h2"><h2 id="crawlers">Crawlers</h2><a href="#crawlers">#</a></div>
<h3 id="x">X</h3><p id="s" aria-describedby="s"><a href="/de/kds/#retention">KDS retention</a> <a href="/other/page/#a">elsewhere</a> <a href="https://docs.aws.amazon.com/x">AWS</a></p></div>
</section>
<section class="print-page" data-print-page="de/kds"><h2>KDS</h2><div data-print-content="2"><h2 id="retention">Retention</h2><a href="/de/glue/">Glue page</a></div></section>
</main>`;
  const out = rewritePrintDocument(doc);

  test('prefixes ids per page and keeps aria references in step', () => {
    expect(out).toContain('<section class="print-page" data-print-page="de/glue" id="p-de-glue">');
    expect(out).toContain('id="p-de-glue--crawlers"');
    expect(out).toContain('id="p-de-kds--retention"');
    expect(out).toContain('aria-describedby="p-de-glue--s"');
  });

  test('demotes content headings by the given number of levels, not the page title', () => {
    expect(out).toContain('<h2>AWS Glue</h2>');
    expect(out).toContain('<div class="sl-heading-wrapper level-h3"><h3 id="p-de-glue--crawlers">Crawlers</h3>');
    expect(out).toContain('<h4 id="p-de-glue--x">X</h4>');
    expect(out).toContain('<h4 id="p-de-kds--retention">Retention</h4>');
  });

  test('turns links to pages in the document into in-document links and leaves the rest', () => {
    expect(out).toContain('<a href="#p-de-glue--crawlers">#</a>');
    expect(out).toContain('<a href="#p-de-kds--retention">KDS retention</a>');
    expect(out).toContain('<a href="#p-de-glue">Glue page</a>');
    expect(out).toContain('<a href="/other/page/#a">elsewhere</a>');
    expect(out).toContain('<a href="https://docs.aws.amazon.com/x">AWS</a>');
  });

  test('does the same for a site built under a base path', () => {
    const based = rewritePrintDocument(doc.replaceAll('href="/', 'href="/guide/'), [], '/guide/');
    expect(based).toContain('<a href="#p-de-kds--retention">KDS retention</a>');
    expect(based).toContain('<a href="#p-de-glue">Glue page</a>');
    expect(based).toContain('<a href="/guide/other/page/#a">elsewhere</a>');
  });

  test('keeps one copy of each stylesheet (moved to <head>) and of each script', () => {
    const html = rewritePrintDocument(
      `<html><head><link rel="stylesheet" href="/a.css"></head><body><main>
<section data-print-page="de/glue"><link rel="stylesheet" href="/ec.css"><pre>x</pre><script type="module" src="/q.js"></script></section>
<section data-print-page="de/kds"><link rel="stylesheet" href="/ec.css"><link rel="stylesheet" href="/a.css"><pre>y</pre><script type="module" src="/q.js"></script></section>
</main></body></html>`,
    );
    expect(html.match(/<link rel="stylesheet" href="\/ec.css">/g)).toHaveLength(1);
    expect(html.match(/href="\/a.css"/g)).toHaveLength(1);
    expect(html.match(/src="\/q.js"/g)).toHaveLength(1);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('href="/ec.css"');
    expect(head).toContain('href="/a.css"');
  });

  test('printSectionId flattens the page id', () => {
    expect(printSectionId('data-engineering/glue')).toBe('p-data-engineering-glue');
  });
});

describe('rewritePrintDocument with a glossary', () => {
  const doc = `<main><section data-print-page="de/kds"><div data-print-content="1"><p><span class="term"><a href="/reference/glossary/#shard" aria-describedby="term-shard">shards</a><span class="term-tip" id="term-shard">Unit.</span></span></p></div></section></main>`;
  const glossary = [
    { id: 'shard', term: 'Shard', definition: 'The unit of capacity.' },
    { id: 'kcl', term: 'KCL', expansion: 'Kinesis Client Library', definition: 'A consumer library.' },
  ];
  const out = rewritePrintDocument(doc, glossary);

  test('lists only the terms the document uses, after its last page, and links them there', () => {
    expect(out).toContain('<section class="print-glossary" id="glossary"><h2>Glossary of terms used</h2><dl><dt id="glossary-shard">Shard</dt><dd>The unit of capacity.</dd></dl></section>');
    expect(out).not.toContain('glossary-kcl');
    expect(out).toContain('<a href="#glossary-shard" aria-describedby="p-de-kds--term-shard">shards</a>');
  });
});

describe('rewritePrintDocument and asides', () => {
  test('qualifies aside labels with the page title so repeated titles stay unique', () => {
    const doc = `<main><section data-print-page="a/x"><h2 class="print-page-title">Page X</h2><div data-print-content="1"><aside aria-label="Exam trap: same"></aside></div></section>` +
      `<section data-print-page="a/y"><h2 class="print-page-title">Page Y</h2><div data-print-content="1"><aside aria-label="Exam trap: same"></aside></div></section></main>`;
    const out = rewritePrintDocument(doc);
    expect(out).toContain('aria-label="Exam trap: same (Page X)"');
    expect(out).toContain('aria-label="Exam trap: same (Page Y)"');
  });
});
