import { createDesk, createMemoryStore, type Desk } from '@aduan/core';
import { InvalidConfigError, InvalidInputError, LaporApiError, type StoreV1 } from '@aduan/spec';
import { PGlite } from '@electric-sql/pglite';
import type { SqlStore } from '@aduan/store-postgres';
import { createPostgresStore } from '@aduan/store-postgres/pg';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { findPostgresBinaries, startThrowawayCluster, type ThrowawayCluster } from '@aduan/store-postgres/testing';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createLaporBridge, type LaporApiBridge, type LaporApiOptions } from '../index.js';
import { FAKE_LAPOR_INTERNAL_TEXT, startFakeLaporServer, type FakeLaporServer } from '../testing/index.js';
import { MONTH, reportRow, type ExportRow } from '../test-support/lapor-export.js';

const TOKEN = 'token-integrasi-pekalongan';
const coordinator = { id: 'koordinator', role: 'coordinator' } as const;

const IDS = MONTH.map((row) => row['Tracking ID']!);

let schemas = 0;
let pglite: Promise<PGlite> | undefined;
let cluster: Promise<ThrowawayCluster> | undefined;
const binDir = findPostgresBinaries();
const backends: { name: string; available: boolean; open(): Promise<SqlStore> }[] = [
  {
    name: 'pglite',
    available: true,
    async open() {
      pglite ??= PGlite.create();
      return createPGliteStore({ pglite: await pglite, schema: `lapor_api_${++schemas}` });
    },
  },
  {
    name: 'postgres',
    available: binDir !== undefined,
    async open() {
      cluster ??= startThrowawayCluster(binDir ? { binDir } : {});
      return createPostgresStore({
        connectionString: (await cluster).connectionString(),
        schema: `lapor_api_${++schemas}`,
        maxConnections: 2,
      });
    },
  },
];
afterAll(async () => {
  await (await pglite)?.close();
  await (await cluster)?.stop();
});

let fake: FakeLaporServer;
let desk: Desk;
let store: StoreV1 & { close?: () => Promise<void> };
const waits: number[] = [];
afterEach(async () => {
  await desk?.close();
  await store?.close?.();
  await fake?.close();
  waits.length = 0;
});

async function setUp(
  open: () => Promise<StoreV1 & { close?: () => Promise<void> }>,
  reports: ExportRow[],
  api: Partial<LaporApiOptions> = {},
) {
  fake = await startFakeLaporServer({ token: TOKEN, reports: reports as Record<string, string>[] });
  store = await open();
  desk = createDesk({ store });
  const bridge: LaporApiBridge = createLaporBridge({
    desk,
    store,
    api: { baseUrl: fake.url, token: TOKEN, pageSize: 2, retryDelayMs: 10, sleep: async (ms) => void waits.push(ms), ...api },
  });
  return bridge;
}

const complaintCount = async () => Object.values(await store.doCount({}, 'status')).reduce((sum, n) => sum + n, 0);

for (const backend of backends) {
  describe(`pull over the LAPOR! API (${backend.name})`, () => {
    it('imports every page like export rows, each to its mapped state, and the same pull again changes nothing', async (context) => {
      if (!backend.available) context.skip('no PostgreSQL 15 server binaries (install postgresql-15)');
      const bridge = await setUp(() => backend.open(), MONTH);
      const cursors: string[] = [];

      const first = await bridge.pull({ onCursor: (cursor) => void cursors.push(cursor) });

      expect(first).toMatchObject({ inserted: 6, updated: 0, unchanged: 0, skipped: 0, problems: [], pages: 3 });
      expect(first.cursor).toBe(cursors.at(-1));
      expect(cursors).toHaveLength(3);
      const byId = async (id: string) => (await store.doFindByExternalRef({ system: 'lapor', id }))!;
      expect((await byId('5049672')).status).toBe('received');
      expect(await byId('5049673')).toMatchObject({ status: 'verified', anonim: true });
      expect(await byId('5049674')).toMatchObject({ status: 'disposed', unitId: 'dinas-pekerjaan-umum' });
      expect(await byId('5049675')).toMatchObject({ status: 'resolved', rahasia: true });
      expect((await byId('5049676')).status).toBe('rejected');
      expect((await byId('15049677')).status).toBe('needs_info');
      const synced = (await store.doReadStream((await byId('5049675')).id)).find((event) => event.type === 'complaint-synced')!;
      expect(synced.payload).toMatchObject({ system: 'lapor', id: '5049675', transport: 'api', fields: { rating: '4' } });

      expect(await bridge.pull()).toMatchObject({ inserted: 0, updated: 0, unchanged: 6, skipped: 0 });
      expect(await bridge.pull({ cursor: first.cursor })).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        problems: [],
        cursor: first.cursor,
        pages: 1,
      });
      expect(await complaintCount()).toBe(6);
    });

    it('brings only what changed after the cursor, and moves complaints forward', async (context) => {
      if (!backend.available) context.skip('no PostgreSQL 15 server binaries (install postgresql-15)');
      const bridge = await setUp(() => backend.open(), MONTH);
      const { cursor } = await bridge.pull();
      fake.put(reportRow(5049672, { 'Status Laporan': 'Terdisposisi', 'Instansi Terdisposisi': 'Dinas Kesehatan' }));
      fake.put(reportRow(5049680, { 'Status Laporan': 'Terverifikasi' }));

      const next = await bridge.pull({ cursor });

      expect(next).toMatchObject({ inserted: 1, updated: 1, unchanged: 0, skipped: 0, pages: 1 });
      expect(await store.doFindByExternalRef({ system: 'lapor', id: '5049672' })).toMatchObject({
        status: 'disposed',
        unitId: 'dinas-kesehatan',
      });
      expect(await complaintCount()).toBe(7);
    });

    it('resumes from the last cursor after a failure part-way: nothing lost, nothing twice', async (context) => {
      if (!backend.available) context.skip('no PostgreSQL 15 server binaries (install postgresql-15)');
      const bridge = await setUp(() => backend.open(), MONTH, { retries: 0 });
      let saved: string | undefined;
      fake.inject({ kind: 'status', status: 503 });
      // The first request fails at once (no retries): nothing imported, no cursor.
      const failed = bridge.pull({
        onCursor: (cursor) => {
          saved = cursor;
        },
      });
      await expect(failed).rejects.toSatisfy(LaporApiError.isInstance);
      expect(saved).toBeUndefined();

      // Page 1 goes in, page 2 fails: the saved cursor is after page 1.
      const pull = bridge.pull({
        onCursor: (cursor) => {
          saved = cursor;
          fake.inject({ kind: 'drop' });
        },
      });
      await expect(pull).rejects.toMatchObject({ code: 'lapor_api_failure', reason: 'unavailable', retryable: true });
      expect(await complaintCount()).toBe(2);

      const resumed = await bridge.pull({ cursor: saved });
      expect(resumed).toMatchObject({ inserted: 4, updated: 0, unchanged: 0, skipped: 0, pages: 2 });
      expect(await complaintCount()).toBe(6);
      for (const id of IDS) expect(await store.doFindByExternalRef({ system: 'lapor', id })).toBeDefined();
    });
  });
}

describe('the LAPOR! API client against a broken or hostile server', () => {
  const memory = async () => createMemoryStore();

  it('retries 429 and 5xx, honouring Retry-After, then goes on', async () => {
    const bridge = await setUp(memory, MONTH);
    fake.inject({ kind: 'status', status: 429, retryAfter: '2' }, { kind: 'status', status: 503 }, { kind: 'status', status: 500 });

    expect(await bridge.pull()).toMatchObject({ inserted: 6, pages: 3 });
    expect(waits).toEqual([2_000, 20, 40]);
    expect(fake.requests.filter((request) => request.method === 'GET')).toHaveLength(6);
  });

  it('fails with rate_limited once the retries are spent, or at once when Retry-After is longer than it may wait', async () => {
    let bridge = await setUp(memory, MONTH, { retries: 1 });
    fake.inject({ kind: 'status', status: 429, retryAfter: '1' }, { kind: 'status', status: 429, retryAfter: '1' });
    await expect(bridge.pull()).rejects.toMatchObject({ reason: 'rate_limited', status: 429, retryable: true });
    expect(waits).toEqual([1_000]);
    await desk.close();
    await fake.close();

    waits.length = 0;
    bridge = await setUp(memory, MONTH, { maxRetryDelayMs: 5_000 });
    fake.inject({ kind: 'status', status: 503, retryAfter: new Date(Date.now() + 3_600_000).toUTCString() });
    await expect(bridge.pull()).rejects.toMatchObject({ reason: 'server_error', status: 503 });
    expect(waits).toEqual([]);
  });

  it('never shows the server’s own text, and says what happened in Bahasa Indonesia and English', async () => {
    const bridge = await setUp(memory, MONTH, { retries: 2 });
    fake.inject(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 500 })));
    const error = await bridge.pull().catch((thrown: unknown) => thrown);
    expect(LaporApiError.isInstance(error) && error.reason).toBe('server_error');
    expect((error as Error).message).toMatch(/^SP4N-LAPOR! sedang gagal \(HTTP 500\): coba lagi nanti \/ SP4N-LAPOR! is failing/);
    expect(JSON.stringify(error)).not.toContain(FAKE_LAPOR_INTERNAL_TEXT);
  });

  it('refuses a wrong token with unauthorized, without retrying', async () => {
    const bridge = await setUp(memory, MONTH, { token: 'token-salah' });
    const error = await bridge.pull().catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'lapor_api_failure', reason: 'unauthorized', status: 401, retryable: false });
    expect((error as Error).message).toContain('ADUAN_LAPOR_TOKEN');
    expect(fake.requests).toHaveLength(1);
    expect(await complaintCount()).toBe(0);
  });

  it('stops reading an answer over the size cap', async () => {
    const bridge = await setUp(memory, MONTH, { maxResponseBytes: 4_096 });
    fake.inject({ kind: 'oversized', bytes: 50 * 1024 * 1024 });
    await expect(bridge.pull()).rejects.toMatchObject({ reason: 'response_too_large', retryable: false });
    expect(await complaintCount()).toBe(0);
  });

  it('stops when a page gives back a cursor it already gave, or pages never end', async () => {
    let bridge = await setUp(memory, MONTH);
    const cursors: string[] = [];
    fake.inject({ kind: 'status', status: 503 }); // retried
    const pull = bridge.pull({
      onCursor: (cursor) => {
        cursors.push(cursor);
        fake.inject({ kind: 'repeat-cursor' });
      },
    });
    await expect(pull).rejects.toMatchObject({ reason: 'repeated_cursor' });
    expect(cursors).toHaveLength(1);
    expect(fake.requests).toHaveLength(3); // the 503, page 1, the page that repeats its cursor
    expect(await complaintCount()).toBe(2);
    await desk.close();
    await fake.close();

    bridge = await setUp(memory, MONTH, { maxPages: 2 });
    await expect(bridge.pull()).rejects.toMatchObject({ reason: 'repeated_cursor' });
    expect(await complaintCount()).toBe(4);
  });

  it('reports a bad record by its place in the pull and the export column, and imports the others', async () => {
    const bridge = await setUp(memory, [
      ...MONTH.slice(0, 2),
      reportRow(5049690, { 'Tanggal Laporan Masuk': '32 Jan 2026' }),
      reportRow(5049691, { 'Status Laporan': 'Entah' }),
    ]);
    const report = await bridge.pull();
    expect(report).toMatchObject({ inserted: 2, skipped: 2 });
    expect(report.problems).toEqual([
      { row: 3, column: 'Tanggal Laporan Masuk', message: expect.stringContaining('32 Jan 2026') },
      { row: 4, column: 'Status Laporan', message: expect.stringContaining('status "Entah" tidak dikenal') },
    ]);
  });

  it('refuses options that cannot work before any request', async () => {
    fake = await startFakeLaporServer({ token: TOKEN });
    store = createMemoryStore();
    desk = createDesk({ store });
    const attempt = (api: Partial<LaporApiOptions>) => () =>
      createLaporBridge({ desk, store, api: { baseUrl: fake.url, token: TOKEN, ...api } as LaporApiOptions });
    expect(attempt({ baseUrl: 'ftp://lapor.go.id/' })).toThrow(InvalidConfigError);
    expect(attempt({ token: 'a\r\nX-Evil: 1' })).toThrow(/token: must be a non-empty token on one line/);
    expect(attempt({ pageSize: 501 })).toThrow(/pageSize: must be a whole number from 1 to 500/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('push to the LAPOR! API', () => {
  const memory = async () => createMemoryStore();

  it('sends the status and the latest answer of a linked complaint, and the fake records exactly that', async () => {
    const bridge = await setUp(memory, MONTH);
    await bridge.pull();
    const complaint = (await store.doFindByExternalRef({ system: 'lapor', id: '5049674' }))!;
    const officer = { id: 'penghubung-dpu', role: 'unit_officer', unitId: 'dinas-pekerjaan-umum' } as const;
    await desk.respond(officer, { complaintId: complaint.id, message: 'Jalan sudah ditambal pada 5 Januari 2026.' });

    const update = await bridge.push(coordinator, complaint.id);

    const after = (await store.doLoadProjection(complaint.id))!;
    expect(update).toEqual({
      trackingId: '5049674',
      status: 'Ditindaklanjuti',
      answer: 'Jalan sudah ditambal pada 5 Januari 2026.',
      updatedAt: after.updatedAt,
    });
    expect(fake.updates).toEqual([
      {
        'Tracking ID': '5049674',
        'Status Laporan': 'Ditindaklanjuti',
        'Isi Tindak Lanjut': 'Jalan sudah ditambal pada 5 Januari 2026.',
        'Waktu Tindak Lanjut': after.updatedAt,
      },
    ]);
    expect(fake.requests.at(-1)).toEqual({ method: 'POST', path: '/reports/5049674/tindak-lanjut' });
  });

  it('refuses a complaint without a Tracking ID, and says when LAPOR! does not know it', async () => {
    const bridge = await setUp(memory, MONTH);
    const { complaint } = await desk.receive(coordinator, {
      channel: 'in_person',
      title: 'Lampu jalan mati',
      description: 'Lampu di Jl. Merdeka mati.',
    });
    await desk.verify(coordinator, { complaintId: complaint.id });
    const refused = await bridge.push(coordinator, complaint.id).catch((thrown: unknown) => thrown);
    expect(InvalidInputError.isInstance(refused) && refused.issues[0]?.path).toBe('complaintId');

    await desk.link(coordinator, { complaintId: complaint.id, system: 'lapor', id: '7777777' });
    await expect(bridge.push(coordinator, complaint.id)).rejects.toMatchObject({ reason: 'not_found', status: 404 });
    expect(fake.updates).toEqual([]);
  });

  it('declares pull and push only for the API transport', async () => {
    store = createMemoryStore();
    desk = createDesk({ store });
    fake = await startFakeLaporServer({ token: TOKEN });
    expect(createLaporBridge({ desk, store }).capabilities).toEqual({ link: true, importExport: true, pull: false, push: false });
    expect(createLaporBridge({ desk, store }).pull).toBeUndefined();
    expect(createLaporBridge({ desk, store, api: { baseUrl: fake.url, token: TOKEN } }).capabilities).toMatchObject({
      pull: true,
      push: true,
    });
  });
});
