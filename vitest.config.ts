import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { entryPoints } from './scripts/entry-points.js';

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));

/**
 * Tests run against the sources: `@aduan/x` resolves to `packages/x/src/index.ts` and each subpath
 * to its source, by the convention of scripts/entry-points.ts. Exact matches, longest first.
 */
const alias = readdirSync(packagesDir)
  .flatMap((name) => entryPoints(`${packagesDir}${name}`).map((entry) => ({ ...entry, dir: `${packagesDir}${name}/` })))
  .sort((a, b) => b.specifier.length - a.specifier.length)
  .map((entry) => ({ find: new RegExp(`^${entry.specifier.replace(/[/.]/g, '\\$&')}$`), replacement: `${entry.dir}${entry.source}` }));

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './scripts/skip-reasons-reporter.ts'],
    include: ['packages/*/src/**/*.test.ts', 'examples/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // A hang guard, not a speed check (speed is for `pnpm bench`): tests that start PGlite or a CLI
    // run took over 30 s on a loaded 2-core machine while taking 15-25 s alone.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
