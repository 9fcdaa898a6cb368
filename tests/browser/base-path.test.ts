/** The site built under a sub-path (dist-base/, as on a GitHub Pages project site), in Chromium. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST_BASE, builtBase } from '../helpers/dist.ts';
import { startSession, type Session } from '../helpers/browser.ts';

let session: Session;
let base: string;
beforeAll(async () => {
  base = builtBase(DIST_BASE);
  session = await startSession(DIST_BASE);
});
afterAll(async () => {
  await session?.close();
});

describe('under a sub-path', () => {
  test('is served only there (so a link that forgets the base would fail)', async () => {
    const origin = new URL(session.url).origin;
    expect(session.url).toBe(origin + base.slice(0, -1));
    expect((await fetch(`${origin}/data-engineering/glue/`)).status).toBe(404);
    expect((await fetch(`${session.url}/data-engineering/glue/`)).status).toBe(200);
  });

  test('search finds a page, opens it under the base and highlights the term', async () => {
    const { page, consoleErrors, externalRequests, close } = await session.open('/');
    await page.click('button[data-open-modal]');
    await page.fill('#guide-search input', 'shard');
    const first = page.locator('#guide-search .pagefind-ui__result-link').first();
    await first.waitFor();
    await expect.poll(() => first.getAttribute('href')).toContain(`${base}data-engineering/kinesis-data-streams/?highlight=shard`);
    await first.click();
    await page.waitForURL(/kinesis-data-streams\/\?highlight=shard/);
    expect(await page.locator('h1').textContent()).toBe('Amazon Kinesis Data Streams');
    await expect.poll(() => page.locator('main mark').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await close();
  });

  test('diagrams, styles and the sidebar load from under the base', async () => {
    const { page, consoleErrors, close } = await session.open('/data-engineering/glue/');
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.reload({ waitUntil: 'networkidle' });
    const diagrams = await page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('img.diagram-light')].map((i) => ({ src: i.getAttribute('src'), ok: i.complete && i.naturalWidth > 0 })));
    expect(diagrams.length).toBeGreaterThan(0);
    for (const d of diagrams) expect(d, d.src ?? '').toMatchObject({ ok: true });
    expect(await page.locator('#starlight__sidebar a[href$="/data-engineering/kinesis-data-streams/"]').getAttribute('href')).toBe(`${base}data-engineering/kinesis-data-streams/`);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('the study tools register the service worker in the base\'s scope and work offline', async () => {
    const { page, consoleErrors, close } = await session.open('/study/progress/');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${session.url}/`);
    // Links the progress script writes in the browser carry the base too.
    await expect.poll(() => page.locator(`main a[href^="${base}practice/"]`).count()).toBeGreaterThan(0);
    await page.context().setOffline(true);
    await page.goto(`${session.url}/study/flashcards/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('.card-front').textContent()).not.toBe('');
    expect(await page.locator('.card-link').getAttribute('href')).toMatch(new RegExp(`^${base}`));
    await page.context().setOffline(false);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('a printed chapter opens, with links between its pages inside the document', async () => {
    const { page, consoleErrors, close } = await session.open('/print/data-engineering/');
    expect(await page.locator('section[data-print-page]').count()).toBeGreaterThan(10);
    expect(await page.locator(`section[data-print-page] a[href^="${base}data-engineering/"]`).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
