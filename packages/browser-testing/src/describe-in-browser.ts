import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';

/** What a browser suite's tests use: pages of one fresh browser profile. */
export interface BrowserSuite {
  /** A new page (tab) in the suite's browser. */
  newPage(): Promise<Page>;
  /** The browser context, for what pages do not cover (cookies, permissions). */
  context(): BrowserContext;
}

/**
 * A vitest suite run in Debian's chromium through playwright-core, with a fresh user-data folder
 * removed afterwards. When chromium is missing the suite is skipped with one line saying so and
 * how to install it, or, with `ADUAN_REQUIRE_BROWSER=1` (as CI sets), the test file fails at once.
 */
export function describeInBrowser(title: string, body: (suite: BrowserSuite) => void): void {
  const lookup = findChromium();
  if (!lookup.found) {
    if (process.env['ADUAN_REQUIRE_BROWSER'] === '1')
      throw new Error(`${lookup.message} ADUAN_REQUIRE_BROWSER=1 requires the browser tests.`);
    console.warn(lookup.message);
    describe.skip(title, () => body(unavailable));
    return;
  }
  describe(title, () => {
    let profile: string | undefined;
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      profile = mkdtempSync(join(tmpdir(), 'aduan-chromium-'));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: lookup.executablePath,
        args: [...CHROMIUM_ARGS],
        headless: true,
      });
    });
    afterAll(async () => {
      await context?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });
    const started = (): BrowserContext => {
      if (!context) throw new Error('The browser is not running: use it inside tests or hooks of the suite');
      return context;
    };
    body({ newPage: () => started().newPage(), context: started });
  });
}

/** The suite handed to a skipped body: it only declares tests, which never run. */
const unavailable: BrowserSuite = {
  newPage: () => Promise.reject(new Error('chromium is not available')),
  context: () => {
    throw new Error('chromium is not available');
  },
};
