/**
 * Screenshots of built pages as a reader sees them: desktop light and dark, phone width, and print
 * emulation (full page). Serves dist/ itself; writes PNGs to .cache/shots/.
 * Usage: npm run shots -- /data-engineering/kinesis-data-streams/ [/other/path/ ...]
 *        npm run shots -- --diagrams   (every rendered diagram at its natural size, light and dark)
 *        npm run shots -- --screen /path/   (the first screen only, for pages too long to view whole)
 *        npm run shots -- --at '#sources' /path/   (one screen, scrolled to the first match of a selector)
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { gotoLoaded, launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const args = process.argv.slice(2);
const at = args.includes('--at') ? args[args.indexOf('--at') + 1] : undefined;
const paths = args.filter((a) => a.startsWith('/') && a !== at);
const diagrams = args.includes('--diagrams');
const fullPage = !args.includes('--screen') && !at;
if (!paths.length && !diagrams) {
  console.error('usage: npm run shots -- [--screen | --at <selector>] /path/ [/path/ ...] | --diagrams');
  process.exit(1);
}
const out = '.cache/shots';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
const views = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const, media: 'screen' as const },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const, media: 'screen' as const },
  { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const, media: 'screen' as const },
  { name: 'print', viewport: { width: 794, height: 1123 }, colorScheme: 'dark' as const, media: 'print' as const },
];
try {
  if (diagrams) {
    const page = await browser.newPage();
    for (const file of readdirSync('public/diagrams').filter((f) => f.endsWith('.svg'))) {
      const background = file.includes('.dark.') ? '#17181c' : '#ffffff';
      await page.goto(`${server.url}/404.html`);
      await page.setContent(`<body style="margin:0;background:${background}"><img src="${server.url}/diagrams/${file}"></body>`);
      await page.waitForFunction(() => document.querySelector('img')!.complete);
      await page.locator('img').screenshot({ path: `${out}/diagram-${file.replace('.svg', '.png')}` });
      console.log(`${out}/diagram-${file.replace('.svg', '.png')}`);
    }
  }
  for (const path of paths) {
    for (const view of views) {
      const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.emulateMedia({ media: view.media });
      await gotoLoaded(page, server.url + path);
      if (at) await page.locator(at).first().scrollIntoViewIfNeeded();
      const file = `${out}/${path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home'}.${view.name}.png`;
      await page.screenshot({ path: file, fullPage });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
