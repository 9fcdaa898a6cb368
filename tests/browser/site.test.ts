/** The built site in real Chromium: search, themes and diagrams, print, questions, accessibility. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, page as builtPage } from '../helpers/dist.ts';
import { axeViolations, startSession, visit, type OpenPage, type Session } from '../helpers/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

/** Which diagram variants are actually displayed on the page. */
async function visibleVariants(page: import('playwright-core').Page) {
  return page.evaluate(() => ({
    light: [...document.querySelectorAll('img.diagram-light')].filter((i) => (i as HTMLElement).offsetParent !== null).length,
    dark: [...document.querySelectorAll('img.diagram-dark')].filter((i) => (i as HTMLElement).offsetParent !== null).length,
    total: document.querySelectorAll('figure.diagram').length,
    loaded: [...document.querySelectorAll<HTMLImageElement>('img.diagram-light')].every((i) => i.complete && i.naturalWidth > 0),
  }));
}

const diagramPage = () => builtPages().find((p) => p.kind === 'docs' && p.root.querySelector('figure.diagram'))!.url;

describe('search', () => {
  test('the dialog finds a page by a key term and opens it', async () => {
    const { page, consoleErrors, close } = await session.open('/');
    await page.click('button[data-open-modal]');
    await page.fill('#guide-search input', 'shard');
    const first = page.locator('#guide-search .pagefind-ui__result-link').first();
    await first.waitFor();
    await expect.poll(() => first.getAttribute('href')).toContain('/data-engineering/kinesis-data-streams/?highlight=shard');
    await first.click();
    await page.waitForURL(/kinesis-data-streams\/\?highlight=shard/);
    expect(await page.locator('h1').textContent()).toBe('Amazon Kinesis Data Streams');
    // The search term is highlighted on the page the result opened.
    await expect.poll(() => page.locator('main mark').count()).toBeGreaterThan(0);
    expect((await page.locator('main mark').first().textContent())!.toLowerCase()).toContain('shard');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('a question in a learner\'s words finds the page, and each result names its chapter and exam tasks', async () => {
    const { page, consoleErrors, close } = await session.open('/');
    await page.click('button[data-open-modal]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#guide-search') !== null)).toBe(true);
    await page.fill('#guide-search input', 'Which service converts speech to text?');
    const first = page.locator('#guide-search .pagefind-ui__result').first();
    await first.locator('.pagefind-ui__result-link').first().waitFor();
    await expect.poll(() => first.locator('.pagefind-ui__result-link').first().getAttribute('href'), { timeout: 5000 }).toContain('/ml-implementation-operations/transcribe/?highlight=converts&highlight=speech&highlight=text');
    await expect.poll(() => first.locator('.pagefind-ui__result-tag').allTextContents()).toEqual([
      'Chapter: Domain 4: Machine Learning Implementation and Operations (20 %) ',
      expect.stringMatching(/^Exam: MLA-C02 tasks? [\d., ]+ $/),
    ]);
    // Starlight's own (hidden) instance stays empty: one search box, one list of results.
    expect(await page.locator('#starlight__search').isHidden()).toBe(true);
    expect(await page.locator('input.pagefind-ui__search-input:visible').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('diagrams by theme', () => {
  test('light shows the light SVG, dark the dark one, print always the light one', async () => {
    const url = diagramPage();
    const light = await session.open(url, { colorScheme: 'light' });
    expect(await visibleVariants(light.page)).toMatchObject({ dark: 0, loaded: true });
    expect((await visibleVariants(light.page)).light).toBe((await visibleVariants(light.page)).total);
    await light.close();

    const dark = await session.open(url, { colorScheme: 'dark' });
    const d = await visibleVariants(dark.page);
    expect([d.light, d.dark]).toEqual([0, d.total]);
    await dark.page.emulateMedia({ media: 'print' });
    const p = await visibleVariants(dark.page);
    expect([p.light, p.dark]).toEqual([p.total, 0]);
    await dark.close();
  });

  test('the theme picker switches the diagram without a reload', async () => {
    const { page, close } = await session.open(diagramPage(), { colorScheme: 'light' });
    await page.selectOption('starlight-theme-select select', 'dark');
    const v = await visibleVariants(page);
    expect([v.light, v.dark]).toEqual([0, v.total]);
    await close();
  });
});

describe('questions', () => {
  const quizPage = () => builtPages().find((p) => p.kind === 'docs' && p.root.querySelector('guide-question[data-kind="single"]'))!.url;

  test('choosing an answer marks it and opens every explanation', async () => {
    const { page, consoleErrors, close } = await session.open(quizPage());
    const question = page.locator('guide-question[data-kind="single"]').first();
    const correct = Number((await question.getAttribute('data-correct'))!.split(',')[0]);
    const wrong = correct === 0 ? 1 : 0;
    expect(await question.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await question.locator(`input[value="${wrong}"]`).check();
    await expect.poll(() => question.locator('.feedback').textContent()).toMatch(/^Not quite: the answer is [A-Z]/);
    expect(await question.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await question.locator(`[data-option="${correct}"]`).getAttribute('data-state')).toBe('correct');
    expect(await question.locator(`[data-option="${wrong}"]`).getAttribute('data-state')).toBe('wrong');
    await question.locator('[data-action="reset"]').click();
    await question.locator(`input[value="${correct}"]`).check();
    await expect.poll(() => question.locator('.feedback').textContent()).toBe('Correct.');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('without JavaScript the answer is a working disclosure', async () => {
    const { page, close } = await session.open(quizPage(), { javaScriptEnabled: false });
    const question = page.locator('guide-question').first();
    expect(await question.locator('input').first().isDisabled()).toBe(true);
    expect(await question.locator('.explanations').isVisible()).toBe(false);
    await question.locator('summary').click();
    expect(await question.locator('.explanations').isVisible()).toBe(true);
    await close();
  });
});

describe('glossary terms', () => {
  test('show their definition on keyboard focus and on hover, without JavaScript', async () => {
    const url = builtPages().find((p) => p.kind === 'docs' && p.root.querySelector('.term'))!.url;
    const { page, close } = await session.open(url, { javaScriptEnabled: false });
    const term = page.locator('.term').first();
    const tip = term.locator('.term-tip');
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await term.locator('a').getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.locator('h1').focus().catch(() => page.mouse.click(1, 1));
    await page.keyboard.press('Tab').catch(() => undefined);
    await term.hover();
    expect(await tip.isVisible()).toBe(true);
    await close();
  });
});

describe('printing', () => {
  test('the printed guide has no clipped tables, no chrome and only light diagrams', async () => {
    const { page, close } = await session.open('/print/', { colorScheme: 'dark', media: 'print', viewport: { width: 718, height: 1000 } });
    const report = await page.evaluate(() => ({
      clipped: [...document.querySelectorAll('main table')]
        .filter((t) => t.scrollWidth > t.clientWidth + 1 || t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((t) => t.closest('section')?.getAttribute('data-print-page')),
      headerShown: (document.querySelector('header.header') as HTMLElement | null)?.offsetParent !== null,
      sidebarShown: !!document.querySelector('#starlight__sidebar') && (document.querySelector('#starlight__sidebar') as HTMLElement).offsetParent !== null,
      darkShown: [...document.querySelectorAll('img.diagram-dark')].some((i) => (i as HTMLElement).offsetParent !== null),
    }));
    expect(report).toEqual({ clipped: [], headerShown: false, sidebarShown: false, darkShown: false });
    await close();
  });

  test('a page and a chapter print without screen controls, the chapter with its cover and contents', async () => {
    // What is on paper: elements that take up room in print emulation. Answer bubbles (radio and
    // checkbox options) stay: on paper they are where the reader marks an answer.
    const shown = (page: import('playwright-core').Page) =>
      page.evaluate(() => {
        const visible = (el: Element) => el.getClientRects().length > 0;
        const all = (selector: string) => [...document.querySelectorAll(selector)].filter(visible).map((el) => el.outerHTML.slice(0, 80));
        return { banners: all('.guide-banner, .sl-banner'), buttons: all('button, [role="button"], select, input:not([type="radio"], [type="checkbox"])'), cover: all('.print-cover, .print-contents').length };
      });
    for (const [url, cover] of [['/data-engineering/glue/', 0], ['/print/data-engineering/', 2]] as const) {
      const { page, close } = await session.open(url, { media: 'screen' });
      // On screen the banner and its Dismiss button are there (so this check can fail).
      const screen = await shown(page);
      expect(screen.banners.length + screen.buttons.length, url).toBeGreaterThan(url.startsWith('/print/') ? -1 : 1);
      await page.emulateMedia({ media: 'print' });
      expect(await shown(page), url).toEqual({ banners: [], buttons: [], cover });
      await close();
    }
  });

  test('the whole-guide document is complete when it is checked or printed (Chromium parses it for seconds)', async () => {
    const expected = builtPage('/print/').root.querySelectorAll('section.print-page').map((s) => s.id);
    const { page, close } = await session.open('/print/', { media: 'print' });
    const loaded = await page.evaluate(() => [...document.querySelectorAll('section.print-page')].map((s) => s.id));
    expect(expected.length).toBeGreaterThan(90);
    expect(loaded).toEqual(expected);
    await close();
  });
});

describe('axe', () => {
  test('finds something when there is something to find (harness check)', async () => {
    const { page, close } = await session.open('/');
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">'));
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await close();
  });
});

describe.each(['light', 'dark'] as const)('every page in %s mode', (colorScheme) => {
  let open: OpenPage;
  beforeAll(async () => {
    open = await session.open('/404.html', { colorScheme });
  });
  afterAll(async () => {
    await open?.close();
  });

  test.each(builtPages().map((p) => p.url))('%s: no axe violations, console errors or requests leaving the site', async (url) => {
    await visit(open, session, url);
    const problems = (await axeViolations(open.page)).map((v) => `${v.id}: ${v.help}: ${v.targets.slice(0, 3).join(', ')}`);
    problems.push(...open.consoleErrors.filter((e) => !(url === '/404.html' && /404/.test(e))), ...open.externalRequests.map((r) => `request left the site: ${r}`));
    expect(problems).toEqual([]);
  }, 300_000); // axe over the whole printed guide (110,000 elements) takes about a minute
});
