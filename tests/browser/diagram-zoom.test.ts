/**
 * Zooming a diagram on a phone. Each diagram's caption ends with a visible "Open full size" link to
 * the light SVG (diagramFigure in src/lib/diagrams.ts): the browser shows the SVG alone at its own
 * size, where readers pinch-zoom and pan, and Back returns to the page. No script, hidden in print.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, startSession, type Session } from '../helpers/browser.ts';

const PAGE = '/data-engineering/end-to-end-pipeline/';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('diagram zoom at phone width', () => {
  test('the keyboard opens a diagram full size and Back closes it; axe finds nothing', async () => {
    const { page, consoleErrors, close } = await session.open(PAGE, { ...PHONE, colorScheme: 'light' });
    const link = page.locator('figure.diagram a.diagram-full').first();
    expect(await link.isVisible()).toBe(true);
    expect(await link.innerText()).toMatch(/^Open full size/);
    const inPage = await page.locator('figure.diagram img.diagram-light').first().boundingBox();

    // Tab to the link (never more than every focusable element once).
    const focusable = await page.locator('a[href], button, input, select, [tabindex]').count();
    let reached = false;
    for (let i = 0; i < focusable && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await link.evaluate((a) => a === document.activeElement);
    }
    expect(reached, 'Tab never reaches "Open full size"').toBe(true);
    // A visible focus indicator.
    expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/diagrams\/[0-9a-f]{16}\.light\.svg$/);
    const full = await page.evaluate(() => ({
      root: document.documentElement.localName,
      width: document.documentElement.getBoundingClientRect().width,
      own: Number(document.documentElement.getAttribute('width')),
    }));
    // The SVG alone, at its own size (wider than the phone's text column), where pinch-zoom works.
    expect(full.root).toBe('svg');
    expect(full.width).toBe(full.own);
    expect(full.own).toBeGreaterThan(inPage!.width);

    await page.goBack();
    await page.waitForURL((url) => url.pathname.endsWith(PAGE));
    expect(await page.locator('figure.diagram').first().isVisible()).toBe(true);
    const problems = (await axeViolations(page)).map((v) => `${v.id}: ${v.help}: ${v.targets.slice(0, 3).join(', ')}`);
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('the link is not printed', async () => {
    const { page, close } = await session.open(PAGE, { ...PHONE, media: 'print' });
    expect(await page.locator('figure.diagram a.diagram-full').first().isVisible()).toBe(false);
    await close();
  });
});
