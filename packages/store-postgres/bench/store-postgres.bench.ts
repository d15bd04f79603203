import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { median, round3, type BenchResult } from '../../../bench/result.js';
import { createSqlStore } from '../src/create-sql-store.js';
import type { SqlDriver, SqlExecutor } from '../src/driver.js';
import { migrate } from '../src/migrate.js';
import { createPgDriver } from '../src/pg/index.js';
import { createPGliteDriver } from '../src/pglite/index.js';
import { recordingDriver } from '../src/test-support/recording-driver.js';
import { seedProjections } from '../src/test-support/seed-projections.js';
import { findPostgresBinaries } from '../src/testing/postgres-binaries.js';
import { startThrowawayCluster } from '../src/testing/throwaway-cluster.js';
import { commandWorkload, intakeWorkload, rawInsertEvent, rawInsertIntakes } from './workload.js';

interface Sizes {
  label: string;
  /** Streams of four appends each for the command rate. */
  commandStreams: number;
  bulk: number;
  batch: number;
  projections: number;
}

/** Appends per timed chunk of the command rate. */
const COMMAND_CHUNK = 400;

const SERVER: Sizes = { label: 'server', commandStreams: 700, bulk: 100_000, batch: 1_000, projections: 1_000_000 };
const EMBEDDED: Sizes = { label: 'PGlite', commandStreams: 500, bulk: 100_000, batch: 1_000, projections: 1_000_000 };

const seconds = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

/** Items per second, written one after another. */
async function ratePerSecond<T>(items: readonly T[], write: (item: T) => Promise<unknown>): Promise<number> {
  const elapsed = await seconds(async () => {
    for (const item of items) await write(item);
  });
  return items.length / elapsed;
}

/**
 * Commands persisted one after another on one connection, against single-row INSERTs autocommitted:
 * plain (the issue's baseline) and, on a server, for a like-for-like view, kept prepared as the
 * store keeps its own statements there (PGlite has no public prepared statements, so neither side
 * prepares on it). All run in alternating chunks after a warm-up chunk each, so none profits from
 * going later (warm caches) or suffers alone from a burst of load on a shared machine; the medians
 * are compared.
 */
async function commandRate(driver: SqlDriver, sizes: Sizes, preparedBaseline: boolean): Promise<BenchResult[]> {
  const store = await createSqlStore(driver, { schema: 'bench_commands' });
  await migrate(driver, 'bench_commands_raw');
  await migrate(driver, 'bench_commands_prepared');
  const appends = commandWorkload('cmd', sizes.commandStreams);
  const chunks = Array.from({ length: Math.ceil(appends.length / COMMAND_CHUNK) }, (_, i) =>
    appends.slice(i * COMMAND_CHUNK, (i + 1) * COMMAND_CHUNK),
  );
  const ours: number[] = [];
  const plain: number[] = [];
  const prepared: number[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const ourRate = await ratePerSecond(chunk, (append) => store.doAppend(append));
    const plainRate = await ratePerSecond(chunk, (append) => rawInsertEvent(driver, '"bench_commands_raw"', append));
    const preparedRate = preparedBaseline
      ? await ratePerSecond(chunk, (append) => rawInsertEvent(driver, '"bench_commands_prepared"', append, true))
      : 0;
    if (index === 0) continue;
    ours.push(ourRate);
    plain.push(plainRate);
    prepared.push(preparedRate);
  }
  const against = (baseline: number[], kind: string): BenchResult => ({
    name: `store-postgres (${sizes.label}): appends persisted on one connection (event + projection, 1 in 4 with an outbox row) vs ${kind}`,
    value: round3(median(ours)),
    unit: 'appends/s',
    baseline: round3(median(baseline)),
    ratio: round3(median(ours) / median(baseline)),
  });
  const results = [against(plain, 'single-row INSERT autocommit')];
  return preparedBaseline ? [...results, against(prepared, 'single-row INSERT autocommit, prepared')] : results;
}

/**
 * A bulk import through doAppendMany, against multi-row INSERTs of the same rows in one transaction
 * per batch. The two alternate batch by batch and their median batch times are compared, so a burst
 * of load on a shared machine does not fall on one side only.
 */
async function bulkImport(driver: SqlDriver, sizes: Sizes): Promise<BenchResult> {
  const store = await createSqlStore(driver, { schema: 'bench_bulk' });
  await migrate(driver, 'bench_bulk_raw');
  const intakes = intakeWorkload('bulk', sizes.bulk);
  const batches = Array.from({ length: Math.ceil(intakes.length / sizes.batch) }, (_, i) =>
    intakes.slice(i * sizes.batch, (i + 1) * sizes.batch),
  );
  const ours: number[] = [];
  const baseline: number[] = [];
  for (const batch of batches) {
    ours.push(batch.length / (await seconds(() => store.doAppendMany(batch))));
    baseline.push(batch.length / (await seconds(() => driver.transaction((tx) => rawInsertIntakes(tx, '"bench_bulk_raw"', batch)))));
  }
  return {
    name: `store-postgres (${sizes.label}): bulk import of ${sizes.bulk} complaints (event, projection, identity, dedupe key) in batches of ${sizes.batch} vs multi-row INSERT of the same rows`,
    value: round3(median(ours)),
    unit: 'complaints/s',
    baseline: round3(median(baseline)),
    ratio: round3(median(ours) / median(baseline)),
  };
}

/** The first 100 overdue complaints, soonest first, against the same statement with index scans disabled. */
async function firstOverdue(driver: SqlDriver, sizes: Sizes): Promise<BenchResult> {
  const schema = 'bench_overdue';
  await migrate(driver, schema);
  await seedProjections(driver, schema, sizes.projections);
  const recorder = recordingDriver(driver);
  const store = await createSqlStore(recorder, { schema, migrate: false });
  const query = { overdueAt: '2026-07-01T00:00:00.000Z', orderBy: 'deadline' as const, limit: 100 };
  const timings: number[] = [];
  for (let round = 0; round < 25; round++) {
    const started = performance.now();
    const page = await store.doQuery(query);
    timings.push(performance.now() - started);
    if (page.items.length !== 100) throw new Error('the overdue query found fewer than 100 rows');
  }
  const statement = recorder.statements.at(-1)!;
  const plan = await driver.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
  console.log(`  plan (${sizes.label}):\n${plan.rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n')}`);
  const baselineTimings: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    await seqScan(driver, statement.sql, statement.params);
    baselineTimings.push(performance.now() - started);
  }
  const ours = median(timings);
  const baseline = median(baselineTimings);
  return {
    name: `store-postgres (${sizes.label}): first 100 overdue among ${sizes.projections} projections vs the same query with index scans disabled (ratio = baseline/value)`,
    value: round3(ours),
    unit: 'ms',
    baseline: round3(baseline),
    ratio: round3(baseline / ours),
  };
}

const NO_INDEX_SCANS = ['enable_indexscan', 'enable_bitmapscan', 'enable_indexonlyscan'];

/** Runs `sql` with index scans switched off for one transaction only. */
async function seqScan(driver: SqlDriver, sql: string, params: readonly unknown[]): Promise<void> {
  await driver.transaction(async (tx: SqlExecutor) => {
    for (const setting of NO_INDEX_SCANS) await tx.query(`SET LOCAL ${setting} = off`);
    await tx.query(sql, params);
  });
}

/** The three measures, one after another, on one database. */
async function resultsOn(driver: SqlDriver, sizes: Sizes, preparedBaseline: boolean): Promise<BenchResult[]> {
  return [...(await commandRate(driver, sizes, preparedBaseline)), await bulkImport(driver, sizes), await firstOverdue(driver, sizes)];
}

async function serverResults(): Promise<BenchResult[]> {
  const binDir = findPostgresBinaries();
  if (!binDir) {
    console.log('  PostgreSQL server binaries not found: server run skipped');
    return [];
  }
  // Durable settings, as in production: every commit waits for its WAL flush.
  const cluster = await startThrowawayCluster({ binDir, settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
  const pool = new pg.Pool({ connectionString: cluster.connectionString(), max: 1 });
  const driver = createPgDriver(pool);
  try {
    return await resultsOn(driver, SERVER, true);
  } finally {
    await pool.end();
    await cluster.stop();
  }
}

async function pgliteResults(): Promise<BenchResult[]> {
  const pglite = await PGlite.create();
  const driver = createPGliteDriver(pglite);
  try {
    return await resultsOn(driver, EMBEDDED, false);
  } finally {
    await pglite.close();
  }
}

/**
 * The store on a throwaway PostgreSQL server (one connection, durable commits) and on PGlite in
 * memory, at the same sizes but for the command rate (fewer streams: PGlite runs in this process),
 * each against plain SQL on the same database in the same run.
 */
export default async function run(): Promise<BenchResult[]> {
  return [...(await serverResults()), ...(await pgliteResults())];
}
