import { describe, expect, test } from 'vitest';
import { accessibilityText, diagramFigure, diagramKey, extractMermaidFences, fenceProblems, fixSvgSize, svgSize } from '../../src/lib/diagrams.ts';

const source = 'flowchart LR\n  accTitle: KDS to S3\n  accDescr: Records flow from a stream to a bucket.\n  A --> B';

describe('diagramKey', () => {
  test('is stable, ignores line-ending and edge whitespace differences', () => {
    expect(diagramKey(source, '12.3.0')).toBe(diagramKey(`\n${source.replaceAll('\n', '\r\n')}\n`, '12.3.0'));
    expect(diagramKey(source, '12.3.0')).toMatch(/^[0-9a-f]{16}$/);
  });

  test('changes with the mermaid version and the source', () => {
    expect(diagramKey(source, '12.3.0')).not.toBe(diagramKey(source, '12.4.0'));
    expect(diagramKey(source, '12.3.0')).not.toBe(diagramKey(source + ' --> C', '12.3.0'));
  });

  test('changes with the SVGO version (renderVersions names Mermaid and SVGO)', () => {
    expect(diagramKey(source, 'mermaid 12.3.0, svgo 4.1.0')).not.toBe(diagramKey(source, 'mermaid 12.3.0, svgo 4.2.0'));
  });
});

describe('accessibilityText', () => {
  test('reads single-line accTitle and accDescr', () => {
    expect(accessibilityText(source)).toEqual({ title: 'KDS to S3', description: 'Records flow from a stream to a bucket.' });
  });

  test('reads a multi-line accDescr block', () => {
    expect(accessibilityText('graph TD\naccTitle: T\naccDescr {\n  line one\n  line two\n}\nA-->B').description).toBe('line one line two');
  });

  test('reports what is missing', () => {
    expect(fenceProblems('flowchart LR\n A --> B')).toHaveLength(2);
    expect(fenceProblems(source)).toEqual([]);
  });
});

describe('extractMermaidFences', () => {
  test('finds fences with their 1-based start line and skips other code', () => {
    const text = ['# Title', '', '```js', 'const a = 1;', '```', '', '```mermaid', 'graph TD', '  A-->B', '```', ''].join('\n');
    expect(extractMermaidFences(text)).toEqual([{ line: 7, source: 'graph TD\n  A-->B' }]);
  });

  test('handles tilde fences and longer backtick fences', () => {
    expect(extractMermaidFences('~~~mermaid\ngraph TD\n~~~\n````mermaid\npie\n````')).toEqual([
      { line: 1, source: 'graph TD' },
      { line: 4, source: 'pie' },
    ]);
  });
});

describe('fixSvgSize / svgSize', () => {
  test('replaces the 100% width with the viewBox size', () => {
    const { svg, width, height } = fixSvgSize('<svg id="x" width="100%" style="max-width: 300px;" viewBox="0 0 300.5 120.2"><g/></svg>');
    expect([width, height]).toEqual([301, 121]);
    expect(svg).toBe('<svg id="x" viewBox="0 0 300.5 120.2" width="301" height="121"><g/></svg>');
    expect(svgSize(svg)).toEqual({ width: 301, height: 121 });
  });

  test('svgSize reads width and height in either order (SVGO sorts attributes)', () => {
    expect(svgSize('<svg height="20" id="x" width="10"><g/></svg>')).toEqual({ width: 10, height: 20 });
    expect(svgSize('<svg id="x"><rect width="1" height="2"/></svg>')).toBeUndefined();
  });

  test('throws when there is no viewBox', () => {
    expect(() => fixSvgSize('<svg width="10"></svg>')).toThrow(/viewBox/);
  });
});

describe('diagramFigure', () => {
  test('gives the light image the alt text and hides the dark copy from assistive technology', () => {
    const html = diagramFigure({ key: 'abc', title: 'A & B', description: 'Say "hi"', width: 10, height: 20 });
    expect(html).toContain('data-pagefind-ignore="all"');
    expect(html).toContain('<img class="diagram-light" src="/diagrams/abc.light.svg" alt="Say &quot;hi&quot;" width="10" height="20"');
    expect(html).toContain('<img class="diagram-dark" src="/diagrams/abc.dark.svg" alt="" aria-hidden="true"');
    expect(html).toContain('<figcaption>A &amp; B <a class="diagram-full print:hidden" href="/diagrams/abc.light.svg">Open full size<span class="sr-only">: A &amp; B</span></a></figcaption>');
    expect(html).not.toMatch(/class="diagram-light"[^>]*loading="lazy"/); // print must never miss the light image
  });
});
