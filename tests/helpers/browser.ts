/**
 * A served dist/ and one Chromium for a browser test file. Every page opened through `open()`
 * records console errors and blocks (and records) any request that would leave the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { gotoLoaded, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST, builtBase, requireBuild } from './dist.ts';

export interface Session {
  /** Where the site is served, ending with its base without the slash: `url + '/practice/'` opens a page. */
  url: string;
  open(path: string, options?: BrowserContextOptions & { media?: 'screen' | 'print' }): Promise<OpenPage>;
  close(): Promise<void>;
}

/** Moves an open page to another path, clearing what was recorded for the previous one. */
export async function visit(open: OpenPage, session: Session, path: string): Promise<void> {
  open.consoleErrors.length = 0;
  open.externalRequests.length = 0;
  await gotoLoaded(open.page, session.url + path);
}

export interface OpenPage {
  page: Page;
  consoleErrors: string[];
  externalRequests: string[];
  close(): Promise<void>;
}

/** Serves a build (dist/ by default; dist-base/ under its sub-path) and starts Chromium. */
export async function startSession(dir = DIST): Promise<Session> {
  requireBuild(dir);
  const server: StaticServer = await serveStatic(dir, { base: builtBase(dir) });
  const browser: Browser = await launchChromium();
  const origin = new URL(server.url).host;
  return {
    url: server.url,
    async open(path, { media = 'screen', ...options } = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const consoleErrors: string[] = [];
      const externalRequests: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.host === origin || url.protocol === 'data:') return route.continue();
        externalRequests.push(url.href);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(`${path}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => consoleErrors.push(`${path}: ${err.message}`));
      await page.emulateMedia({ media });
      await gotoLoaded(page, server.url + path);
      return { page, consoleErrors, externalRequests, close: () => context.close() };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core with the WCAG 2.0–2.2 A and AA rules plus best practices, and the experimental
 * label-content-name-mismatch rule (WCAG 2.5.3), which axe leaves off by default.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Open every <details> so that axe also checks the answers and explanations readers reveal.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n: any) => n.target.join(' ')) }));
  });
}
