import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Where bundles that import PGlite go: inside the package, so `node_modules` resolves what stays external. */
const PACKAGE_CACHE = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));

/**
 * Bundles a test worker (a file beside this one) into one plain .mjs file: a child then starts in
 * a fraction of the time `tsx` needs to compile the sources. `external` packages are imported at
 * run time; with any, the bundle is written inside this package so they resolve.
 */
export async function bundleWorker(name: string, external: readonly string[] = []): Promise<{ file: string; remove(): void }> {
  if (external.length > 0) mkdirSync(PACKAGE_CACHE, { recursive: true });
  const root = external.length > 0 ? PACKAGE_CACHE : tmpdir();
  const dir = mkdtempSync(join(root, 'aduan-worker-'));
  const file = join(dir, `${basename(name, '.ts')}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL(`./${name}`, import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The monorepo's paths map @aduan/* to the sources, as in the tests.
    tsconfig: fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url)),
    external: ['pg-native', ...external],
    // pg and proper-lockfile are CommonJS and require Node built-ins; an ES module bundle needs a `require` for that.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The crash test's append worker. */
export const bundleAppendWorker = () => bundleWorker('append-worker.ts');
