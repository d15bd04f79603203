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

/** Runs one step of dry-run-child.ts in a process of its own and reads the JSON line it prints. */
const step = <T>(...args: string[]): T =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'dry-run-child.ts'), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as T;

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
    await writeExportXlsx(path, exportRows());
    const out = measure('PGlite', path, `pglite:${join(dir, 'pglite')}`);
    const binDir = findPostgresBinaries();
    if (!binDir) {
      console.log('  PostgreSQL server binaries not found: server run skipped');
      return out;
    }
    const cluster = await startThrowawayCluster({ binDir, settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
    try {
      return [...out, ...measure('server', path, cluster.connectionString())];
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
