import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { findPostgresBinaries, startThrowawayCluster } from '@aduan/store-postgres/testing';
import type { BenchResult } from '../../../bench/result.js';
import { reportRow, writeExportXlsx } from '../src/test-support/lapor-export.js';

/** Rows of the export; `LAPOR_BENCH_ROWS` lowers it on a busy machine (the result names the size). */
export const ROWS = Number(process.env['LAPOR_BENCH_ROWS'] ?? 100_000);
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

/** Writes the benchmarks' export of `ROWS` rows: statuses through the lifecycle, mixed anonim and rahasia. */
export const writeBenchExport = (path: string): Promise<void> => writeExportXlsx(path, exportRows());

/** Runs one step of a child script of this folder in a process of its own and reads the JSON line it prints. */
export const childStep = <T>(script: string, ...args: string[]): T =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as T;

/**
 * Measures on PGlite (in `dir`) and on a throwaway PostgreSQL server with durable settings; the
 * server run is skipped, and says so, where no server binaries are installed.
 */
export async function onBothStores(dir: string, measure: (label: string, target: string) => BenchResult[]): Promise<BenchResult[]> {
  const out = measure('PGlite', `pglite:${join(dir, 'pglite')}`);
  const binDir = findPostgresBinaries();
  if (!binDir) {
    console.log('  PostgreSQL server binaries not found: server run skipped');
    return out;
  }
  const cluster = await startThrowawayCluster({ binDir, settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
  try {
    return [...out, ...measure('server', cluster.connectionString())];
  } finally {
    await cluster.stop();
  }
}
