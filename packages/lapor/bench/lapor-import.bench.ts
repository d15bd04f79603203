import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { round3, type BenchResult } from '../../../bench/result.js';
import { childStep, onBothStores, ROWS, writeBenchExport } from './bench-stores.js';

interface ImportResult {
  rows: number;
  problems: number;
  seconds: number;
  recordSeconds: number;
  openRssMb: number;
  peakRssMb: number;
}

interface BulkResult {
  rows: number;
  seconds: number;
  openRssMb: number;
  peakRssMb: number;
}

const step = <T>(...args: string[]): T => childStep<T>('import-child.ts', ...args);

/** Prepares the store's database, imports the export, then runs the store's own bulk import of the same appends. */
function measure(label: string, dir: string, exportPath: string, target: string): BenchResult[] {
  step('prepare', target);
  const appendsPath = join(dir, `appends-${label}`);
  const imported = step<ImportResult>('import', target, exportPath, appendsPath);
  const bulk = step<BulkResult>('bulk', target, appendsPath);
  console.log(`  ${label}: ${JSON.stringify({ imported, bulk })}`);
  if (imported.rows !== ROWS || imported.problems !== 0 || bulk.rows !== ROWS) {
    throw new Error(`${label}: ${imported.rows} of ${ROWS} rows imported, ${bulk.rows} in the baseline`);
  }
  const rate = imported.rows / imported.seconds;
  const baseline = bulk.rows / bulk.seconds;
  return [
    {
      name: `lapor (${label}): import of a ${ROWS}-row LAPOR! export (xlsx, through the desk) vs the store's doAppendMany of the same complaints' appends`,
      value: round3(rate),
      unit: 'rows/s',
      baseline: round3(baseline),
      ratio: round3(rate / baseline),
    },
    {
      name: `lapor (${label}): peak RSS of the ${ROWS}-row import (child process, database created beforehand) vs the 400 MB goal`,
      value: round3(imported.peakRssMb),
      unit: 'MB',
      baseline: 400,
      ratio: round3(400 / imported.peakRssMb),
    },
    {
      name: `lapor (${label}): peak RSS of the store's own bulk import of the same ${ROWS} complaints (the store's share, no LAPOR! parsing) vs the 400 MB goal`,
      value: round3(bulk.peakRssMb),
      unit: 'MB',
      baseline: 400,
      ratio: round3(400 / bulk.peakRssMb),
    },
  ];
}

/**
 * The import of a 100,000-row export into PGlite and a PostgreSQL server. Each store's database is
 * created first (PGlite's initdb alone peaks near 900 MB, which is not the import's), then the import
 * and the baseline each run in a child process of their own.
 */
export default async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aduan-lapor-bench-'));
  try {
    const path = join(dir, 'export.xlsx');
    await writeBenchExport(path);
    return await onBothStores(dir, (label, target) => measure(label, dir, path, target));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
