/**
 * One way to start headless Chromium for scripts and tests: Debian's /usr/bin/chromium (or
 * CHROMIUM_PATH) driven by playwright-core. Browser downloads do not work on our machines.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for running as root in a sandboxed, offline container without background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium, or throws with the install hint when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Opens a URL and waits until the document is fully parsed and loaded and the network is quiet.
 * `waitUntil: 'networkidle'` alone is not enough: Chromium parses a multi-megabyte page (the
 * whole-guide print document) for seconds after the last byte arrived, and a PDF or an axe run
 * started then sees only the first part of the document. The long timeout is for that document on
 * a busy two-core CI machine.
 */
export async function gotoLoaded(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
}
