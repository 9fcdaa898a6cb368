/** Rules over the source files in src/content and public/diagrams that need no build. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagramFile, diagramKey, DIAGRAM_DIR, extractMermaidFences, fenceProblems, MAX_DIAGRAM, svgSize, VARIANTS } from '../../src/lib/diagrams.ts';
import { renderVersions } from '../../src/lib/mermaid-fence.ts';
import { optimiseDiagram } from '../../scripts/lib/svgo.ts';

const files = (dir: string, ext: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => path.join(dir, f));
const docs = files('src/content', /\.mdx?$/);
const fences = docs.flatMap((file) => extractMermaidFences(readFileSync(file, 'utf8')).map((f) => ({ ...f, file })));
const rendered = new Set(readdirSync(DIAGRAM_DIR).filter((f) => f.endsWith('.svg')));
const version = renderVersions();

describe('diagrams', () => {
  test('there are diagrams to check', () => {
    expect(fences.length).toBeGreaterThan(0);
  });

  test('every fence has accTitle and accDescr', () => {
    const problems = fences.flatMap((f) => fenceProblems(f.source).map((p) => `${f.file}:${f.line}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('every fence has its light and dark SVG rendered (run "npm run diagrams")', () => {
    const missing = fences.flatMap((f) =>
      VARIANTS.map((v) => diagramFile(diagramKey(f.source, version), v))
        .filter((file) => !rendered.has(file))
        .map((file) => `${f.file}:${f.line}: ${DIAGRAM_DIR}/${file} is missing`),
    );
    expect(missing).toEqual([]);
  });

  test('every rendered SVG belongs to a fence (run "npm run diagrams" to prune)', () => {
    const keys = new Set(fences.map((f) => diagramKey(f.source, version)));
    expect([...rendered].filter((file) => !keys.has(file.split('.')[0]!))).toEqual([]);
  });

  test('rendered SVGs carry their own size and no script', () => {
    for (const file of rendered) {
      const svg = readFileSync(path.join(DIAGRAM_DIR, file), 'utf8');
      expect(svg, file).toMatch(/^<svg[^>]* width="\d+" height="\d+"/);
      expect(svg, file).not.toMatch(/<script/i);
    }
  });

  test('rendered SVGs are optimised with SVGO (run "npm run diagrams"); reports their bytes', () => {
    const sizes = new Map<string, number>();
    const problems: string[] = [];
    for (const file of rendered) {
      const svg = readFileSync(path.join(DIAGRAM_DIR, file), 'utf8');
      sizes.set(file, Buffer.byteLength(svg));
      // What Mermaid writes and SVGO removes: line breaks, unminified CSS, long decimals, and
      // style rules for elements the diagram does not have.
      if (/\n./.test(svg)) problems.push(`${file}: line breaks inside`);
      const style = [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      if (/;\}|\s\{/.test(style)) problems.push(`${file}: unminified CSS`);
      if (/\.error-icon\b|\.edge-animation-slow\b/.test(style)) problems.push(`${file}: unused Mermaid CSS rules`);
      if (/\s(?:d|transform|viewBox|x|y)="[^"]*\d\.\d{4,}/.test(svg)) problems.push(`${file}: coordinates with 4+ decimals`);
    }
    expect(problems).toEqual([]);
    // Re-optimising gives the same bytes (SVGO takes about a second a file: check the smallest few).
    const smallest = [...sizes.keys()].sort((a, b) => sizes.get(a)! - sizes.get(b)!).slice(0, 3);
    for (const file of smallest) {
      const svg = readFileSync(path.join(DIAGRAM_DIR, file), 'utf8').trimEnd();
      expect(optimiseDiagram(svg) === svg, `${file} changes when optimised again`).toBe(true);
    }
    const sorted = [...sizes.values()].sort((a, b) => a - b);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.info(
      `diagrams: ${rendered.size} SVG files, ${kb(sorted.reduce((a, b) => a + b, 0))} in total, median ${kb(sorted[Math.floor(sorted.length / 2)] ?? 0)}, largest ${kb(sorted.at(-1) ?? 0)}`,
    );
  }, 60_000);

  test('the optimised SVGs keep what their styles, markers and accessible names point at', () => {
    const problems: string[] = [];
    for (const file of rendered) {
      const svg = readFileSync(path.join(DIAGRAM_DIR, file), 'utf8');
      const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
      const id = /\sid="([^"]+)"/.exec(root)?.[1];
      const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      if (!id) problems.push(`${file}: the root <svg> lost its id`);
      else if (!/<style>[\s\S]*?<\/style>/.exec(svg)?.[0].includes(`#${id} `)) problems.push(`${file}: the <style> no longer targets #${id}`);
      if (!/\srole="graphics-document document"/.test(root)) problems.push(`${file}: role lost`);
      for (const attr of ['aria-labelledby', 'aria-describedby']) {
        const ref = new RegExp(`\\s${attr}="([^"]+)"`).exec(root)?.[1];
        if (!ref || !ids.has(ref)) problems.push(`${file}: ${attr} points at nothing`);
      }
      if (!/<title id="[^"]+">[^<]+<\/title>/.test(svg) || !/<desc id="[^"]+">[^<]+<\/desc>/.test(svg)) problems.push(`${file}: <title> or <desc> lost`);
      for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) if (!ids.has(m[1]!)) problems.push(`${file}: url(#${m[1]}) points at nothing`);
      if (!/<text[\s>]/.test(svg)) problems.push(`${file}: no <text> (labels must stay text)`);
    }
    expect(problems).toEqual([]);
  });

  test('fit the text column and an A4 page without shrinking labels below ~80 % (redesign, e.g. flowchart TB)', () => {
    const tooBig = fences.flatMap((f) => {
      const file = diagramFile(diagramKey(f.source, version), 'light');
      const size = rendered.has(file) ? svgSize(readFileSync(path.join(DIAGRAM_DIR, file), 'utf8')) : undefined;
      return size && (size.width > MAX_DIAGRAM.width || size.height > MAX_DIAGRAM.height) ? [`${f.file}:${f.line}: ${size.width}×${size.height}px`] : [];
    });
    expect(tooBig).toEqual([]);
  });
});

describe('content files', () => {
  test('file and folder names are kebab-case', () => {
    const bad = [...docs, ...files('src/content', /\.yaml$/)].filter((f) => !/^[a-z0-9/._-]+$/.test(f) || /[A-Z_ ]/.test(path.basename(f)));
    expect(bad).toEqual([]);
  });

  test('AWS documentation links point at the global English pages', () => {
    // Regional mirrors (docs.amazonaws.cn), translated copies (/ja_jp/…) and .md variants read well
    // for research but readers should land on the canonical page.
    const bad = [...docs, ...files('src/content', /\.yaml$/)].flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/https:\/\/(?:docs\.amazonaws\.cn\/\S*|docs\.aws\.amazon\.com\/[a-z]{2}_[a-z]{2}\/\S*|docs\.aws\.amazon\.com\/\S*?\.md\b)/g)].map((m) => `${f}: ${m[0]}`),
    );
    expect(bad).toEqual([]);
  });

  test("none of the seed notes' OCR garbling survives", () => {
    const garbled = /fire ?house|\bNL insights?\b|sage maker|ansible|segmenter|augmentor studio|kinetics/i;
    const hits = [...docs, ...files('src/content', /\.yaml$/)].filter((f) => garbled.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});
