/** The review loop in Chromium: shuffled options, flags, retry-mistakes sets, score history, the Anki deck, unreadable data. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, startSession, type Session } from '../helpers/browser.ts';

const KEY = 'mls-study';
const CORRUPT_KEY = 'mls-study-unreadable';
let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

type Page = import('playwright-core').Page;
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const axeIds = async (page: Page) => (await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`);
const seed = (page: Page, value: unknown) => page.evaluate(([key, v]) => localStorage.setItem(key as string, typeof v === 'string' ? v : JSON.stringify(v)), [KEY, value] as const);
const state = (extra: Record<string, unknown> = {}) => ({
  app: 'aws-ml-study-guide', version: 2, answers: {}, cards: {}, studied: {}, exam: null, history: [], plan: {}, newCards: { day: '', count: 0 }, seed: 12345, flagged: [], sessions: [], ...extra,
});

/** The authored indexes of a practice question's options in shown order, and the shown letters. */
const shown = (question: import('playwright-core').Locator) => question.locator('.options li').evaluateAll((lis) => lis.map((li) => `${(li as HTMLElement).dataset.option}${li.querySelector('.letter')!.textContent}`));

describe('options shuffled per attempt', () => {
  test('practice: the order holds across a reload (from a fresh browser), letters follow it, and the HTML keeps the authored order', async () => {
    const { page, consoleErrors, close } = await session.open('/practice/modeling/');
    const question = page.locator('guide-question:visible');
    // The set's questions arrive from its data file after first paint.
    await question.waitFor();
    const order = await shown(question);
    expect(order.map((o) => o.slice(1))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.', 'F.'].slice(0, order.length));
    await page.reload();
    await question.waitFor();
    expect(await shown(question)).toEqual(order);
    expect((await stored(page)).seed).toBeGreaterThan(0);
    // Some question in the set is shown out of the authored order (questions render as they are shown).
    for (let i = 0; i < 6; i++) await page.locator('[data-go="1"]').click();
    const orders = await page.locator('guide-question').evaluateAll((qs) => qs.map((q) => [...q.querySelectorAll<HTMLElement>('.options li')].map((li) => li.dataset.option).join('')));
    expect(orders.length).toBeGreaterThan(1);
    expect(orders.some((o) => o !== [...o].sort().join(''))).toBe(true);
    await page.reload();
    await question.waitFor();
    // "Answer: X" and "X: correct." name the shown letters of the correct options.
    const correct = (await question.getAttribute('data-correct'))!.split(',');
    const letters = order.filter((o) => correct.includes(o[0]!)).map((o) => o[1]);
    expect(await question.locator('.answer-letters').textContent()).toBe(`Answer: ${letters.join(' and ')}`);
    const explained = await question.locator('.explanations li[data-correct] .explain-letter').allTextContents();
    expect(explained.sort()).toEqual(letters);
    expect(await question.locator('.explanations .explain-letter').allTextContents()).toEqual(order.map((o) => o[1]));
    // Answering it wrong says the shown letters.
    const wrong = order.find((o) => !correct.includes(o[0]!))![0];
    await question.locator(`input[value="${wrong}"]`).check();
    if ((await question.getAttribute('data-kind')) === 'multiple') await question.locator('[data-action="check"]').click();
    await expect.poll(() => question.locator('.feedback').textContent()).toBe(`Not quite: the answer is ${letters.join(' and ')}.`);
    const id = await question.getAttribute('data-id');
    expect((await stored(page)).answers[id!][0].chosen).toEqual([Number(wrong)]);
    expect(consoleErrors).toEqual([]);
    await close();

    // Server HTML (content pages; practice sets without JavaScript link to them) keeps the authored order.
    const noJs = await session.open('/data-engineering/kinesis-data-streams/', { javaScriptEnabled: false });
    const first = await noJs.page.locator('guide-question').first().locator('.options li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.option));
    expect(first).toEqual(first.map((_, i) => String(i)));
    await noJs.close();
  });

  test('mock exam: the order holds across a reload and in the review', async () => {
    const { page, consoleErrors, close } = await session.open('/practice/mock-exam/');
    await page.click('[data-action="start"]');
    await expect.poll(() => page.locator('.exam-question h2').textContent()).toBe('Question 1 of 65');
    const texts = () => page.locator('.exam-question .options li label > span:last-child').allTextContents();
    const values = () => page.locator('.exam-question .options input').evaluateAll((is) => is.map((i) => (i as HTMLInputElement).value));
    const before = { texts: await texts(), values: await values() };
    expect((await stored(page)).exam.seed).toEqual(expect.any(Number));
    await page.reload();
    await expect.poll(() => page.locator('.exam-question h2').textContent()).toBe('Question 1 of 65');
    expect({ texts: await texts(), values: await values() }).toEqual(before);
    await page.click('[data-action="submit"]');
    await page.click('[data-action="confirm-submit"]');
    await expect.poll(() => page.locator('.review-item').count()).toBe(65);
    const item = page.locator('.review-item').first();
    const reviewed = await item.locator('.review-options li').allTextContents();
    expect(reviewed.map((t, i) => t.startsWith(`${String.fromCharCode(65 + i)}: `) && t.includes(before.texts[i]!))).toEqual(before.texts.map(() => true));

    // Flag it for practice from the review.
    const flag = item.locator('.review-flag button');
    expect(await flag.getAttribute('aria-pressed')).toBe('false');
    await flag.click();
    expect(await flag.getAttribute('aria-pressed')).toBe('true');
    const id = (await stored(page)).history[0].questions[0];
    expect((await stored(page)).flagged).toEqual([id]);
    expect(await axeIds(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('review loop', () => {
  test('retry mistakes and flagged sets per exam and domain', async () => {
    const { page, consoleErrors, close } = await session.open('/practice/data-engineering/');
    const question = page.locator('guide-question:visible');
    const id = await question.getAttribute('data-id');
    const correct = (await question.getAttribute('data-correct'))!.split(',').map(Number);
    await question.locator(`input[value="${[0, 1, 2, 3].find((i) => !correct.includes(i))}"]`).check();
    if ((await question.getAttribute('data-kind')) === 'multiple') await question.locator('[data-action="check"]').click();
    await page.click('[data-go="1"]');
    const second = page.locator('guide-question:visible');
    const flaggedId = await second.getAttribute('data-id');
    const flag = second.locator('[data-action="flag"]');
    expect(await flag.getAttribute('aria-pressed')).toBe('false');
    await flag.click();
    expect(await flag.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-count="flagged"]').textContent()).toBe('(1)');
    expect(await axeIds(page)).toEqual([]);
    const s = await stored(page);
    expect(s.flagged).toEqual([flaggedId]);
    expect(s.sessions).toHaveLength(1);
    expect(s.sessions[0]).toMatchObject({ examId: 'mls-c01', set: 'data-engineering', byDomain: { 'data-engineering': { total: 1 } } });

    await page.goto(`${session.url}/practice/review/`);
    const row = page.locator('[data-exam="mls-c01"] tbody tr', { hasText: 'Data Engineering' });
    expect(await row.locator('td').nth(1).textContent()).toBe('Retry mistakes (1)');
    expect(await row.locator('td').nth(2).textContent()).toBe('Flagged (1)');
    expect(await page.locator('[data-exam="mls-c01"] tbody tr', { hasText: 'Modeling' }).locator('td').nth(1).textContent()).toBe('Retry mistakes (0)');
    expect(await axeIds(page)).toEqual([]);
    await row.locator('a', { hasText: 'Retry mistakes' }).click();
    await page.waitForURL(/\/practice\/data-engineering\/\?show=wrong$/);
    await page.locator('guide-question:visible').waitFor();
    expect(await page.locator('input[name="practice-filter"]:checked').getAttribute('value')).toBe('wrong');
    expect(await page.locator('guide-question:visible').getAttribute('data-id')).toBe(id);
    expect(await page.locator('.position').textContent()).toBe('Question 1 of 1');

    await page.goto(`${session.url}/practice/review/`);
    await page.locator('[data-exam="mls-c01"] tbody tr', { hasText: 'Data Engineering' }).locator('a', { hasText: 'Flagged' }).click();
    await page.waitForURL(/\?show=flagged$/);
    await expect.poll(() => page.locator('guide-question:visible').getAttribute('data-id')).toBe(flaggedId);
    expect(await page.locator('guide-question:visible').getAttribute('data-id')).toBe(flaggedId);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('the progress page charts scores per domain after two mock exams, with a table', async () => {
    const { page, consoleErrors, close } = await session.open('/404.html');
    const exam = (at: string, right: number) => ({
      examId: 'mla-c02', at: Date.parse(at), right, total: 8, timedOut: false, questions: [], answers: {}, flagged: [],
      byDomain: { 'data-preparation': { right, total: 2 }, 'model-development': { right: 1, total: 2 } },
    });
    await page.goto(`${session.url}/study/progress/`);
    await expect.poll(() => page.locator('.history-empty').isVisible()).toBe(true);
    await seed(page, state({ history: [exam('2026-11-01T10:00:00Z', 1), exam('2026-11-20T10:00:00Z', 2)], plan: { exam: 'mla-c02' } }));
    await page.reload();
    await expect.poll(() => page.locator('.history-chart').count()).toBe(4);
    expect(await page.locator('.history-empty').isVisible()).toBe(false);
    const domains = await page.locator('.domains tbody tr').count();
    expect(await page.locator('.history-chart').count()).toBe(domains);
    const first = page.locator('.history-chart').first();
    expect(await first.locator('text.label').allTextContents()).toEqual(['50 %', '100 %']);
    expect(await first.locator('figcaption').textContent()).toMatch(/2 attempts, latest 100 %$/);
    expect(await page.locator('.history-table tbody tr').count()).toBe(2);
    expect(await page.locator('.history-table tbody tr').first().locator('td').allTextContents()).toEqual(expect.arrayContaining(['mock exam', '1 of 2 (50 %)']));
    expect(await axeIds(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('Anki export', () => {
  test('the deck parses: header lines, then one note of three fields per flashcard', async () => {
    const { page, close } = await session.open('/study/flashcards/');
    const cards = Number((await page.locator('guide-flashcards > p').first().textContent())!.match(/^(\d+) cards/)![1]);
    const link = page.locator('a[href$="/study/anki-deck.txt"]');
    expect(await link.getAttribute('download')).toMatch(/\.txt$/);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    const text = await response.text();
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack\tLink']);
    const notes = lines.slice(3).map((l) => l.split('\t'));
    expect(notes).toHaveLength(cards);
    expect(notes.filter((n) => n.length !== 3 || !n[0] || !n[1])).toEqual([]);
    expect(notes.filter((n) => !/^<a href="http:\/\/127\.0\.0\.1:4321\/[^"]+">[^<]+<\/a>$/.test(n[2]!))).toEqual([]);
    expect(await axeIds(page)).toEqual([]);
    await close();
  });
});

describe('unreadable or old data', () => {
  test('garbage is kept aside under another key with an alert; nothing else is lost', async () => {
    const { page, consoleErrors, close } = await session.open('/404.html');
    await page.evaluate(() => localStorage.setItem('unrelated', 'keep me'));
    await seed(page, '}}garbage{{');
    for (const path of ['/practice/review/', '/practice/modeling/', '/practice/mock-exam/', '/study/progress/']) {
      await seed(page, '}}garbage{{');
      await page.goto(`${session.url}${path}`);
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), CORRUPT_KEY)).toBe('}}garbage{{');
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBe('}}garbage{{');
      // Gone, or replaced by a fresh state (a practice page saves its option-order seed).
      const now = await stored(page);
      if (now !== null) expect(now).toMatchObject({ version: 2, answers: {}, history: [] });
    }
    await expect.poll(() => page.locator('.notice[role="alert"]').textContent()).toMatch(/damaged \(not valid JSON\) and was discarded\. A copy was kept in this browser under the key "mls-study-unreadable"\./);
    expect(await page.locator('.dashboard').isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('unrelated'))).toBe('keep me');
    expect(await axeIds(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('version 1 data loads, migrated, without a notice', async () => {
    const { page, consoleErrors, close } = await session.open('/404.html');
    const v1 = state({ version: 1, answers: { 'data-engineering/kinesis-shards': [{ at: 1, right: false, chosen: [0] }] } }) as Record<string, unknown>;
    delete v1.seed;
    delete v1.flagged;
    delete v1.sessions;
    await seed(page, v1);
    await page.goto(`${session.url}/practice/review/`);
    expect(await page.locator('.notice').isVisible()).toBe(false);
    expect(await page.evaluate((k) => localStorage.getItem(k), CORRUPT_KEY)).toBeNull();
    await page.goto(`${session.url}/study/progress/`);
    expect(await page.locator('.notice').isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
