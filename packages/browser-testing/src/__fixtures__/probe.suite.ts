import { expect, it } from 'vitest';
import { describeInBrowser } from '../describe-in-browser.js';

describeInBrowser('a probe suite', (browser) => {
  it('opens a page', async () => {
    const page = await browser.newPage();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });
});
