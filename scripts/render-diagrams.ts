/**
 * Renders every ```mermaid fence in src/content to public/diagrams/<key>.{light,dark}.svg, in one
 * headless Chromium, optimises each SVG with SVGO (scripts/lib/svgo.ts), skips diagrams already
 * rendered, and deletes SVGs no fence uses any more.
 * Usage: npm run diagrams            (render missing, prune orphans)
 *        npm run diagrams -- --check (render nothing; exit 1 if anything is missing or orphaned)
 * Exit code 1 with "file:line: message" for a Mermaid syntax error or a missing accTitle/accDescr.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { diagramFile, diagramKey, DIAGRAM_DIR, extractMermaidFences, fenceProblems, fixSvgSize, RENDER_CONFIG, VARIANTS } from '../src/lib/diagrams.ts';
import { renderVersions } from '../src/lib/mermaid-fence.ts';
import { launchChromium } from './lib/chromium.ts';
import { optimiseDiagram } from './lib/svgo.ts';

const CONTENT_DIR = 'src/content';
const check = process.argv.includes('--check');

interface Wanted {
  key: string;
  source: string;
  where: string;
}

function collectFences(version: string): { wanted: Map<string, Wanted>; errors: string[] } {
  const wanted = new Map<string, Wanted>();
  const errors: string[] = [];
  const files = readdirSync(CONTENT_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  for (const rel of files.sort()) {
    const file = path.join(CONTENT_DIR, rel);
    for (const fence of extractMermaidFences(readFileSync(file, 'utf8'))) {
      const where = `${file}:${fence.line}`;
      const problems = fenceProblems(fence.source);
      if (problems.length) errors.push(`${where}: ${problems.join('; ')}`);
      const key = diagramKey(fence.source, version);
      if (!wanted.has(key)) wanted.set(key, { key, source: fence.source, where });
    }
  }
  return { wanted, errors };
}

async function render(items: Wanted[]): Promise<string[]> {
  const browser = await launchChromium();
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
    for (const variant of VARIANTS) {
      const results = await page.evaluate(
        async ({ items, theme, config }) => {
          const mermaid = (globalThis as any).mermaid;
          mermaid.initialize({ startOnLoad: false, theme, layout: config.layout, securityLevel: config.securityLevel, fontFamily: config.fontFamily, htmlLabels: config.htmlLabels, flowchart: { htmlLabels: config.htmlLabels } });
          const out: Array<{ key: string; svg?: string; error?: string }> = [];
          for (const { key, source } of items) {
            try {
              out.push({ key, svg: (await mermaid.render(`d${key}${theme}`, source)).svg });
            } catch (e) {
              out.push({ key, error: String((e as Error)?.message ?? e) });
            }
          }
          return out;
        },
        { items: items.map(({ key, source }) => ({ key, source })), theme: RENDER_CONFIG.themes[variant], config: RENDER_CONFIG },
      );
      for (const result of results) {
        const item = items.find((i) => i.key === result.key)!;
        if (result.error || !result.svg) {
          if (variant === 'light') errors.push(`${item.where}: Mermaid syntax error: ${result.error?.split('\n').slice(0, 4).join(' ')}`);
          continue;
        }
        // Optimised as part of the render (SVGO version and settings are in the key), so the same
        // source always gives the same bytes.
        writeFileSync(path.join(DIAGRAM_DIR, diagramFile(result.key, variant)), optimiseDiagram(fixSvgSize(result.svg).svg) + '\n');
      }
    }
  } finally {
    await browser.close();
  }
  return errors;
}

async function main() {
  const started = performance.now();
  const version = renderVersions();
  const { wanted, errors } = collectFences(version);
  mkdirSync(DIAGRAM_DIR, { recursive: true });
  const missing = [...wanted.values()].filter((w) => VARIANTS.some((v) => !existsSync(path.join(DIAGRAM_DIR, diagramFile(w.key, v)))));
  const orphans = readdirSync(DIAGRAM_DIR).filter((f) => f.endsWith('.svg') && !wanted.has(f.split('.')[0]!));

  if (check) {
    for (const m of missing) errors.push(`${m.where}: diagram ${m.key} is not rendered (run "npm run diagrams")`);
    for (const o of orphans) errors.push(`${DIAGRAM_DIR}/${o}: no fence uses this file (run "npm run diagrams" to prune)`);
  } else {
    if (missing.length && !errors.length) errors.push(...(await render(missing)));
    // Prune only after a clean run, so a failed edit does not delete files a revert would need.
    if (!errors.length) for (const o of orphans) rmSync(path.join(DIAGRAM_DIR, o));
  }
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`diagrams: ${wanted.size} in content, ${check ? 0 : missing.length} rendered, ${check ? 0 : orphans.length} pruned (${secs} s)`);
}

await main();
