/**
 * Zooming a diagram on a phone. Each diagram's caption ends with a visible "Open full size" link to
 * the light SVG (diagramFigure in src/lib/diagrams.ts). With JavaScript it opens a dialog with the
 * diagram at its own size in the current theme (src/scripts/diagram-zoom.ts); without, the browser shows
 * the SVG alone, where readers pinch-zoom and pan, and Back returns to the page. Hidden in print.
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
  test('the keyboard opens the diagram at its own size in a dialog, in the current theme; axe finds nothing; Escape closes it and focus returns', async () => {
    const { page, consoleErrors, externalRequests, close } = await session.open(PAGE, { ...PHONE, colorScheme: 'dark' });
    const link = page.locator('figure.diagram a.diagram-full').first();
    const darkSrc = await page.locator('figure.diagram img.diagram-dark').first().getAttribute('src');
    const inPage = await page.locator('figure.diagram img.diagram-dark').first().boundingBox();
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Worked example/ });
    await dialog.waitFor();
    expect(new URL(page.url()).pathname.endsWith(PAGE), 'stays on the page').toBe(true);
    const img = dialog.locator('img');
    await img.evaluate((i: HTMLImageElement) => i.decode());
    expect(new URL((await img.getAttribute('src'))!, page.url()).pathname).toBe(new URL(darkSrc!, page.url()).pathname);
    expect(await img.getAttribute('alt')).toBeTruthy();
    const shown = await dialog.locator('.diagram-dialog-body').evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth, img: b.querySelector('img')!.getBoundingClientRect().width }));
    // Its own size: wider than in the page and than the phone, so the dialog scrolls sideways.
    expect(shown.img).toBe(Number(await img.getAttribute('width')));
    expect(shown.img).toBeGreaterThan(inPage!.width);
    expect(shown.scroll).toBeGreaterThan(shown.client);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    const problems = (await axeViolations(page)).map((v) => `${v.id}: ${v.help}: ${v.targets.slice(0, 3).join(', ')}`);
    expect(problems).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await link.evaluate((a) => a === document.activeElement), 'focus returns to the link').toBe(true);
    // The Close button and a tap outside the image close it too.
    await link.click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await link.click();
    await page.mouse.click(2, 2);
    await dialog.waitFor({ state: 'hidden' });
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await close();
  });

  test('without JavaScript the keyboard opens the SVG itself full size and Back closes it', async () => {
    const { page, consoleErrors, close } = await session.open(PAGE, { ...PHONE, colorScheme: 'light', javaScriptEnabled: false });
    const link = page.locator('figure.diagram a.diagram-full').first();
    expect(await link.isVisible()).toBe(true);
    expect(await link.innerText()).toMatch(/^Open full size/);
    // Starlight's server HTML says data-theme="dark" until its script runs, so the dark copy is the one shown.
    const inPage = await page.locator('figure.diagram img:visible').first().boundingBox();

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
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('the link is not printed', async () => {
    const { page, close } = await session.open(PAGE, { ...PHONE, media: 'print' });
    expect(await page.locator('figure.diagram a.diagram-full').first().isVisible()).toBe(false);
    await close();
  });
});
