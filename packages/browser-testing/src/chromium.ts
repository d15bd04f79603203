import { existsSync } from 'node:fs';

/** Debian's chromium; never a browser build downloaded by playwright. `ADUAN_CHROMIUM` points elsewhere. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet headless run in a container: no sandbox (no user namespaces), no GPU, no calls home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Where chromium is, or why it cannot be used. */
export type ChromiumLookup = { found: true; executablePath: string } | { found: false; executablePath: string; message: string };

/** Looks for the browser before any test starts, so a missing one is reported at once. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const executablePath = env['ADUAN_CHROMIUM'] || DEFAULT_CHROMIUM_PATH;
  if (existsSync(executablePath)) return { found: true, executablePath };
  return {
    found: false,
    executablePath,
    message:
      `chromium not found at ${executablePath}: browser tests skipped. Install it with "apt-get install -y chromium" ` +
      '(or point ADUAN_CHROMIUM at one); CI sets ADUAN_REQUIRE_BROWSER=1 to make this a failure.',
  };
}
