/**
 * aduan's own browser tests: Debian's chromium through playwright-core, skipped with one clear
 * line when it is missing (a failure under `ADUAN_REQUIRE_BROWSER=1`), and axe-core checks.
 * Private to this repository.
 *
 * @packageDocumentation
 * @module @aduan/browser-testing
 */
export { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, findChromium, type ChromiumLookup } from './chromium.js';
export { describeInBrowser, type BrowserSuite } from './describe-in-browser.js';
export { accessibilityViolations, type AccessibilityViolation } from './accessibility.js';
