// The city's desk (examples/desk) with 100,000 complaints: server time to render the queue page and
// the dashboard against the raw SQL those pages need, same run; and p95 latency of 50 officers
// browsing queues at once over loopback HTTP. PGlite always; a PostgreSQL server when its binaries are installed.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccounts, createSessionTokens } from '@aduan/accounts';
import { createMemoryRateLimiter } from '@aduan/adapter-utils';
import { createDesk } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import type { AppendInput } from '@aduan/spec';
import { createPostgresAccountStore, createSqlStore, type SqlDriver } from '@aduan/store-postgres';
import { createPgDriver } from '@aduan/store-postgres/pg';
import { createPGliteDriver } from '@aduan/store-postgres/pglite';
import { findPostgresBinaries, startThrowawayCluster } from '@aduan/store-postgres/testing';
import { respondedAppends, StreamBuilder } from '@aduan/test-kit';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createDeskApp } from '../src/app.js';
import { createReopenedIndex } from '../src/reopened-index.js';
import { createDeskReports } from '../src/desk-reports.js';
import { median, round3, type BenchResult } from '../../../bench/result.js';

const COMPLAINTS = Number(process.env.ADUAN_DESK_BENCH_COMPLAINTS ?? 100_000);
const ROUNDS = 7;
const OFFICERS = 50;
const REQUESTS_PER_OFFICER = 10;
const SCHEMA = 'bench_desk';
const AT = '2026-03-02T02:00:00.000Z';
const PASSWORD = 'kata-sandi-bench-123';

const template = respondedAppends(
  new StreamBuilder({ complaintId: 'tpl', trackingNumber: 'T-tpl', at: AT, category: 'drainase' }),
  AT,
  '2026-03-20T03:00:00.000Z',
  'dpupr',
);

/** Complaint `i` taken 1..4 steps along (received, verified, disposed, responded): a mix of queues. Hashes are the template's. */
function appendsFor(i: number): AppendInput[] {
  const id = `c-${i}`;
  const complainantId = `${id}-warga`;
  return template.slice(0, (i % 4) + 1).map((append, step) => ({
    complaintId: id,
    expectedVersion: append.expectedVersion,
    events: append.events.map((event) => ({ ...event, id: `${id}-e${event.version}`, complaintId: id })),
    projection: {
      ...append.projection,
      id,
      trackingNumber: `T-${id}`,
      complainantId,
      createdAt: new Date(Date.parse(AT) - i * 60_000).toISOString(),
    },
    identity: step === 0 ? { complainantId, name: 'Warga' } : undefined,
    outbox: append.outbox?.map((message) => ({ ...message, id: `${id}-out`, complaintId: id, complainantId, idempotencyKey: `${id}:4` })),
  }));
}

const ms = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

/** The SQL the queue page "Baru" needs: the menu's nine counts and one page of the list. */
function queueSql(sql: SqlDriver, s: string, now: string, soon: string) {
  const open = ['received', 'needs_info', 'verified', 'disposed', 'responded', 'escalated'];
  const count = (where: string, params: unknown[]) =>
    sql.query(`SELECT status, count(*) FROM ${s}.projections WHERE ${where} GROUP BY status`, params);
  return Promise.all([
    count('status = ANY($1)', [['received']]),
    count('status = ANY($1)', [['needs_info']]),
    count('status = ANY($1)', [['verified']]),
    count('status = ANY($1)', [['disposed']]),
    count('status = ANY($1) AND due_at >= $2 AND due_at < $3', [open, now, soon]),
    count('status = ANY($1) AND due_at < $2', [open, now]),
    count('status = ANY($1)', [['responded']]),
    count('status = ANY($1)', [['escalated']]),
    count('true', []),
    sql.query(`SELECT * FROM ${s}.projections WHERE status = ANY($1) ORDER BY created_at, id LIMIT 51`, [['received']]),
  ]);
}

/** The SQL the dashboard needs: four grouped counts. */
function dashboardSql(sql: SqlDriver, s: string, now: string) {
  const open = ['received', 'needs_info', 'verified', 'disposed', 'responded', 'escalated'];
  return Promise.all([
    sql.query(`SELECT status, count(*) FROM ${s}.projections GROUP BY status`),
    sql.query(`SELECT channel, count(*) FROM ${s}.projections GROUP BY channel`),
    sql.query(`SELECT unit_id, count(*) FROM ${s}.projections WHERE status = ANY($1) GROUP BY unit_id`, [open]),
    sql.query(`SELECT unit_id, count(*) FROM ${s}.projections WHERE status = ANY($1) AND due_at < $2 GROUP BY unit_id`, [open, now]),
  ]);
}

async function measure(label: string, driver: SqlDriver): Promise<BenchResult[]> {
  const store = await createSqlStore(driver, { schema: SCHEMA });
  const lives = Array.from({ length: COMPLAINTS }, (_, i) => appendsFor(i));
  for (let step = 0; step < 4; step++) {
    const appends = lives.flatMap((life) => (life[step] ? [life[step]!] : []));
    for (let i = 0; i < appends.length; i += 1_000) await store.doAppendMany(appends.slice(i, i + 1_000));
  }
  await driver.query(`ANALYZE "${SCHEMA}".projections`);
  const clock = { now: () => new Date('2026-03-03T02:00:00.000Z') };
  const calendar = createWorkingCalendar();
  const reopened = createReopenedIndex();
  const desk = createDesk({ store, clock, keepStoreOpen: true, plugins: [reopened] });
  const accounts = createAccounts({ store: createPostgresAccountStore(store), clock });
  await accounts.add({ username: 'koordinator', displayName: 'Koordinator', role: 'coordinator', password: PASSWORD });
  const tokens = createSessionTokens({ secret: 'rahasia-sesi-bench-0123456789abcdef0123', clock });
  const app = createDeskApp({
    desk,
    accounts,
    tokens,
    calendar,
    clock,
    channels: [],
    secureCookies: false,
    reports: createDeskReports({ store, desk, calendar, clock }),
    reopened,
    loginRateLimits: { perAddress: createMemoryRateLimiter({ burst: 1_000, perMinute: 1_000 }) },
  });
  const cookie = `aduan_sesi=${tokens.issue((await accounts.findByUsername('koordinator'))!)}`;
  const render = async (path: string) => {
    const response = await app.request(path, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    await response.text();
  };
  const s = `"${SCHEMA}"`;
  const now = clock.now().toISOString();
  const soon = new Date(calendar.addWorkingDays(clock.now(), 1).getTime() + 1).toISOString();
  const results: BenchResult[] = [];
  for (const [page, path, raw] of [
    ['queue page', '/petugas/antrean/baru', () => queueSql(driver, s, now, soon)],
    ['dashboard', '/petugas/dasbor', () => dashboardSql(driver, s, now)],
  ] as const) {
    await render(path);
    await raw();
    const rendered: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rendered.push(await ms(() => render(path)));
      rawTimes.push(await ms(raw));
    }
    const value = median(rendered);
    const baseline = median(rawTimes);
    results.push({
      name: `desk (${label}): ${page} with ${COMPLAINTS} complaints, server render time vs the raw SQL it needs`,
      value: round3(value),
      unit: 'ms',
      baseline: round3(baseline),
      ratio: round3(baseline / value),
    });
  }

  // 50 officers at once on loopback HTTP, each browsing queues one page after another.
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const queues = ['baru', 'siap-disposisi', 'unit-saya', 'menunggu-konfirmasi', 'semua'];
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: OFFICERS }, async (_, officer) => {
      for (let i = 0; i < REQUESTS_PER_OFFICER; i++) {
        latencies.push(
          await ms(async () => {
            const response = await fetch(`${url}/petugas/antrean/${queues[(officer + i) % queues.length]}`, { headers: { cookie } });
            await response.text();
          }),
        );
      }
    }),
  );
  await new Promise<void>((resolve) => server.close(() => resolve()));
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.floor(latencies.length * 0.95)]!;
  const single = results[0]!.value;
  results.push({
    name: `desk (${label}): p95 latency of ${OFFICERS} officers browsing queues at once on loopback, vs one queue page alone`,
    value: round3(p95),
    unit: 'ms',
    baseline: single,
    ratio: round3(single / p95),
  });
  await desk.close();
  await store.close();
  return results;
}

export default async function run(): Promise<BenchResult[]> {
  const pglite = await PGlite.create();
  const results = await measure('PGlite', createPGliteDriver(pglite));
  await pglite.close();
  const binDir = findPostgresBinaries();
  if (binDir) {
    const cluster = await startThrowawayCluster({ binDir });
    const pool = new pg.Pool({ connectionString: cluster.connectionString(), max: 10 });
    try {
      results.push(...(await measure('server', createPgDriver(pool))));
    } finally {
      await pool.end();
      await cluster.stop();
    }
  }
  return results;
}
