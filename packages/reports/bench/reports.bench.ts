import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { median, round3, type BenchResult } from '../../../bench/result.js';
import { createWorkingCalendar } from '../../core/src/calendar/index.js';
import { createReadOnlyAccess } from '../../store-postgres/src/index.js';
import { createPostgresStore } from '../../store-postgres/src/pg/index.js';
import { createPGliteStore } from '../../store-postgres/src/pglite/index.js';
import { findPostgresBinaries, startThrowawayCluster } from '../../store-postgres/src/testing/index.js';
import { createReports, createSqlSource } from '../src/index.js';
import { handWrittenKpis } from './hand-written-kpis.js';
import { SEED_YEAR, seedHistory, type RunSql } from './seed-history.js';

/** Complaints of the year; `ADUAN_BENCH_REPORT_COMPLAINTS` lowers it for a quick run. */
const COMPLAINTS = Number(process.env['ADUAN_BENCH_REPORT_COMPLAINTS'] ?? 1_000_000);
const ROUNDS = 3;
const SCHEMA = 'bench_reports';
const coordinator = { id: 'admin', role: 'coordinator' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar as a table for the hand-written query: each day of the year and its cumulative working-day number. */
function calendarArrays(): { days: string[]; index: number[] } {
  const calendar = createWorkingCalendar();
  const days: string[] = [];
  const index: number[] = [];
  let count = 0;
  const first = Date.UTC(2026, 0, 1);
  const last = Date.UTC(2027, 0, 15);
  for (let day = first; day <= last; day += DAY_MS) {
    const iso = new Date(day).toISOString().slice(0, 10);
    // Noon WIB of the day: unambiguously that day in Jakarta.
    if (day > first && calendar.isWorkingDay(new Date(day + 5 * 60 * 60 * 1000))) count++;
    days.push(iso);
    index.push(count);
  }
  return { days, index };
}

/** One year's report grouped by unit through the library, against the hand-written query on the same rows. */
async function measure(label: string, run: RunSql, store: Parameters<typeof createReadOnlyAccess>[0]): Promise<BenchResult> {
  const reports = createReports({ source: createSqlSource(createReadOnlyAccess(store)) });
  const query = { ...SEED_YEAR, groupBy: 'unit' as const };
  const { days, index } = calendarArrays();
  // Dates of the period are 00:00 WIB, as the library reads them; SQL would read them in the session's zone.
  const params = [`${SEED_YEAR.from}T00:00:00+07:00`, `${SEED_YEAR.to}T00:00:00+07:00`, SEED_YEAR.asOf, days, index, 14];
  const statement = handWrittenKpis(`"${SCHEMA}"`);
  const ours: number[] = [];
  const baseline: number[] = [];
  let report: Awaited<ReturnType<typeof reports.kpis>> | undefined;
  let rows: { is_total: boolean; received: number; resolved: number; answer_sum: string | number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    report = await reports.kpis(coordinator, query);
    ours.push(performance.now() - started);
    started = performance.now();
    rows = ((await run(statement, params)) as { rows: typeof rows }).rows;
    baseline.push(performance.now() - started);
  }
  const total = rows.find((row) => row.is_total);
  const figures = report?.total.figures;
  if (!total || !figures || total.received !== figures.received.value || total.resolved !== figures.resolvedOfReceived.numerator) {
    const ours = figures && { received: figures.received.value, resolved: figures.resolvedOfReceived.numerator };
    throw new Error(`the hand-written query and the report disagree (${label}): ${JSON.stringify({ total, ours })}`);
  }
  if (Number(total.answer_sum) !== (figures.daysToFirstAnswer.mean ?? 0) * figures.daysToFirstAnswer.count) {
    console.warn(`  note (${label}): working days to the first answer differ between the two queries`);
  }
  const value = median(ours);
  const base = median(baseline);
  return {
    name: `reports (${label}): one year's KPI report grouped by unit over ${COMPLAINTS} complaints vs one hand-written SQL query of the same figures (ratio = baseline/value)`,
    value: round3(value),
    unit: 'ms',
    baseline: round3(base),
    ratio: round3(base / value),
  };
}

async function onPGlite(): Promise<BenchResult> {
  const pglite = await PGlite.create();
  const store = await createPGliteStore({ pglite, schema: SCHEMA });
  try {
    const run: RunSql = (sql, params) => pglite.query(sql, params);
    await seedHistory(run, SCHEMA, COMPLAINTS);
    return await measure('PGlite', run, store);
  } finally {
    await store.close();
    await pglite.close();
  }
}

async function onServer(): Promise<BenchResult | undefined> {
  const binDir = findPostgresBinaries();
  if (binDir === undefined) {
    console.warn('  PostgreSQL binaries not found: the server run is skipped');
    return undefined;
  }
  const cluster = await startThrowawayCluster({ binDir });
  const pool = new pg.Pool({ connectionString: cluster.connectionString(), max: 2 });
  const store = await createPostgresStore({ pool, schema: SCHEMA });
  try {
    const run: RunSql = (sql, params) => pool.query(sql, params);
    await seedHistory(run, SCHEMA, COMPLAINTS);
    return await measure('server', run, store);
  } finally {
    await store.close();
    await pool.end();
    await cluster.stop();
  }
}

export default async function run(): Promise<BenchResult[]> {
  const server = await onServer();
  return [...(server ? [server] : []), await onPGlite()];
}
