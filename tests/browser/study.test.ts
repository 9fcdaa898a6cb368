/** The study tools in Chromium: practice, progress, mock exam (fake clock), flashcards, data export/import. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, startSession, type Session } from '../helpers/browser.ts';

const KEY = 'mls-study';
let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const stored = (page: import('playwright-core').Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const axeIds = async (page: import('playwright-core').Page) => (await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`);

describe('practice and progress', () => {
  test('an answer is kept across a reload and shows in the practice filter and on the progress page', async () => {
    const { page, consoleErrors, close } = await session.open('/practice/data-engineering/');
    const count = (filter: string) => page.locator(`[data-count="${filter}"]`).textContent();
    await expect.poll(() => count('all')).not.toBe('');
    expect(await count('unanswered')).toBe(await count('all'));
    const question = page.locator('guide-question:visible');
    const id = await question.getAttribute('data-id');
    const correct = (await question.getAttribute('data-correct'))!.split(',').map(Number);
    const wrong = [0, 1, 2, 3].find((i) => !correct.includes(i))!;
    await question.locator(`input[value="${wrong}"]`).check();
    if ((await question.getAttribute('data-kind')) === 'multiple') await question.locator('[data-action="check"]').click();
    await expect.poll(() => question.locator('.explanations').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => count('all')).not.toBe('');
    const all = Number((await count('all'))!.slice(1, -1));
    expect(await count('unanswered')).toBe(`(${all - 1})`);
    expect(await count('wrong')).toBe('(1)');
    await page.check('input[value="wrong"]');
    expect(await page.locator('guide-question:visible').getAttribute('data-id')).toBe(id);
    expect((await stored(page)).answers[id!]).toHaveLength(1);

    await page.goto(`${session.url}/study/progress/`);
    await expect.poll(() => page.locator('.tasks tbody tr', { hasText: '0 right of 1 answered' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('mark as studied persists, and expires when the page content changes', async () => {
    const { page, close } = await session.open('/data-engineering/glue/');
    const mark = page.locator('guide-studied');
    await expect.poll(() => mark.isVisible()).toBe(true);
    await mark.locator('button').click();
    await page.reload();
    expect(await mark.locator('.status').textContent()).toMatch(/^You marked this page as studied on /);
    expect(await mark.locator('button').getAttribute('aria-pressed')).toBe('true');
    await page.evaluate((key) => {
      const s = JSON.parse(localStorage.getItem(key)!);
      s.studied['data-engineering/glue'].version = 'older-version';
      localStorage.setItem(key, JSON.stringify(s));
    }, KEY);
    await page.reload();
    expect(await mark.locator('.status').textContent()).toMatch(/but it has changed since: read it again\.$/);
    await close();
  });

  test('corrupted storage is dropped with a visible message, never a crash', async () => {
    const { page, consoleErrors, close } = await session.open('/404.html');
    await page.evaluate((key) => localStorage.setItem(key, '{"app":"aws-ml-study-guide","version":1,"answers":'), KEY);
    await page.goto(`${session.url}/study/progress/`);
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/damaged \(not valid JSON\) and was discarded/);
    expect(await page.locator('.dashboard').isVisible()).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('export then import round-trips the data', async () => {
    const { page, close } = await session.open('/data-engineering/kinesis-data-streams/');
    await page.locator('guide-question').first().locator('input').first().check();
    await page.goto(`${session.url}/study/progress/`);
    const before = await stored(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')]);
    expect(download.suggestedFilename()).toMatch(/^aws-ml-study-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    await page.click('[data-action="reset"]');
    await page.click('[data-action="reset-confirm"]');
    expect(Object.keys((await stored(page)).answers)).toEqual([]);
    await page.setInputFiles('input[type="file"]', file);
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/^Imported your progress/);
    expect(await stored(page)).toEqual(before);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(before);
    await page.setInputFiles('input[type="file"]', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"foo":1}') });
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/^Nothing was imported: the file was not made by this guide/);
    expect(await stored(page)).toEqual(before);
    await close();
  });

  test('the planner gives a week-by-week plan', async () => {
    const { page, close } = await session.open('/study/progress/');
    await page.fill('input[name="examDate"]', '2099-01-31');
    await page.fill('input[name="hours"]', '6');
    await page.click('.planner button[type="submit"]');
    await expect.poll(() => page.locator('.plan-output').textContent()).toMatch(/weeks, \d+(\.5)? hours/);
    expect(await page.locator('.weeks li').first().textContent()).toMatch(/^Week 1: task \d\.\d/);
    expect((await stored(page)).plan).toEqual({ examDate: '2099-01-31', hoursPerWeek: 6 });
    await close();
  });

  test('progress and the planner follow the exam the learner picks (MLA-C02: its 12 tasks and weights)', async () => {
    const { page, consoleErrors, close } = await session.open('/study/progress/');
    // Nothing chosen yet: the exam one can take now.
    expect(await page.locator('input[name="study-exam"]:checked').getAttribute('value')).toBe('mla-c02');
    expect(await page.locator('.domains caption').textContent()).toBe('MLA-C02 domains');
    expect(await page.locator('.tasks tbody tr').count()).toBe(12);
    expect(await page.locator('.tasks tbody a').first().getAttribute('href')).toMatch(/\/practice\/mla-c02\/task-\d-\d\/$/);
    await page.fill('input[name="examDate"]', '2099-01-31');
    await page.fill('input[name="hours"]', '6');
    await page.click('.planner button[type="submit"]');
    await expect.poll(() => page.locator('.plan-output').textContent()).toMatch(/^MLA-C02: \d+ weeks/);
    expect(await page.locator('.plan-output').textContent()).toMatch(/task \d\.\d (Collect and store data|Perform data transformation|Validate data quality|Choose appropriate modeling|Train, fine-tune|Analyze and evaluate|Manage deployment|Provision and configure|Implement automated orchestration|Monitor ML and AI|Optimize and manage|Secure ML and AI)/);

    // Switching to MLS-C01 brings back its 15 tasks, and the choice is kept.
    await page.check('input[name="study-exam"][value="mls-c01"]');
    await expect.poll(() => page.locator('.tasks tbody tr').count()).toBe(15);
    expect(await page.locator('.domains caption').textContent()).toBe('MLS-C01 domains');
    expect((await stored(page)).plan).toEqual({ examDate: '2099-01-31', hoursPerWeek: 6, exam: 'mls-c01' });
    await page.reload();
    expect(await page.locator('input[name="study-exam"]:checked').getAttribute('value')).toBe('mls-c01');
    expect(await axeIds(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('mock exam', () => {
  test('MLS-C01: runs by keyboard, survives a reload, times out on a fake clock and scores per domain', async () => {
    const { page, consoleErrors, close } = await session.open('/404.html');
    await page.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
    await page.goto(`${session.url}/practice/mock-exam/`);
    await page.check('input[name="mock-exam"][value="mls-c01"]');
    await page.focus('[data-action="start"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.exam-question h2').textContent()).toMatch(/^Question 1 of \d+$/);
    const total = Number((await page.locator('.exam-question h2').textContent())!.split(' of ')[1]);
    // The installed clock still runs in real time between steps: allow a few seconds.
    expect(await page.locator('.timer-value').textContent()).toMatch(/^(3:00:00|2:59:5\d)$/);
    expect(await axeIds(page)).toEqual([]);

    await page.focus('.exam-question input >> nth=0');
    await page.keyboard.press('Space');
    await page.click('[data-action="flag"]');
    expect(await page.locator('[data-action="flag"]').getAttribute('aria-pressed')).toBe('true');
    await page.click('[data-action="next"]');
    await page.clock.fastForward('10:00');
    await page.reload();
    await expect.poll(() => page.locator('.exam-question h2').textContent()).toBe(`Question 2 of ${total}`);
    expect(await page.locator('.exam-progress').textContent()).toBe(`1 of ${total} answered · 1 flagged`);
    expect(await page.locator('.navigator button').first().getAttribute('aria-label')).toBe('Question 1, answered, flagged');
    expect(await page.locator('.timer-value').textContent()).toMatch(/^2:(50:00|49:5\d)$/);

    await page.clock.fastForward('02:50:01');
    await expect.poll(() => page.locator('[data-view="results"]').isVisible()).toBe(true);
    expect(await page.locator('.score').textContent()).toMatch(new RegExp(`^[01] of ${total} right \\(\\d+ %\\)\\. Time ran out`));
    expect(await page.locator('.domains caption').textContent()).toBe('By MLS-C01 domain');
    expect(await page.locator('.domains tbody tr').count()).toBe(4);
    expect(await page.locator('.review-item').count()).toBe(total);
    expect(await axeIds(page)).toEqual([]);
    const state = await stored(page);
    expect(state.exam).toBeNull();
    expect(state.history).toHaveLength(1);
    expect(state.history[0].timedOut).toBe(true);
    expect(state.history[0].examId).toBe('mls-c01');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('MLA-C02: draws only questions in its scope, resumes after a reload, and scores by MLA-C02 domain', async () => {
    const { page, consoleErrors, close } = await session.open('/practice/mock-exam/');
    // The exam one can take now is offered first and chosen by default.
    expect(await page.locator('input[name="mock-exam"]:checked').getAttribute('value')).toBe('mla-c02');
    expect(await page.locator('[data-form="mla-c02"]').isVisible()).toBe(true);
    expect(await page.locator('[data-form="mls-c01"]').isVisible()).toBe(false);
    await page.click('[data-action="start"]');
    await expect.poll(() => page.locator('.exam-question h2').textContent()).toBe('Question 1 of 65');
    expect(await page.locator('.timer-value').textContent()).toMatch(/^(2:10:00|2:09:5\d)$/);
    const bank = (await page.evaluate(async () => (await fetch('/data/mock-exam.json')).json())).questions as Array<{ id: string; tasks: Record<string, string | null> }>;
    const drawn = (await stored(page)).exam.questions as string[];
    expect(drawn.filter((id) => !bank.find((q) => q.id === id)?.tasks['mla-c02'])).toEqual([]);
    // 65 questions by 28/24/24/24: 18, 16, 16 and 15 per domain.
    const domainOf = (id: string) => bank.find((q) => q.id === id)!.tasks['mla-c02']!.split('.')[0];
    expect(['1', '2', '3', '4'].map((d) => drawn.filter((id) => domainOf(id) === d).length)).toEqual([18, 16, 16, 15]);

    await page.check('.exam-question input >> nth=0');
    await page.click('[data-action="next"]');
    await page.reload();
    await expect.poll(() => page.locator('.exam-question h2').textContent()).toBe('Question 2 of 65');
    expect(await page.locator('.exam-progress').textContent()).toBe('1 of 65 answered · 0 flagged');
    await page.click('[data-action="submit"]');
    await page.click('[data-action="confirm-submit"]');
    await expect.poll(() => page.locator('.score').textContent()).toMatch(/^[01] of 65 right \(\d+ %\)\.$/);
    expect(await page.locator('.domains caption').textContent()).toBe('By MLA-C02 domain');
    expect(await page.locator('.domains tbody td:first-child').allTextContents()).toEqual([
      '1. Data Preparation for ML and AI',
      '2. ML Model and Foundation Model (FM) Development',
      '3. Deployment and Orchestration of ML and AI Workflows',
      '4. Operating, Monitoring, and Securing ML and AI Solutions',
    ]);
    expect((await page.locator('.domains tbody td:nth-child(2)').allTextContents()).map((t) => Number(t.split(' / ')[1]))).toEqual([18, 16, 16, 15]);
    const state = await stored(page);
    expect(state.history.at(-1).examId).toBe('mla-c02');
    expect(state.plan.exam).toBe('mla-c02');
    expect(await axeIds(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  test('without JavaScript the page links to the chapters, where every question is, and shows no dead controls', async () => {
    const { page, close } = await session.open('/practice/mock-exam/', { javaScriptEnabled: false });
    expect(await page.locator('main a[href$="/modeling/"]').first().isVisible()).toBe(true);
    expect(await page.locator('.data-loading').isVisible()).toBe(false);
    expect(await page.locator('[data-action="start"]').isVisible()).toBe(false);
    expect(await page.locator('input[name="mock-exam"]').first().isVisible()).toBe(false);
    await close();
  });

  test('submitting asks for confirmation and then shows the review', async () => {
    const { page, close } = await session.open('/practice/mock-exam/');
    await page.click('[data-action="start"]');
    await page.click('[data-action="submit"]');
    expect(await page.locator('dialog .confirm-text').textContent()).toMatch(/questions are not answered and will count as wrong; 0 flagged\. Submit now\?$/);
    await page.click('[data-action="cancel-submit"]');
    expect(await page.locator('[data-view="exam"]').isVisible()).toBe(true);
    await page.click('[data-action="submit"]');
    await page.click('[data-action="confirm-submit"]');
    await expect.poll(() => page.locator('.score').textContent()).toMatch(/^0 of \d+ right \(0 %\)\.$/);
    await page.check('input[name="review-filter"][value="flagged"]');
    expect(await page.locator('.review-empty').isVisible()).toBe(true);
    await close();
  });
});

describe('flashcards', () => {
  test('rating a card schedules it and moves the queue on, and it persists', async () => {
    const { page, consoleErrors, close } = await session.open('/study/flashcards/');
    await expect.poll(() => page.locator('.card-front').textContent()).not.toBe('');
    const first = await page.locator('.card-front').textContent();
    await page.click('[data-action="show"]');
    expect(await page.locator('.card-answer').isVisible()).toBe(true);
    expect(await page.locator('[data-grade="3"] .interval').textContent()).not.toBe('');
    await page.keyboard.press('3');
    await expect.poll(() => page.locator('.card-front').textContent()).not.toBe(first);
    const state = await stored(page);
    expect(Object.keys(state.cards)).toHaveLength(1);
    expect(state.newCards.count).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('.card-front').textContent()).not.toBe(first);
    expect(await axeIds(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('study data loading', () => {
  test('a practice set loads only its own file, with a loading line first', async () => {
    const { page, consoleErrors, close } = await session.open('/404.html');
    const data: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/data/')) data.push(new URL(r.url()).pathname);
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/practice/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${session.url}/practice/task-3-2/`, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('guide-practice .data-loading').textContent()).toBe('Loading the questions…');
    expect(await page.locator('guide-practice .data-loading').getAttribute('role')).toBe('status');
    release();
    await expect.poll(() => page.locator('guide-question:visible').count()).toBe(1);
    expect(await page.locator('.data-loading').count()).toBe(0);
    expect(data).toEqual(['/data/practice/task-3-2.json']);
    const total = Number((await page.locator('[data-count="all"]').textContent())!.slice(1, -1));
    expect(total).toBeGreaterThan(3);
    // Questions are rendered when first shown, and kept.
    expect(await page.locator('guide-question').count()).toBe(1);
    await page.click('[data-go="1"]');
    expect(await page.locator('guide-question').count()).toBe(2);
    expect(await page.locator('guide-question:visible h3').textContent()).toBe('Question 2');
    expect(await axeIds(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  for (const [path, file, ready] of [
    ['/practice/modeling/', 'practice/modeling.json', 'guide-question'],
    ['/practice/mock-exam/', 'mock-exam.json', '[data-action="start"]:enabled'],
    ['/study/flashcards/', 'flashcards/index.json', '.card-front'],
    ['/study/progress/', 'progress.json', '.dashboard'],
  ] as const) {
    test(`${path}: when its data cannot load, an alert says so and "Try again" recovers`, async () => {
      const { page, close } = await session.open('/404.html');
      let blocked = true;
      await page.route(`**/data/${file}`, (route) => (blocked ? route.abort() : route.continue()));
      await page.goto(session.url + path);
      const alert = page.locator('[role="alert"].data-error');
      await expect.poll(() => alert.textContent()).toMatch(/could not be loaded.*Check your connection, then try again\.Try again$/);
      expect(await page.locator('.data-loading').isVisible()).toBe(false);
      expect(await page.locator(ready).first().isVisible()).toBe(false);
      expect(await axeIds(page)).toEqual([]);
      blocked = false;
      await alert.locator('button').click();
      await expect.poll(() => page.locator(ready).first().isVisible()).toBe(true);
      expect(await alert.count()).toBe(0);
      await close();
    });
  }

  test('without JavaScript a practice set lists the pages its questions are on', async () => {
    const { page, close } = await session.open('/practice/modeling/', { javaScriptEnabled: false });
    expect(await page.locator('.needs-js').isVisible()).toBe(true);
    expect(await page.locator('.needs-js li a').count()).toBeGreaterThan(3);
    expect(await page.locator('.data-loading').isVisible()).toBe(false);
    await page.locator('.needs-js li a').first().click();
    expect(await page.locator('guide-question details.answer').count()).toBeGreaterThan(0);
    await close();
  });

  test('flashcards load the deck index, then only the chapter of the card that comes up', async () => {
    const { page, consoleErrors, close } = await session.open('/404.html');
    const data: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/data/')) data.push(new URL(r.url()).pathname);
    });
    await page.goto(`${session.url}/study/flashcards/`);
    await expect.poll(() => page.locator('.card-front').textContent()).not.toBe('');
    expect(data[0]).toBe('/data/flashcards/index.json');
    expect(data.slice(1)).toHaveLength(1);
    // A chapter deck brings in that chapter's file.
    await page.check('input[name="deck"][value="modeling"]');
    await expect.poll(() => data.includes('/data/flashcards/modeling.json')).toBe(true);
    await expect.poll(() => page.locator('.card-link').getAttribute('href')).toMatch(/^\/modeling\//);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('offline', () => {
  test('after one study page has loaded, the others work without a network', async () => {
    const { page, close } = await session.open('/study/progress/');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await page.context().setOffline(true);
    for (const path of ['/practice/mock-exam/', '/study/flashcards/', '/practice/']) {
      await page.goto(session.url + path, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent(), path).toBeTruthy();
    }
    await page.goto(`${session.url}/practice/mock-exam/`, { waitUntil: 'load' });
    await page.click('[data-action="start"]');
    await expect.poll(() => page.locator('.exam-question h2').textContent()).toMatch(/^Question 1 of \d+$/);
    await page.goto(`${session.url}/study/flashcards/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('.card-front').textContent()).not.toBe('');
    await page.goto(`${session.url}/study/progress/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('.dashboard').isVisible()).toBe(true);
    // The data files themselves are cached too.
    const cached = await page.evaluate(async () => (await (await fetch('/data/progress.json')).json()).exams.length);
    expect(cached).toBeGreaterThan(0);
    await page.context().setOffline(false);
    await close();
  });
});
