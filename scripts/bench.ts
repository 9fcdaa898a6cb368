/**
 * Prints performance figures (never pass/fail): build time, pages, bytes a reader downloads per page
 * (HTML, CSS, JS, diagrams; measured in Chromium), diagram and search index sizes, query times.
 * Usage: npm run bench            (rebuilds first)
 *        npm run bench -- --no-build
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIAGRAM_DIR } from '../src/lib/diagrams.ts';
import type { Page } from 'playwright-core';
import { gotoLoaded, launchChromium } from './lib/chromium.ts';
import { loadPagefind } from './lib/pagefind-node.ts';
import { serveStatic } from './lib/static-server.ts';

const QUERIES = ['shard', 'retention period', 'Kinesis Data Firehose', 'crawler', 'Parquet', 'partition', 'Athena', 'lifecycle', 'encryption', 'Glue Data Catalog'];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};
const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const st = statSync(path.join(dir, f));
    return st.isFile() ? sum + st.size : sum;
  }, 0);
const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  execSync('npx astro build', { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  row('build time (astro build, incl. Pagefind)', `${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const html = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
const docs = html.filter((f) => !f.startsWith('print/') && f !== '404.html');
row('pages built (study / print / other)', `${html.length} (${docs.length} / ${html.filter((f) => f.startsWith('print/')).length} / 1)`);

// What a reader downloads, per study page, in Chromium (cold cache, after the page is idle).
const server = await serveStatic('dist');
const browser = await launchChromium();
const perType: Record<string, number[]> = { document: [], stylesheet: [], script: [], diagrams: [] };
const gz: Record<string, number[]> = { document: [], stylesheet: [], script: [] };
let printLoads = '';
/** Opens a URL in a fresh context (cold cache), lets `watch` see the page first; returns seconds until it is loaded. */
async function load(url: string, watch?: (page: Page) => void): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  watch?.(page);
  const started = performance.now();
  await gotoLoaded(page, server.url + url);
  const seconds = (performance.now() - started) / 1000;
  await context.close();
  return seconds;
}
try {
  for (const file of docs) {
    const bytes: Record<string, number> = { document: 0, stylesheet: 0, script: 0, diagrams: 0 };
    const gzBytes: Record<string, number> = { document: 0, stylesheet: 0, script: 0 };
    await load(`/${file.replace(/index\.html$/, '')}`, (page) =>
      page.on('response', async (res) => {
        const type = res.request().resourceType();
        const body = await res.body().catch(() => Buffer.alloc(0));
        const key = res.url().includes('/diagrams/') ? 'diagrams' : type;
        if (key in bytes) bytes[key]! += body.length;
        if (key in gzBytes) gzBytes[key]! += gzipSync(body).length;
      }),
    );
    for (const k of Object.keys(perType)) perType[k]!.push(bytes[k]!);
    for (const k of Object.keys(gz)) gz[k]!.push(gzBytes[k]!);
  }
  // Printed documents: how long a reader waits until the page is complete and ready to print.
  const loads: string[] = [];
  for (const file of html.filter((f) => f.startsWith('print/')).sort()) {
    const url = `/${file.replace(/index\.html$/, '')}`;
    loads.push(`${url} ${(await load(url)).toFixed(1)} s`);
  }
  printLoads = loads.join(', ');
} finally {
  await browser.close();
  await server.close();
}
for (const [type, label] of [['document', 'HTML'], ['stylesheet', 'CSS'], ['script', 'JS (incl. search UI, loaded when idle)']] as const) {
  row(`${label} per page: median / max`, `${kb(median(perType[type]!))} / ${kb(Math.max(...perType[type]!))}  (gzip ${kb(median(gz[type]!))} / ${kb(Math.max(...gz[type]!))})`);
}
row('printed documents: load until ready to print', printLoads);
const withDiagrams = perType.diagrams!.filter((b) => b > 0);
row('diagram SVG per page with diagrams: median / max', withDiagrams.length ? `${kb(median(withDiagrams))} / ${kb(Math.max(...withDiagrams))}` : 'none');

// Diagrams: committed SVG files, and what inlining both variants as data URIs would have added.
const svgs = readdirSync(DIAGRAM_DIR).filter((f) => f.endsWith('.svg'));
const svgBytes = svgs.map((f) => statSync(path.join(DIAGRAM_DIR, f)).size);
const diagramsByPage = docs.map((f) => [...readFileSync(path.join('dist', f), 'utf8').matchAll(/src="\/diagrams\/([0-9a-f]+)\.light\.svg"/g)].map((m) => m[1]!));
const inlineCost = diagramsByPage
  .filter((keys) => keys.length)
  .map((keys) => keys.reduce((sum, k) => sum + ['light', 'dark'].reduce((s, v) => s + Math.ceil((statSync(path.join(DIAGRAM_DIR, `${k}.${v}.svg`)).size * 4) / 3), 0), 0));
row('diagrams (light + dark files)', `${svgs.length / 2} diagrams, ${kb(svgBytes.reduce((a, b) => a + b, 0))} (gzip ${kb(svgs.reduce((s, f) => s + gzipSync(readFileSync(path.join(DIAGRAM_DIR, f))).length, 0))})`);
row('if inlined as data URIs: HTML added per page', inlineCost.length ? `median ${kb(median(inlineCost))}, max ${kb(Math.max(...inlineCost))}` : 'n/a');

// Search index.
const pf = path.join('dist', 'pagefind');
const indexOnly = ['index', 'fragment'].reduce((s, d) => s + sizeOf(path.join(pf, d)), 0);
row('search index: total / index + fragments', `${kb(sizeOf(pf))} / ${kb(indexOnly)}`);
const search = await loadPagefind('dist');
await search.search('warm up');
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of QUERIES) {
    const t = performance.now();
    await search.search(q);
    times.push(performance.now() - t);
  }
}
await search.close();
row(`search query time in Node: median / max (${times.length})`, `${median(times).toFixed(1)} ms / ${Math.max(...times).toFixed(1)} ms`);
