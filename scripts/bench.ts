/**
 * Prints performance figures: build time, pages, bytes a reader downloads per page (HTML, CSS, JS,
 * diagrams; measured in Chromium), diagram and search index sizes, query times, and Lighthouse mobile
 * scores for one page of each kind (served by `astro preview`). Then checks the budgets (BUDGETS
 * below) and exits 1 naming each page and figure over budget.
 * Lighthouse is not a project dependency (it would pull in ~80 packages and needs Node >= 22.19): the
 * first run installs the pinned version into .tools/lighthouse/ (git-ignored).
 * Usage: npm run bench                    (rebuilds first)
 *        npm run bench -- --no-build
 *        npm run bench -- --no-build --lighthouse-only   (scores and budgets only)
 *        npm run bench -- --runs=5   (Lighthouse runs per page, median counts; default 3)
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIAGRAM_DIR } from '../src/lib/diagrams.ts';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, gotoLoaded, launchChromium } from './lib/chromium.ts';
import { loadPagefind } from './lib/pagefind-node.ts';
import { serveStatic } from './lib/static-server.ts';

const QUERIES = ['shard', 'retention period', 'Kinesis Data Firehose', 'crawler', 'Parquet', 'partition', 'Athena', 'lifecycle', 'encryption', 'Glue Data Catalog'];

/** One page of each kind: home, a content page, reference tables, exam page, a generative-AI page, practice, study tools. */
const LIGHTHOUSE_PAGES = [
  '/',
  '/data-engineering/glue/',
  '/reference/comparisons/',
  '/modeling/built-in-algorithms/',
  '/reference/glossary/',
  '/mla-c02/',
  '/generative-ai/rag-knowledge-bases/',
  '/practice/modeling/',
  '/practice/mock-exam/',
  '/study/flashcards/',
  '/study/progress/',
];
const LIGHTHOUSE = 'lighthouse@13.5.0';
const BUDGETS = {
  /** Lighthouse category scores (0–100), mobile. */
  score: 95,
  /** Largest Contentful Paint, mobile (simulated slow 4G and 4× slower CPU), ms. */
  lcpMs: 2500,
  /** All committed diagram SVGs: half of the 12,213,960 bytes (11,928 KB) the 236 files weighed before SVGO (issue 15). */
  diagramBytes: 6_106_980,
};
const CATEGORIES = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best Practices'],
  ['seo', 'SEO'],
] as const;
const overBudget: string[] = [];
const lighthouseOnly = process.argv.includes('--lighthouse-only');
/** Lighthouse runs per page; the median of each figure counts (performance varies with the machine's load). */
const runs = Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 3);

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

/** Bytes a reader downloads per page, print load times, inlining cost, search index and query times. */
async function measure(): Promise<void> {
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

  // What inlining both variants as data URIs would have added to each page with diagrams.
  const inlineCost = docs
    .map((f) => [...readFileSync(path.join('dist', f), 'utf8').matchAll(/src="\/diagrams\/([0-9a-f]+)\.light\.svg"/g)].map((m) => m[1]!))
    .filter((keys) => keys.length)
    .map((keys) => keys.reduce((sum, k) => sum + ['light', 'dark'].reduce((s, v) => s + Math.ceil((statSync(path.join(DIAGRAM_DIR, `${k}.${v}.svg`)).size * 4) / 3), 0), 0));
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
}

/** Committed diagram SVGs: count, total, median and largest file; checks the total against its budget. */
function diagramFiles(): void {
  const svgs = readdirSync(DIAGRAM_DIR).filter((f) => f.endsWith('.svg'));
  const sizes = svgs.map((f) => statSync(path.join(DIAGRAM_DIR, f)).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  const largest = svgs[sizes.indexOf(Math.max(...sizes))];
  const gzipped = svgs.reduce((s, f) => s + gzipSync(readFileSync(path.join(DIAGRAM_DIR, f))).length, 0);
  row('diagrams (light + dark files): total (gzip)', `${svgs.length / 2} diagrams, ${svgs.length} files, ${kb(total)} (gzip ${kb(gzipped)})`);
  row('diagram file: median / largest', `${kb(median(sizes))} / ${kb(Math.max(...sizes))} (${largest})`);
  if (total > BUDGETS.diagramBytes) overBudget.push(`${DIAGRAM_DIR}: diagrams total ${kb(total)} > ${kb(BUDGETS.diagramBytes)}`);
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The Lighthouse CLI, installed into .tools/lighthouse/ on first use. */
function lighthouseCli(): string {
  const dir = path.resolve('.tools/lighthouse');
  const cli = path.join(dir, 'node_modules/lighthouse/cli/index.js');
  const pkg = path.join(dir, 'node_modules/lighthouse/package.json');
  const wanted = LIGHTHOUSE.split('@')[1];
  if (!existsSync(cli) || (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version !== wanted) {
    console.error(`installing ${LIGHTHOUSE} into ${dir} (once)`);
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', LIGHTHOUSE], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return cli;
}

/** Lighthouse mobile scores per page, against `astro preview`; records every figure over budget. */
async function lighthouse(): Promise<void> {
  const cli = lighthouseCli();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  try {
    for (let tries = 0; ; tries++) {
      const up = await fetch(origin + '/').then((r) => r.ok, () => false);
      if (up) break;
      if (tries > 120) throw new Error('astro preview did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    row(`Lighthouse mobile (astro preview), median of ${runs}`, 'perf / a11y / best practices / SEO, LCP');
    for (const page of LIGHTHOUSE_PAGES) {
      const results: Array<{ scores: number[]; lcp: number }> = [];
      for (let run = 0; run < runs; run++) {
        const out = execFileSync(
          process.execPath,
          [cli, origin + page, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless --no-sandbox --disable-gpu'],
          { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
        );
        const report = JSON.parse(out) as {
          categories: Record<string, { score: number | null }>;
          audits: Record<string, { numericValue?: number }>;
          runtimeError?: { message: string };
        };
        if (report.runtimeError) overBudget.push(`${page}: Lighthouse error: ${report.runtimeError.message}`);
        results.push({
          scores: CATEGORIES.map(([id]) => Math.round((report.categories[id]?.score ?? 0) * 100)),
          lcp: report.audits['largest-contentful-paint']?.numericValue ?? Infinity,
        });
      }
      const scores = CATEGORIES.map(([, title], i) => {
        const value = median(results.map((r) => r.scores[i]!));
        if (value < BUDGETS.score) overBudget.push(`${page}: Lighthouse ${title} ${value} < ${BUDGETS.score}`);
        return value;
      });
      const lcp = median(results.map((r) => r.lcp));
      if (lcp > BUDGETS.lcpMs) overBudget.push(`${page}: Largest Contentful Paint ${(lcp / 1000).toFixed(2)} s > ${BUDGETS.lcpMs / 1000} s`);
      const perfRuns = runs > 1 ? `  (performance runs: ${results.map((r) => r.scores[0]).join(', ')})` : '';
      row(`  ${page}`, `${scores.join(' / ')}, LCP ${(lcp / 1000).toFixed(2)} s${perfRuns}`);
    }
  } finally {
    // npx starts astro as a child: end the whole process group this script started.
    try {
      process.kill(-preview.pid!, 'SIGTERM');
    } catch {}
  }
}

if (!lighthouseOnly) await measure();
diagramFiles();
await lighthouse();
if (overBudget.length) {
  console.error(`\nover budget (${overBudget.length}):\n${overBudget.map((o) => `  ${o}`).join('\n')}`);
  process.exit(1);
}
console.log('\nall budgets met');
