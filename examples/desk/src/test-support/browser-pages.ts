import { join } from 'node:path';
import { createMemoryRateLimiter } from '@aduan/adapter-utils';
import type { BrowserSuite } from '@aduan/browser-testing';
import { DEMO_PASSWORD } from '../demo-seed.js';

/** A page of the suite's browser. */
export type Page = Awaited<ReturnType<BrowserSuite['newPage']>>;

/**
 * Each browser test loads several server-rendered pages over PGlite; on a loaded 2-core CI machine
 * one page can take seconds, so 30 s per test is too tight for a walk through the desk.
 */
export const PAGE_TEST_TIMEOUT_MS = 120_000;

/** Every test signs in from 127.0.0.1, some several times: sign-in budgets no run of a suite can spend. */
export const generousSignIn = () => ({
  perUsername: createMemoryRateLimiter({ burst: 1_000, perMinute: 1_000 }),
  perAddress: createMemoryRateLimiter({ burst: 1_000, perMinute: 1_000 }),
});

/** Screenshots of a page at desktop and phone width into `ADUAN_DESK_SCREENSHOTS`, when it is set (for looking at the pages). */
export async function shootPage(page: Page, name: string): Promise<void> {
  const folder = process.env.ADUAN_DESK_SCREENSHOTS;
  if (!folder) return;
  for (const [width, height, suffix] of [
    [1280, 900, 'desktop'],
    [390, 844, 'ponsel'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(folder, `${name}-${suffix}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Signs a demo account in on the desk at `url` and waits for its queue. */
export async function signInAs(browser: BrowserSuite, page: Page, url: string, username: string): Promise<void> {
  await browser.context().clearCookies();
  await page.goto(`${url}/petugas/masuk`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(/\/petugas\/antrean\//), page.getByRole('button', { name: 'Masuk' }).click()]);
}
