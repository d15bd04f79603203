import { PassThrough } from 'node:stream';
import { createDesk, createMemoryStore } from '@aduan/core';
import { createVirtualClock } from '@aduan/test-kit';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, coordinator, officerOf, playHandWorkedHistory } from './__fixtures__/hand-worked-history.js';
import { writeKpiCsv } from './csv/index.js';
import { createEventSource, createReports, type KpiReport } from './index.js';
import { RECAP_COLUMNS, writeKpiXlsx, writeRecapXlsx } from './xlsx/index.js';

const store = createMemoryStore();
const desk = createDesk({ store, keepStoreOpen: true });
const reports = createReports({
  source: createEventSource(store),
  desk,
  clock: createVirtualClock('2026-04-10T10:00:00.000Z'),
  unitNames: { dpupr: 'Dinas Pekerjaan Umum dan Penataan Ruang', dlh: 'Dinas Lingkungan Hidup' },
});
let report: KpiReport;

beforeAll(async () => {
  await playHandWorkedHistory(store);
  report = await reports.kpis(coordinator, { from: '2026-03-01', to: '2026-05-01', asOf: AS_OF, groupBy: 'unit' });
});

/** Everything a writer streams into its output. */
async function collect(write: (output: PassThrough) => Promise<void>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await write(output);
  return Buffer.concat(chunks);
}

/** The values of a sheet's row, from its first column. */
function rowValues(workbook: ExcelJS.Workbook, sheetName: string, row: number): unknown[] {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('KPI tables', () => {
  it('writes CSV with a BOM, Indonesian headers, the total and one row per unit', async () => {
    const text = (await collect((output) => writeKpiCsv(report, output))).toString('utf8');
    expect(text.startsWith('\ufeffUnit;Jumlah aduan masuk;Terverifikasi ≤ 3 HK (%);Terverifikasi ≤ 3 HK (jumlah)')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + report.groups.length);
    // Total: 6 received; 4 of 4 verified within 3 working days (worked out in kpis.test.ts).
    expect(lines[1]).toMatch(/^Total;6;100;4;4;/);
    expect(lines.slice(2).map((line) => line.split(';')[0])).toEqual(report.groups.map((group) => group.label));
  });

  it('writes an XLSX sheet whose cells read back as the report figures', async () => {
    const workbook = await workbookOf(await collect((output) => writeKpiXlsx(report, output)));
    const values = (row: number) => rowValues(workbook, 'Kinerja', row);
    expect(String(values(1)[0])).toBe('Laporan Kinerja Pengelolaan Pengaduan');
    expect(String(values(2)[0])).toContain('1 Maret 2026 00.00 WIB');
    expect(values(6).slice(0, 3)).toEqual(['Unit', 'Jumlah aduan masuk', 'Terverifikasi ≤ 3 HK (%)']);
    expect(values(7).slice(0, 5)).toEqual(['Total', 6, 100, 4, 4]);
    const dpupr = report.groups.find((group) => group.key === 'dpupr');
    expect(values(8 + report.groups.indexOf(dpupr as never))[0]).toBe('Dinas Pekerjaan Umum dan Penataan Ruang');
  });
});

describe('Rekap SP4N-LAPOR!', () => {
  it("lists March's complaints oldest first, as the recap names its columns, in WIB", async () => {
    const recap = await reports.recap(coordinator, { months: ['2026-03'] });
    expect(recap.months).toHaveLength(1);
    const [march] = recap.months;
    expect(march?.label).toBe('Maret 2026');
    expect(march?.rows.map((row) => [row.no, row.date, row.title, row.stakeholder, row.response, row.remark])).toEqual([
      [
        1,
        '16 Maret 2026',
        'Jalan berlubang di Jl. Hayam Wuruk',
        'Dinas Pekerjaan Umum dan Penataan Ruang',
        'Sudah ada tanggapan',
        'Selesai',
      ],
      [2, '18 Maret 2026', 'Drainase tersumbat', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Sudah ada tanggapan', expect.any(String)],
      [3, '19 Maret 2026', 'Sampah menumpuk di pasar', 'Dinas Lingkungan Hidup', 'Sudah ada tanggapan', 'Selesai'],
      [4, '30 Maret 2026', 'Bantuan sosial belum cair', 'dinsos', 'Belum ada tanggapan', 'Sedang diproses'],
    ]);
    // Not linked to SP4N-LAPOR!: aduan's own tracking number stands in.
    expect(march?.rows.every((row) => !row.laporLinked && row.trackingId.length > 0)).toBe(true);
  });

  it("gives a unit officer its unit's rows only", async () => {
    const recap = await reports.recap(officerOf('dlh'), { months: ['2026-03'] });
    expect(recap.months[0]?.rows.map((row) => row.title)).toEqual(['Sampah menumpuk di pasar']);
  });

  it('writes one sheet per month with the recap columns and a date cell of the WIB day', async () => {
    const recap = await reports.recap(coordinator, { months: ['2026-04', '2026-03'] });
    const workbook = await workbookOf(await collect((output) => writeRecapXlsx(recap, output)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Maret 2026', 'April 2026']);
    expect(rowValues(workbook, 'Maret 2026', 2)).toEqual([...RECAP_COLUMNS]);
    const first = rowValues(workbook, 'Maret 2026', 3);
    expect(first[0]).toBe(1);
    expect(first[1]).toEqual(new Date(Date.UTC(2026, 2, 16)));
    expect(first[4]).toBe('Jalan berlubang di Jl. Hayam Wuruk');
  });

  it('refuses a badly written month, naming it', async () => {
    await expect(reports.recap(coordinator, { months: ['2026-3'] })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'months.0' }],
    });
  });
});
