import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, createMemoryStore, type Desk } from '@aduan/core';
import { InvalidInputError, type StoreV1 } from '@aduan/spec';
import { PGlite } from '@electric-sql/pglite';
import { createPostgresStore } from '@aduan/store-postgres/pg';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { findPostgresBinaries, startThrowawayCluster, type ThrowawayCluster } from '@aduan/store-postgres/testing';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLaporBridge, importLaporExport, type LaporImportOptions } from './index.js';
import { exportCsv, MONTH, reportRow, writeExportXlsx, type ExportRow } from './test-support/lapor-export.js';

const coordinator = { id: 'koordinator', role: 'coordinator' } as const;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aduan-lapor-dry-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNumber = 0;
async function xlsx(rows: ExportRow[]): Promise<string> {
  const path = join(dir, `export-${++fileNumber}.xlsx`);
  await writeExportXlsx(path, rows);
  return path;
}

/** A store and a dump of everything it holds, read with its own SQL (or the memory store's contents), to compare byte for byte. */
interface Backend {
  name: string;
  available: boolean;
  open(): Promise<{ store: StoreV1; dump(): Promise<string>; close(): Promise<void> }>;
}

type Query = (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** Every row of every table of the schema, as JSON text, in a fixed order. */
async function dumpSchema(query: Query, schema: string): Promise<string> {
  const { rows: tables } = await query(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name COLLATE "C"',
    [schema],
  );
  const parts: string[] = [];
  for (const { table_name: table } of tables) {
    const { rows } = await query(
      `SELECT row_to_json(t)::text AS row FROM "${schema}"."${String(table)}" t ORDER BY row_to_json(t)::text COLLATE "C"`,
    );
    parts.push(`${String(table)}: ${rows.map((row) => row['row']).join('\n')}`);
  }
  return parts.join('\n\n');
}

let schemas = 0;
let pglite: Promise<PGlite> | undefined;
let cluster: Promise<ThrowawayCluster> | undefined;
const binDir = findPostgresBinaries();
const backends: Backend[] = [
  {
    name: 'memory',
    available: true,
    async open() {
      const store = createMemoryStore();
      return { store, dump: async () => JSON.stringify(store.contents()), close: async () => undefined };
    },
  },
  {
    name: 'pglite',
    available: true,
    async open() {
      pglite ??= PGlite.create();
      const db = await pglite;
      const schema = `lapor_dry_${++schemas}`;
      const store = await createPGliteStore({ pglite: db, schema });
      return { store, dump: () => dumpSchema((sql, params) => db.query(sql, params), schema), close: () => store.close() };
    },
  },
  {
    name: 'postgres',
    available: binDir !== undefined,
    async open() {
      cluster ??= startThrowawayCluster(binDir ? { binDir } : {});
      const connectionString = (await cluster).connectionString();
      const schema = `lapor_dry_${++schemas}`;
      const store = await createPostgresStore({ connectionString, schema, maxConnections: 2 });
      const client = new pg.Client({ connectionString });
      await client.connect();
      return {
        store,
        dump: () => dumpSchema((sql, params) => client.query(sql, params), schema),
        close: async () => {
          await client.end();
          await store.close();
        },
      };
    },
  },
];
afterAll(async () => {
  await (await pglite)?.close();
  await (await cluster)?.stop();
});

/** A dry run, then the real import of the same file: the reports must agree and the dry run must leave the store as it was. */
async function dryThenReal(path: string, options: LaporImportOptions, dump: () => Promise<string>) {
  const before = await dump();
  const dry = await importLaporExport(path, { ...options, dryRun: true });
  expect(await dump()).toBe(before);
  const real = await importLaporExport(path, options);
  expect(real.dryRun).toBeUndefined();
  expect(dry).toEqual({ ...real, dryRun: true });
  return real;
}

/** Rows the parser, the planner, the desk and the store each refuse, beside good ones. */
const TROUBLE: ExportRow[] = [
  reportRow(5049680, { 'Tanggal Laporan Masuk': '31 Feb 2026' }),
  reportRow(5049681, { 'Status Laporan': 'Dilimpahkan ke Kementerian' }),
  reportRow(5049672, { 'Judul Laporan': 'Baris kembar' }),
  reportRow(5049682, { 'Status Laporan': 'Terdisposisi' }),
  reportRow(5049683, { 'Status Laporan': 'Terdisposisi', 'Instansi Terdisposisi': 'Dinas Tanpa Kode' }),
  reportRow('50496', {}),
  reportRow(5049699),
];

const units: Record<string, string> = { 'Dinas Pekerjaan Umum': 'dpupr', 'Dinas Kesehatan': 'dinkes', 'Dinas Tanpa Kode': ' ' };
const unitFor = (agency: string) => units[agency];

for (const backend of backends) {
  describe.runIf(backend.available)(`a dry run of a LAPOR! import (${backend.name})`, () => {
    let opened: Awaited<ReturnType<Backend['open']>>;
    let desk: Desk;
    const open = async () => {
      opened = await backend.open();
      desk = createDesk({ store: opened.store, keepStoreOpen: true });
      return { store: opened.store, desk };
    };
    afterEach(async () => {
      await desk.close();
      await opened.close();
    });

    it('reports on a fresh store exactly what the import then does, and writes nothing', async () => {
      const { store } = await open();
      // A complaint already received on channel lapor under one of the file's Tracking IDs, but not linked to it.
      await desk.receive(coordinator, {
        channel: 'lapor',
        channelMessageId: '5049699',
        title: 'Diterima dari kanal lapor tanpa tautan',
        description: 'Diketik ulang oleh petugas dari SP4N-LAPOR!.',
        anonim: false,
        rahasia: false,
      });
      const path = await xlsx([...MONTH, ...TROUBLE]);

      const real = await dryThenReal(path, { desk, store, unitFor, batchSize: 4 }, opened.dump);

      expect(real).toMatchObject({ inserted: 6, updated: 0, unchanged: 0, skipped: 7 });
      expect(real.problems.map((problem) => [problem.row, problem.column])).toEqual([
        [12, 'Tanggal Laporan Masuk'],
        [13, 'Status Laporan'],
        [14, 'Tracking ID'],
        [15, 'Instansi Terdisposisi'],
        [16, ''],
        [17, 'Tracking ID'],
        [18, ''],
      ]);
      expect(real.problems[6]!.message).toContain('was already received as complaint');
    });

    it('plans against a previous import and what officers did since, and the import then agrees', async () => {
      const { store } = await open();
      await importLaporExport(await xlsx(MONTH), { desk, store, unitFor });
      const byId = async (id: string) => (await store.doFindByExternalRef({ system: 'lapor', id }))!;
      // An officer disposed one complaint past what LAPOR! says, and linked a local complaint to a Tracking ID.
      await desk.dispose(coordinator, { complaintId: (await byId('5049673')).id, unitId: 'dinkes' });
      const { complaint: local } = await desk.receive(coordinator, {
        channel: 'in_person',
        title: 'Jalan berlubang di Podosugih',
        description: 'Disampaikan di teras wali kota, lalu diteruskan ke SP4N-LAPOR!.',
        anonim: false,
        rahasia: false,
      });
      await desk.link(coordinator, { complaintId: local.id, system: 'lapor', id: '5049690' });

      const path = await xlsx([
        reportRow(5049672, { 'Status Laporan': 'Terdisposisi', 'Instansi Terdisposisi': 'Dinas Pekerjaan Umum' }),
        reportRow(5049673, {
          'Status Laporan': 'Terverifikasi',
          'Tipe Laporan (Anonim/Rahasia)': 'Anonim',
          'Nama Pelapor': '',
          Rating: '5',
        }),
        MONTH[2]!,
        reportRow(5049675, { ...MONTH[3], 'Status Laporan': 'Ditutup oleh Admin', Rating: '2' }),
        MONTH[4]!,
        reportRow(5049690, { 'Status Laporan': 'Ditindaklanjuti', 'Instansi Terdisposisi': 'Dinas Kesehatan' }),
        reportRow(5049691, { 'Status Laporan': 'Selesai', 'Instansi Terdisposisi': 'Dinas Kesehatan' }),
        ...TROUBLE.slice(0, 4),
      ]);

      const real = await dryThenReal(path, { desk, store, unitFor, batchSize: 3 }, opened.dump);

      expect(real).toMatchObject({ inserted: 1, updated: 4, unchanged: 2, skipped: 4 });
      expect(await byId('5049673')).toMatchObject({ status: 'disposed', unitId: 'dinkes' });
      expect(await byId('5049690')).toMatchObject({ id: local.id, status: 'responded', title: 'Jalan berlubang di Podosugih' });
      // The same file once more: the dry run foresees that nothing changes.
      const again = await dryThenReal(path, { desk, store, unitFor }, opened.dump);
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 7, skipped: 4 });
    });

    it('foresees the refusals of an actor the desk does not let import', async () => {
      const { store } = await open();
      const path = await xlsx(MONTH.slice(0, 3));
      const officer = { id: 'petugas-dinkes', role: 'unit_officer', unitId: 'dinkes' } as const;

      const real = await dryThenReal(path, { desk, store, unitFor, actor: officer }, opened.dump);

      expect(real).toMatchObject({ inserted: 0, skipped: 3 });
      expect(real.problems).toHaveLength(3);
    });
  });
}

describe('a dry run through the bridge', () => {
  it('takes dryRun on the export and on reports from any source, and writes nothing', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const bridge = createLaporBridge({ desk, store, unitFor });
    const path = join(dir, 'bridge.csv');
    writeFileSync(path, exportCsv(MONTH));

    const dry = await bridge.importExport(path, { actor: coordinator, dryRun: true });
    expect(dry).toEqual({ inserted: 6, updated: 0, unchanged: 0, skipped: 0, problems: [], dryRun: true });
    expect(store.contents().events).toEqual([]);

    async function* reports() {
      yield {
        trackingId: '5049672',
        receivedAt: '2026-01-03T01:30:00.000Z',
        title: 'Jalan',
        initialText: 'Berlubang.',
        privacy: 'biasa' as const,
        status: 'Terverifikasi',
      };
      yield {
        trackingId: '5049700',
        receivedAt: '2026-01-03T01:30:00.000Z',
        title: 'Lampu',
        initialText: 'Mati.',
        privacy: 'rahasia' as const,
        status: 'Terdisposisi',
      };
    }
    expect(await bridge.importReports(reports(), { dryRun: true })).toMatchObject({ inserted: 1, skipped: 1, dryRun: true });
    expect(store.contents().events).toEqual([]);

    const real = await bridge.importExport(path, { actor: coordinator });
    expect(real).toEqual({ inserted: 6, updated: 0, unchanged: 0, skipped: 0, problems: [] });
    await desk.close();
  });

  it('refuses dryRun on a pull, whose cursor moves as pages go in, before any request', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const bridge = createLaporBridge({ desk, store, api: { baseUrl: 'http://127.0.0.1:9/api/', token: 'token', retries: 0 } });

    const refusal = await bridge.pull({ dryRun: true } as never).catch((error: unknown) => error);

    expect(InvalidInputError.isInstance(refusal)).toBe(true);
    expect((refusal as InvalidInputError).issues.map((issue) => issue.path)).toEqual(['dryRun']);
    await desk.close();
  });

  it('looks a batch up with one store read and never appends to the store', async () => {
    const memory = createMemoryStore();
    const calls = { batchLookups: 0, appends: 0 };
    const store: StoreV1 = {
      ...memory,
      doFindByExternalRefs: (refs) => {
        calls.batchLookups += 1;
        return memory.doFindByExternalRefs!(refs);
      },
      doAppend: (input) => {
        calls.appends += 1;
        return memory.doAppend(input);
      },
      doAppendMany: (inputs) => {
        calls.appends += 1;
        return memory.doAppendMany!(inputs);
      },
    };
    const desk = createDesk({ store });
    const path = join(dir, 'large.csv');
    writeFileSync(path, exportCsv(Array.from({ length: 1_200 }, (_, index) => reportRow(20_000_000 + index))));

    const dry = await importLaporExport(path, { desk, store, batchSize: 500, dryRun: true });

    expect(dry).toMatchObject({ inserted: 1_200, problems: [], dryRun: true });
    // One read per batch: the planned appends' references are checked against the import's own lookup.
    expect(calls).toEqual({ batchLookups: 3, appends: 0 });
    expect(memory.contents().projections).toEqual([]);
    await desk.close();
  });
});
