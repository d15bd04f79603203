import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Runs only the probe suite, so a test can watch how a browser suite behaves without chromium. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { include: ['probe.suite.ts'] },
});
