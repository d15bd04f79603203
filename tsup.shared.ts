import { defineConfig } from 'tsup';
import { entryPoints } from './scripts/entry-points.js';

/**
 * The one build every @aduan package uses: ESM + CJS + .d.ts for Node 20.12 (the engines range, so
 * import attributes such as `with { type: 'json' }` are kept), one entry per subpath of the
 * package's `exports` (run from the package folder). Names are kept, so errors print as
 * `AduanError`, not as a bundler's renamed `_AduanError`.
 */
export default defineConfig({
  entry: Object.fromEntries(entryPoints(process.cwd()).map((entry) => [entry.distName, entry.source])),
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  keepNames: true,
  target: 'node20.12',
});
