import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBinaries, startThrowawayCluster } from '@aduan/store-postgres/testing';
import { round3, type BenchResult } from '../../../bench/result.js';
import { reportRow, writeExportXlsx } from '../src/test-support/lapor-export.js';

/** Rows of the export; `LAPOR_BENCH_ROWS` lowers it on a busy machine (the result names the size). */
const ROWS = Number(process.env['LAPOR_BENCH_ROWS'] ?? 100_000);
const STATUSES = ['Belum Terverifikasi', 'Terverifikasi', 'Terdisposisi', 'Ditutup oleh Sistem', 'Diarsipkan oleh Admin'];
const PRIVACY = ['', 'Anonim', 'Rahasia'];

function* exportRows() {
  for (let index = 0; index < ROWS; index += 1) {
    yield reportRow(10_000_000 + index, {
      'Status Laporan': STATUSES[index % STATUSES.length]!,
      'Tipe Laporan (Anonim/Rahasia)': PRIVACY[index % PRIVACY.length]!,
      'Instansi Terdisposisi': 'Dinas Pekerjaan Umum',
    });
  }
}

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

/** Runs one step of import-child.ts in a process of its own and reads the JSON line it prints. */
const step = <T>(...args: string[]): T =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.ts'), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as T;

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
    await writeExportXlsx(path, exportRows());
    const out = measure('PGlite', dir, path, `pglite:${join(dir, 'pglite')}`);
    const binDir = findPostgresBinaries();
    if (!binDir) {
      console.log('  PostgreSQL server binaries not found: server run skipped');
      return out;
    }
    const cluster = await startThrowawayCluster({ binDir, settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
    try {
      return [...out, ...measure('server', dir, path, cluster.connectionString())];
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
