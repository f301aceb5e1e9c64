// Headless Chromium from the system packages (Debian's `chromium`), driven by puppeteer-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The browser to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless run (no GPU, no sandbox as root, no phoning home). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface TestBrowser {
  browser: Browser;
  /** A new page whose console errors, page errors and failed requests are collected in `problems`. */
  page(width?: number, height?: number): Promise<Page>;
  problems: string[];
  /** Every URL any page requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile directory (removed on close). */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'slg-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`],
    headless: true,
  });
  const problems: string[] = [];
  const requests: string[] = [];
  return {
    browser,
    problems,
    requests,
    page: async (width = 1400, height = 1000) => {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
      page.on('requestfailed', (r) =>
        problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
      );
      return page;
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
