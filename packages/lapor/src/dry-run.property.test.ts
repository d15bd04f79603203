import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, createMemoryStore } from '@aduan/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importLaporExport } from './index.js';
import { exportCsv, reportRow, type ExportRow } from './test-support/lapor-export.js';

const coordinator = { id: 'koordinator', role: 'coordinator' } as const;
const dir = mkdtempSync(join(tmpdir(), 'aduan-lapor-dry-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Known statuses through the lifecycle, and ones no mapping knows. */
const STATUSES = [
  'Belum Terverifikasi',
  'Tertunda',
  'Terverifikasi',
  'Terdisposisi',
  'Ditindaklanjuti',
  'Ditutup oleh Sistem',
  'Ditutup oleh Admin',
  'Diarsipkan oleh Admin',
  'Dilimpahkan',
];
const AGENCIES = ['', 'Dinas Pekerjaan Umum', 'Dinas Kesehatan', 'Dinas Tanpa Kode'];
const units: Record<string, string> = { 'Dinas Pekerjaan Umum': 'dpupr', 'Dinas Kesehatan': 'dinkes' };

/** One generated export row: a Tracking ID from a small pool (so files repeat them and meet earlier imports), and what LAPOR! says of it. */
const row = fc.record({
  id: fc.integer({ min: 0, max: 15 }),
  status: fc.constantFrom(...STATUSES),
  agency: fc.constantFrom(...AGENCIES),
  privacy: fc.constantFrom('', 'Anonim', 'Rahasia', 'Publik', 'Entah'),
  date: fc.constantFrom('3 Jan 2026', '03 Januari 2026', '2026-01-03', '31 Feb 2026', ''),
  rating: fc.constantFrom('', '1', '5'),
  badId: fc.boolean(),
});
type GeneratedRow = typeof row extends fc.Arbitrary<infer T> ? T : never;

const toExport = (generated: GeneratedRow): ExportRow =>
  reportRow(generated.badId && generated.id % 5 === 0 ? `12${generated.id}` : 5_049_600 + generated.id, {
    'Status Laporan': generated.status,
    'Instansi Terdisposisi': generated.agency,
    'Tipe Laporan (Anonim/Rahasia)': generated.privacy,
    'Tanggal Laporan Masuk': generated.date,
    Rating: generated.rating,
  });

let files = 0;
function csv(rows: readonly GeneratedRow[]): string {
  const path = join(dir, `export-${++files}.csv`);
  writeFileSync(path, exportCsv(rows.map(toExport)));
  return path;
}

describe('a dry run of a LAPOR! import (property)', () => {
  it('reports what the import then does and leaves the store as it was, for any export over any earlier import', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 12 }),
        fc.array(row, { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 4 }),
        fc.integer({ min: 1, max: 6 }),
        async (earlier, rows, disposedHere, batchSize) => {
          const store = createMemoryStore();
          const desk = createDesk({ store });
          const options = { desk, store, unitFor: (agency: string) => units[agency], batchSize };
          try {
            await importLaporExport(csv(earlier), options);
            // Officers move some verified complaints on here, past what LAPOR! says of them.
            for (const id of disposedHere) {
              const complaint = await store.doFindByExternalRef({ system: 'lapor', id: String(5_049_600 + id) });
              if (complaint?.status === 'verified') await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinkes' });
            }
            const path = csv(rows);
            const before = JSON.stringify(store.contents());

            const dry = await importLaporExport(path, { ...options, dryRun: true });

            expect(JSON.stringify(store.contents())).toBe(before);
            expect(dry).toEqual({ ...(await importLaporExport(path, options)), dryRun: true });
          } finally {
            await desk.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
