import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the append worker into one plain .mjs file: a child then starts in a fraction of the
 * time `tsx` needs to compile the sources, which keeps fifty crash rounds well under a minute.
 */
export async function bundleAppendWorker(): Promise<{ file: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'aduan-worker-'));
  const file = join(dir, 'append-worker.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./append-worker.ts', import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The monorepo's paths map @aduan/* to the sources, as in the tests.
    tsconfig: fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url)),
    external: ['pg-native', '@electric-sql/pglite'],
    // pg is CommonJS and requires Node built-ins; an ES module bundle needs a `require` for that.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
