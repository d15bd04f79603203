import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';

const run = promisify(execFile);
/** The vitest command line of this package's own dependency. */
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const config = fileURLToPath(new URL('./__fixtures__/probe.config.ts', import.meta.url));

/** Runs the probe suite in its own vitest with chromium "missing"; resolves to its exit code and output. */
async function probeWithoutChromium(requireBrowser: boolean): Promise<{ code: number; output: string }> {
  const env = { ...process.env, ADUAN_CHROMIUM: '/nonexistent/chromium', ADUAN_REQUIRE_BROWSER: requireBrowser ? '1' : '0', NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await run(process.execPath, [vitest, 'run', '--config', config], { env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('describeInBrowser without chromium', () => {
  it('says in one line that chromium is missing and how to install it', () => {
    const lookup = findChromium({ ADUAN_CHROMIUM: '/nonexistent/chromium' });
    expect(lookup).toMatchObject({ found: false, executablePath: '/nonexistent/chromium' });
    expect(!lookup.found && lookup.message).toMatch(
      /^chromium not found at \/nonexistent\/chromium: browser tests skipped\. Install it with "apt-get install -y chromium"/,
    );
    expect(!lookup.found && lookup.message).not.toContain('\n');
  });

  it('skips the suite with that line', async () => {
    const { code, output } = await probeWithoutChromium(false);
    expect(code).toBe(0);
    expect(output).toContain('chromium not found at /nonexistent/chromium: browser tests skipped');
    expect(output).toMatch(/1 skipped/);
  });

  it('fails at once when ADUAN_REQUIRE_BROWSER=1', async () => {
    const { code, output } = await probeWithoutChromium(true);
    expect(code).not.toBe(0);
    expect(output).toContain('ADUAN_REQUIRE_BROWSER=1 requires the browser tests');
  });
});
