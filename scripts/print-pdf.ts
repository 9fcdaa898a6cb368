/**
 * Writes one PDF per chapter and one for the whole guide from the built print routes:
 * dist/pdf/<domain>.pdf and dist/pdf/aws-ml-study-guide.pdf (A4, page numbers, outline, tagged).
 * Usage: npm run build && npm run pdf [-- data-engineering]   (Chromium required)
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gotoLoaded, launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const printDir = path.join('dist', 'print');
const chapters = readdirSync(printDir).filter((d) => statSync(path.join(printDir, d)).isDirectory());
const jobs = [
  ...chapters.map((c) => ({ name: c, url: `/print/${c}/` })),
  { name: 'aws-ml-study-guide', url: '/print/' },
].filter((j) => only.length === 0 || only.includes(j.name));

const outDir = path.join('dist', 'pdf');
mkdirSync(outDir, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const job of jobs) {
    const started = performance.now();
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await gotoLoaded(page, server.url + job.url);
    await page.emulateMedia({ media: 'print' });
    const title = (await page.title()).replace(/ \|.*$/, '');
    const file = path.join(outDir, `${job.name}.pdf`);
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      outline: true,
      tagged: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font: 8px Arial, sans-serif; color: #666; width: 100%; padding: 0 16mm;">${title.replace(/[<&]/g, '')}</div>`,
      footerTemplate:
        '<div style="font: 8px Arial, sans-serif; color: #666; width: 100%; padding: 0 16mm; text-align: right;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    await context.close();
    const kb = Math.round(statSync(file).size / 1024);
    console.log(`${file}: ${kb} KB (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
}
