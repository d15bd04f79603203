// The one convention that maps a package's `exports` to its sources: `.` is `src/index.ts`, and a
// subpath `./x` is `src/x/index.ts` (or `src/x.ts`). The build (tsup.shared.ts), the tests
// (vitest.config.ts) and the package lint read it from here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EntryPoint {
  /** The import specifier, e.g. `@aduan/core/sla`. */
  specifier: string;
  /** Source file, relative to the package folder. */
  source: string;
  /** Output name inside dist/ without extension, e.g. `sla/index`. */
  distName: string;
}

export function entryPoints(packageDir: string): EntryPoint[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    exports?: Record<string, unknown>;
  };
  return Object.keys(manifest.exports ?? {})
    .filter((key) => key !== './package.json')
    .map((key) => {
      if (key === '.') return { specifier: manifest.name, source: 'src/index.ts', distName: 'index' };
      const sub = key.slice(2);
      const folderEntry = `src/${sub}/index.ts`;
      const source = existsSync(join(packageDir, folderEntry)) ? folderEntry : `src/${sub}.ts`;
      return { specifier: `${manifest.name}/${sub}`, source, distName: source.slice(4, -3) };
    });
}
