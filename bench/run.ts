// Runs every benchmark of the repository and writes bench-results.json at the root.
// Benchmarks live in `bench/*.bench.ts`, `packages/*/bench/*.bench.ts` and `examples/*/bench/*.bench.ts`; each default-exports
// `run(): Promise<BenchResult[]>` and measures its own baseline in the same run.
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './result.js';

const root = join(import.meta.dirname, '..');
const only = process.argv.slice(2);

function benchFiles(): string[] {
  const dirs = [
    join(root, 'bench'),
    ...['packages', 'examples'].flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name, 'bench'))),
  ];
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.bench.ts'))
        .map((file) => join(dir, file)),
    )
    .filter((file) => only.length === 0 || only.some((filter) => file.includes(filter)));
}

const results: BenchResult[] = [];
for (const file of benchFiles()) {
  console.log(`\n▶ ${relative(root, file)}`);
  const module = (await import(pathToFileURL(file).href)) as { default: () => Promise<BenchResult[]> };
  for (const result of await module.default()) {
    console.log(`  ${result.name}: ${result.value} ${result.unit} (baseline ${result.baseline}, ratio ${result.ratio})`);
    results.push(result);
  }
}
writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench-results.json (${results.length} results)`);
