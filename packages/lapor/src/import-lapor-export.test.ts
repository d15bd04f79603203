import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, createMemoryStore } from '@aduan/core';
import { StoreFailureError, type StoreV1 } from '@aduan/spec';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLaporBridge, importLaporExport } from './index.js';
import { exportCsv, MONTH, reportRow, writeExportXlsx, type ExportRow } from './test-support/lapor-export.js';

const coordinator = { id: 'koordinator', role: 'coordinator' } as const;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'aduan-lapor-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNumber = 0;
async function xlsx(rows: ExportRow[]): Promise<string> {
  const path = join(dir, `export-${++fileNumber}.xlsx`);
  await writeExportXlsx(path, rows);
  return path;
}

const backends: { name: string; open: () => Promise<StoreV1 & { close?: () => Promise<void> }> }[] = [
  { name: 'memory', open: async () => createMemoryStore() },
  { name: 'pglite', open: () => createPGliteStore({}) },
];

for (const backend of backends) {
  describe(`importLaporExport (${backend.name})`, () => {
    let store: StoreV1 & { close?: () => Promise<void> };
    let desk: ReturnType<typeof createDesk>;
    const open = async () => {
      store = await backend.open();
      desk = createDesk({ store });
      return { store, desk };
    };
    afterEach(async () => {
      await desk.close();
      await store.close?.();
    });

    it('imports a month of reports through the desk, each to the state its LAPOR! status maps to', async () => {
      await open();
      const report = await importLaporExport(await xlsx(MONTH), { desk, store });

      expect(report).toEqual({ inserted: 6, updated: 0, unchanged: 0, skipped: 0, problems: [] });
      const byId = async (id: string) => (await store.doFindByExternalRef({ system: 'lapor', id }))!;
      expect((await byId('5049672')).status).toBe('received');
      expect((await byId('5049673')).status).toBe('verified');
      expect(await byId('5049674')).toMatchObject({ status: 'disposed', unitId: 'dinas-pekerjaan-umum' });
      expect((await byId('5049675')).status).toBe('resolved');
      expect((await byId('5049676')).status).toBe('rejected');
      expect((await byId('15049677')).status).toBe('needs_info');

      const first = await byId('5049672');
      expect(first).toMatchObject({ channel: 'lapor', externalRefs: [{ system: 'lapor', id: '5049672' }], anonim: false, rahasia: false });
      expect(await store.doFindByDedupeKey({ channel: 'lapor', messageId: '5049672' })).toBe(first.id);
      const history = await desk.history(coordinator, first.id);
      expect(history.map((event) => event.type)).toEqual(['complaint-received', 'complaint-synced']);
      expect(history[1]!.payload).toMatchObject({
        system: 'lapor',
        id: '5049672',
        transport: 'export',
        fields: { status: 'Belum Terverifikasi', source: 'Website', classification: 'Pengaduan' },
        sourceTimestamps: { receivedAt: '2026-01-03T01:30:00.000Z' },
      });
      const late = await desk.history(coordinator, (await byId('15049677')).id);
      expect(late[1]!.payload).toMatchObject({ sourceTimestamps: { receivedAt: '2026-08-28T16:59:30.000Z' } });
      for (const id of ['5049672', '5049675']) expect(await desk.verifyHistory((await byId(id)).id)).toMatchObject({ ok: true });
    });

    it('carries anonim and rahasia over and never gives a rahasia report an identity', async () => {
      await open();
      await importLaporExport(await xlsx(MONTH), { desk, store });

      const ordinary = await store.doFindByExternalRef({ system: 'lapor', id: '5049672' });
      const anonim = await store.doFindByExternalRef({ system: 'lapor', id: '5049673' });
      const rahasia = await store.doFindByExternalRef({ system: 'lapor', id: '5049675' });
      expect(anonim).toMatchObject({ anonim: true, rahasia: false });
      expect(rahasia).toMatchObject({ anonim: false, rahasia: true });
      expect((await store.doLoadIdentity(ordinary!.complainantId))?.name).toBe('Siti Aminah');
      expect(await store.doLoadIdentity(anonim!.complainantId)).toBeUndefined();
      expect(await store.doLoadIdentity(rahasia!.complainantId)).toBeUndefined();
      const view = await desk.get(coordinator, rahasia!.id);
      expect(JSON.stringify(view)).not.toContain('Nama yang tidak boleh terbawa');
      expect(JSON.stringify(await desk.history(coordinator, rahasia!.id))).not.toContain('Nama yang tidak boleh terbawa');
    });

    it('changes nothing when the same file comes again', async () => {
      await open();
      const path = await xlsx(MONTH);
      await importLaporExport(path, { desk, store });
      const versions = await Promise.all(MONTH.map((row) => store.doFindByExternalRef({ system: 'lapor', id: row['Tracking ID']! })));

      const again = await importLaporExport(path, { desk, store });

      expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 6, skipped: 0, problems: [] });
      const after = await Promise.all(MONTH.map((row) => store.doFindByExternalRef({ system: 'lapor', id: row['Tracking ID']! })));
      expect(after.map((p) => p?.version)).toEqual(versions.map((p) => p?.version));
    });

    it('moves a complaint forward when LAPOR! moved on, and never back over what officers did here', async () => {
      await open();
      await importLaporExport(await xlsx([reportRow(5049672), reportRow(5049673)]), { desk, store });
      const ahead = (await store.doFindByExternalRef({ system: 'lapor', id: '5049673' }))!;
      await desk.dispose(coordinator, { complaintId: ahead.id, unitId: 'dinas-kesehatan' });

      const report = await importLaporExport(
        await xlsx([
          reportRow(5049672, { 'Status Laporan': 'Terdisposisi', 'Instansi Terdisposisi': 'Dinas Pekerjaan Umum' }),
          reportRow(5049673, { 'Status Laporan': 'Terverifikasi', Rating: '5' }),
        ]),
        { desk, store, unitFor: (agency) => (agency === 'Dinas Pekerjaan Umum' ? 'dpupr' : undefined) },
      );

      expect(report).toEqual({ inserted: 0, updated: 2, unchanged: 0, skipped: 0, problems: [] });
      expect(await store.doFindByExternalRef({ system: 'lapor', id: '5049672' })).toMatchObject({ status: 'disposed', unitId: 'dpupr' });
      // LAPOR!'s rating is recorded; the officer's disposition stays.
      const kept = (await store.doFindByExternalRef({ system: 'lapor', id: '5049673' }))!;
      expect(kept).toMatchObject({ status: 'disposed', unitId: 'dinas-kesehatan' });
      expect((await desk.history(coordinator, kept.id)).at(-1)).toMatchObject({
        type: 'complaint-synced',
        payload: { fields: { rating: '5' } },
      });
    });

    it('records what LAPOR! changed on a closed complaint without reopening it, once', async () => {
      await open();
      await importLaporExport(await xlsx(MONTH), { desk, store });
      const byId = async (id: string) => (await store.doFindByExternalRef({ system: 'lapor', id }))!;
      const [resolved, rejected] = [await byId('5049675'), await byId('5049676')];
      const changed = await xlsx([
        reportRow(5049675, {
          'Status Laporan': 'Ditutup oleh Admin',
          'Instansi Terdisposisi': 'Dinas Pekerjaan Umum',
          'Tipe Laporan (Anonim/Rahasia)': 'Rahasia',
          Rating: '2',
          'Isi Laporan Akhir': 'Perbaikan jalan selesai pada 10 Januari 2026.',
        }),
        reportRow(5049676, { 'Status Laporan': 'Ditutup oleh Sistem', 'Instansi Terdisposisi': 'Dinas Pekerjaan Umum' }),
      ]);

      expect(await importLaporExport(changed, { desk, store })).toEqual({
        inserted: 0,
        updated: 2,
        unchanged: 0,
        skipped: 0,
        problems: [],
      });

      for (const before of [resolved, rejected]) {
        const after = (await store.doLoadProjection(before.id))!;
        // Still closed, with its deadlines as they were: the sync is one more event and nothing else.
        expect(after).toMatchObject({ status: before.status, version: before.version + 1, deadline: before.deadline, dueAt: before.dueAt });
        expect(after.machine.deadlines).toEqual(before.machine.deadlines);
        expect(await desk.verifyHistory(before.id)).toMatchObject({ ok: true, events: before.version + 1 });
      }
      expect((await desk.history(coordinator, resolved.id)).at(-1)).toMatchObject({
        type: 'complaint-synced',
        payload: { fields: { status: 'Ditutup oleh Admin', rating: '2', finalText: 'Perbaikan jalan selesai pada 10 Januari 2026.' } },
      });
      expect((await desk.history(coordinator, rejected.id)).at(-1)).toMatchObject({
        type: 'complaint-synced',
        payload: { fields: { status: 'Ditutup oleh Sistem' } },
      });

      expect(await importLaporExport(changed, { desk, store })).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: 2,
        skipped: 0,
        problems: [],
      });
      expect((await byId('5049675')).version).toBe(resolved.version + 1);
      expect((await byId('5049676')).version).toBe(rejected.version + 1);
    });

    it('updates a complaint an officer linked to the Tracking ID instead of creating another', async () => {
      await open();
      const { complaint } = await desk.receive(coordinator, {
        channel: 'in_person',
        title: 'Jalan berlubang di Podosugih',
        description: 'Disampaikan di teras wali kota, lalu diteruskan ke SP4N-LAPOR!.',
        anonim: false,
        rahasia: false,
      });
      await desk.link(coordinator, { complaintId: complaint.id, system: 'lapor', id: '5049672' });

      const report = await importLaporExport(await xlsx([reportRow(5049672)]), { desk, store });

      expect(report).toMatchObject({ inserted: 0, updated: 1 });
      const linked = await store.doFindByExternalRef({ system: 'lapor', id: '5049672' });
      expect(linked).toMatchObject({ id: complaint.id, status: 'verified', title: 'Jalan berlubang di Podosugih', channel: 'in_person' });
    });
  });
}

describe('importLaporExport: bad rows', () => {
  it('reports each bad row by row and column in Bahasa Indonesia, writes none of them, and imports the good ones', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const rows = [
      reportRow(5049672),
      reportRow(5049673, { 'Tanggal Laporan Masuk': '31 Feb 2026' }),
      reportRow(5049674, { 'Status Laporan': 'Dilimpahkan ke Kementerian' }),
      reportRow(5049672, { 'Judul Laporan': 'Baris kembar' }),
      reportRow(5049675, { 'Judul Laporan': 'x'.repeat(201) }),
      reportRow('50496', {}),
      reportRow(5049676, { 'Status Laporan': 'Terdisposisi' }),
      reportRow(5049677, { 'Waktu Laporan Masuk': '25:10' }),
      reportRow(5049678),
    ];

    const report = await importLaporExport(await xlsx(rows), { desk, store });

    // Info rows 1-4, header on row 5: the first report is row 6.
    expect(report).toMatchObject({ inserted: 2, updated: 0, unchanged: 0, skipped: 7 });
    expect(report.problems).toEqual([
      { row: 7, column: 'Tanggal Laporan Masuk', message: expect.stringContaining('tanggal "31 Feb 2026" tidak dikenali') },
      { row: 8, column: 'Status Laporan', message: expect.stringContaining('status "Dilimpahkan ke Kementerian" tidak dikenal') },
      { row: 9, column: 'Tracking ID', message: 'Tracking ID 5049672 sudah ada di baris 6; baris ini dilewati' },
      { row: 10, column: 'Judul Laporan', message: 'terlalu panjang: 201 karakter, paling banyak 200' },
      { row: 11, column: 'Tracking ID', message: '"50496" bukan Tracking ID (7–9 angka)' },
      { row: 12, column: 'Instansi Terdisposisi', message: expect.stringContaining('memerlukan disposisi') },
      { row: 13, column: 'Waktu Laporan Masuk', message: expect.stringContaining('waktu "25:10" tidak dikenali') },
    ]);
    for (const id of ['5049673', '5049674', '5049675', '5049676', '5049677']) {
      expect(await store.doFindByExternalRef({ system: 'lapor', id })).toBeUndefined();
      expect(await store.doFindByDedupeKey({ channel: 'lapor', messageId: id })).toBeUndefined();
    }
    expect((await store.doFindByExternalRef({ system: 'lapor', id: '5049672' }))?.title).toBe('Jalan berlubang 5049672');
    expect(store.contents().projections).toHaveLength(2);
    await desk.close();
  });

  it('reads the same export as CSV (semicolon separated, with a byte order mark)', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const path = join(dir, 'export.csv');
    writeFileSync(path, `\uFEFF${exportCsv(MONTH)}`);

    expect(await importLaporExport(path, { desk, store })).toEqual({ inserted: 6, updated: 0, unchanged: 0, skipped: 0, problems: [] });
    expect(await importLaporExport(path, { desk, store })).toMatchObject({ inserted: 0, unchanged: 6 });
    await desk.close();
  });

  it('takes statuses of its own from the mapping table', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const rows = [reportRow(5049672, { 'Status Laporan': 'Dalam Verifikasi Ulang' })];

    const report = await importLaporExport(await xlsx(rows), { desk, store, statusMapping: { 'dalam verifikasi ulang': 'verified' } });

    expect(report).toMatchObject({ inserted: 1, problems: [] });
    expect((await store.doFindByExternalRef({ system: 'lapor', id: '5049672' }))?.status).toBe('verified');
    await desk.close();
  });

  it('reports a report given as an object with a status no table maps, and never guesses one', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    async function* reports() {
      const base = {
        receivedAt: '2026-01-03T01:30:00.000Z',
        title: 'Jalan berlubang',
        initialText: 'Berlubang.',
        privacy: 'biasa' as const,
      };
      yield { ...base, trackingId: '5049672', status: 'Terverifikasi' };
      yield { ...base, trackingId: '5049673', status: 'Dalam Verifikasi Ulang' };
    }

    const report = await createLaporBridge({ desk, store }).importReports(reports(), { actor: coordinator });

    expect(report).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      problems: [
        {
          row: 2,
          column: 'Status Laporan',
          message: 'status "Dalam Verifikasi Ulang" tidak dikenal: tambahkan ke tabel pemetaan status (statusMapping)',
        },
      ],
    });
    expect(await store.doFindByExternalRef({ system: 'lapor', id: '5049673' })).toBeUndefined();
    await desk.close();
  });
});

describe('importLaporExport: large files', () => {
  /** A real memory store that counts the calls the import makes of it. */
  const counted = () => {
    const store = createMemoryStore();
    const calls = { lookups: 0, batchLookups: 0, appendMany: 0 };
    const counting: StoreV1 = {
      ...store,
      doFindByExternalRef: (ref) => {
        calls.lookups += 1;
        return store.doFindByExternalRef(ref);
      },
      doFindByExternalRefs: (refs) => {
        calls.batchLookups += 1;
        return store.doFindByExternalRefs!(refs);
      },
      doAppendMany: (inputs) => {
        calls.appendMany += 1;
        return store.doAppendMany!(inputs);
      },
    };
    return { store: counting, calls, memory: store };
  };
  const rows = (count: number) => Array.from({ length: count }, (_, index) => reportRow(20_000_000 + index));

  it('looks the Tracking IDs of a batch up with one store read and writes the batch with one store call', async () => {
    const { store, calls } = counted();
    const desk = createDesk({ store });
    const csv = join(dir, 'large.csv');
    writeFileSync(csv, exportCsv(rows(1_200)));

    expect(await importLaporExport(csv, { desk, store, batchSize: 500 })).toMatchObject({ inserted: 1_200, problems: [] });
    expect(calls).toEqual({ lookups: 0, batchLookups: 3, appendMany: 3 });

    expect(await importLaporExport(csv, { desk, store, batchSize: 500 })).toMatchObject({ inserted: 0, unchanged: 1_200 });
    expect(calls).toMatchObject({ lookups: 0, batchLookups: 6, appendMany: 3 });
    await desk.close();
  });

  it('lists the first problems of a file of bad rows and counts the rest', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      exportCsv(Array.from({ length: 1_005 }, (_, index) => reportRow(20_000_000 + index, { 'Status Laporan': 'Entah' }))),
    );

    const report = await importLaporExport(csv, { desk, store });

    expect(report).toMatchObject({ inserted: 0, skipped: 1_005, problemsOmitted: 5 });
    expect(report.problems).toHaveLength(1_000);
    expect(report.problems[0]).toMatchObject({ row: 6, column: 'Status Laporan' });
    expect(report.problems.at(-1)).toMatchObject({ row: 1_005 });
    await desk.close();
  });

  it('looks the next batch up and plans it while a batch is being written', async () => {
    const memory = createMemoryStore();
    let lookups = 0;
    let secondLookedUp: () => void = () => undefined;
    const secondLookup = new Promise<void>((resolve) => (secondLookedUp = resolve));
    const store: StoreV1 = {
      ...memory,
      doFindByExternalRefs: async (refs) => {
        lookups += 1;
        if (lookups === 2) secondLookedUp();
        return memory.doFindByExternalRefs!(refs);
      },
      // The first write finishes only once the second batch has been looked up: a strictly serial import would wait forever.
      doAppendMany: async (inputs) => {
        if (lookups === 1) await secondLookup;
        return memory.doAppendMany!(inputs);
      },
    };
    const desk = createDesk({ store });
    const csv = join(dir, 'overlap.csv');
    writeFileSync(csv, exportCsv(rows(1_000)));

    expect(await importLaporExport(csv, { desk, store, batchSize: 500 })).toMatchObject({ inserted: 1_000, skipped: 0 });
    expect(memory.contents().projections).toHaveLength(1_000);
    await desk.close();
  });

  it('loses nothing when the store fails part-way, and a re-run completes the import', async () => {
    const { store, memory } = counted();
    let appends = 0;
    const failing: StoreV1 = {
      ...store,
      doAppendMany: async (inputs) => {
        appends += 1;
        if (appends === 2) throw new StoreFailureError('connection lost while appending');
        return store.doAppendMany!(inputs);
      },
    };
    const desk = createDesk({ store: failing });
    const csv = join(dir, 'crash.csv');
    writeFileSync(csv, exportCsv(rows(1_200)));

    await expect(importLaporExport(csv, { desk, store: failing, batchSize: 500 })).rejects.toThrow('connection lost');
    // The first batch is in whole, and the last, under way beside the failed one; the failed one not at all.
    expect(memory.contents().projections).toHaveLength(700);

    const rerun = await importLaporExport(csv, { desk, store: failing, batchSize: 500 });

    expect(rerun).toMatchObject({ inserted: 500, unchanged: 700, skipped: 0, problems: [] });
    expect(memory.contents().projections).toHaveLength(1_200);
    for (const projection of memory.contents().projections) expect((await desk.verifyHistory(projection.id)).ok).toBe(true);
    await desk.close();
  });
});

describe('importLaporExport: unreadable files', () => {
  const refused = async (path: string, message: RegExp) => {
    const store = createMemoryStore();
    const desk = createDesk({ store });
    const error = await importLaporExport(path, { desk, store }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'file', message: expect.stringMatching(message) }] });
    expect(store.contents().projections).toEqual([]);
    await desk.close();
  };

  it('refuses a missing file', () => refused(join(dir, 'tidak-ada.xlsx'), /tidak dapat dibuka \(ENOENT\)/));

  it('refuses an encrypted workbook (an OLE container) and an old .xls', () => {
    const path = join(dir, 'terkunci.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    return refused(path, /terenkripsi/);
  });

  it('refuses a file that is not a spreadsheet', () => {
    const path = join(dir, 'foto.xlsx');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    return refused(path, /bukan lembar kerja/);
  });

  it('refuses a ZIP that is not a workbook', () => {
    const path = join(dir, 'arsip.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 7)]));
    return refused(path, /bukan lembar kerja \.xlsx/);
  });

  it('refuses a table without the Tracking ID header row', () => {
    const path = join(dir, 'tanpa-judul.csv');
    writeFileSync(path, 'No;Judul\n1;Jalan berlubang\n');
    return refused(path, /baris judul tidak ditemukan/);
  });

  it('refuses a header row that lacks a required column, naming it', () => {
    const path = join(dir, 'kurang-kolom.csv');
    writeFileSync(path, 'Tracking ID;Tanggal Laporan Masuk;Judul Laporan;Status Laporan\n5049672;3 Jan 2026;Jalan;Terverifikasi\n');
    return refused(path, /kolom wajib tidak ada di baris judul: Isi Laporan Awal/);
  });
});
