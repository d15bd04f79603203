import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round3, type BenchResult } from '../../../bench/result.js';
import { childStep, onBothStores, ROWS, writeBenchExport } from './bench-stores.js';

interface RunResult {
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  problems: number;
  seconds: number;
  peakRssMb: number;
  streamsBefore: number;
  streamsAfter: number;
}

const step = <T>(...args: string[]): T => childStep<T>('dry-run-child.ts', ...args);

/**
 * A dry run on the empty store against the import it foresees, then a dry run over what the import
 * wrote against the same import again (both find every row unchanged).
 */
function measure(label: string, exportPath: string, target: string): BenchResult[] {
  step('prepare', target);
  const dry = step<RunResult>('dry', target, exportPath);
  const imported = step<RunResult>('import', target, exportPath);
  const again = step<RunResult>('dry', target, exportPath);
  const reimported = step<RunResult>('import', target, exportPath);
  console.log(`  ${label}: ${JSON.stringify({ dry, imported, again, reimported })}`);
  if (
    dry.inserted !== ROWS ||
    dry.streamsAfter !== 0 ||
    imported.inserted !== ROWS ||
    again.unchanged !== ROWS ||
    reimported.unchanged !== ROWS
  ) {
    throw new Error(`${label}: the dry run foresaw ${dry.inserted} of ${ROWS}, the import inserted ${imported.inserted}`);
  }
  const rate = (result: RunResult) => ROWS / result.seconds;
  return [
    {
      name: `lapor (${label}): dry run of a ${ROWS}-row LAPOR! export on an empty store vs the import of the same export`,
      value: round3(rate(dry)),
      unit: 'rows/s',
      baseline: round3(rate(imported)),
      ratio: round3(rate(dry) / rate(imported)),
    },
    {
      name: `lapor (${label}): dry run of the same export once imported (all unchanged) vs importing it again`,
      value: round3(rate(again)),
      unit: 'rows/s',
      baseline: round3(rate(reimported)),
      ratio: round3(rate(again) / rate(reimported)),
    },
    {
      name: `lapor (${label}): peak RSS of the ${ROWS}-row dry run on an empty store (child process) vs the 400 MB goal`,
      value: round3(dry.peakRssMb),
      unit: 'MB',
      baseline: 400,
      ratio: round3(400 / dry.peakRssMb),
    },
    {
      name: `lapor (${label}): peak RSS of the dry run over the imported store vs the 400 MB goal`,
      value: round3(again.peakRssMb),
      unit: 'MB',
      baseline: 400,
      ratio: round3(400 / again.peakRssMb),
    },
  ];
}

/**
 * The dry run of a 100,000-row export against PGlite and a PostgreSQL server: as fast as the import
 * it foresees, in no more memory, and writing nothing. Every step runs in a child process of its own.
 */
export default async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aduan-lapor-dry-bench-'));
  try {
    const path = join(dir, 'export.xlsx');
    await writeBenchExport(path);
    return await onBothStores(dir, (label, target) => measure(label, path, target));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
