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

interface ChildResult {
  rows: number;
  problems: number;
  importSeconds: number;
  bulkSeconds: number;
  peakRssMb: number;
}

const measure = (path: string, target: string): ChildResult =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.ts'), path, target], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as ChildResult;

function results(label: string, result: ChildResult): BenchResult[] {
  if (result.rows !== ROWS || result.problems !== 0) throw new Error(`${label}: ${result.rows} of ${ROWS} rows imported`);
  const rate = result.rows / result.importSeconds;
  const bulk = result.rows / result.bulkSeconds;
  return [
    {
      name: `lapor (${label}): import of a ${ROWS}-row LAPOR! export (xlsx, through the desk) vs the store's doAppendMany of the same complaints`,
      value: round3(rate),
      unit: 'rows/s',
      baseline: round3(bulk),
      ratio: round3(rate / bulk),
    },
    {
      name: `lapor (${label}): peak RSS of the ${ROWS}-row import (child process) vs the 400 MB goal`,
      value: round3(result.peakRssMb),
      unit: 'MB',
      baseline: 400,
      ratio: round3(400 / result.peakRssMb),
    },
  ];
}

/** The import of a 100,000-row export into PGlite and a PostgreSQL server, each measured in a child process. */
export default async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aduan-lapor-bench-'));
  try {
    const path = join(dir, 'export.xlsx');
    await writeExportXlsx(path, exportRows());
    const out = results('PGlite', measure(path, `pglite:${join(dir, 'pglite')}`));
    const binDir = findPostgresBinaries();
    if (!binDir) {
      console.log('  PostgreSQL server binaries not found: server run skipped');
      return out;
    }
    const cluster = await startThrowawayCluster({ binDir, settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
    try {
      return [...out, ...results('server', measure(path, cluster.connectionString()))];
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
