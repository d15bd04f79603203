import type { Writable } from 'node:stream';
import type { KpiReport } from '../report-types.js';
import { kpiTable } from '../table/kpi-table.js';
import { formatDateTimeWib } from '../wib.js';
import { HEADER_FONT, sheetName, streamingWorkbook } from './workbook-writer.js';

/** Title lines above a KPI table: the period and measuring instant in WIB, and where it was counted. */
function titleLines(report: KpiReport): string[] {
  const end = Date.parse(report.period.to);
  return [
    'Laporan Kinerja Pengelolaan Pengaduan',
    `Periode: aduan diterima ${formatDateTimeWib(Date.parse(report.period.from))} s.d. sebelum ${formatDateTimeWib(end)}`,
    `Diukur pada: ${formatDateTimeWib(Date.parse(report.period.asOf))}${report.unitId === null ? '' : `; unit ${report.unitId}`}`,
    `HK = hari kerja menurut kalender kota${report.uncoveredYears.length > 0 ? `; libur tahun ${report.uncoveredYears.join(', ')} belum dikenal` : ''}`,
  ];
}

/**
 * Streams a KPI report as an XLSX workbook into `output`: one sheet "Kinerja" with the title lines,
 * the header (Bahasa Indonesia), the total and one row per group. Shares are percentages. Resolves
 * when the workbook is complete; `output` is ended.
 *
 * @example
 * await writeKpiXlsx(report, createWriteStream('kpi-2026.xlsx'));
 */
export async function writeKpiXlsx(report: KpiReport, output: Writable): Promise<void> {
  const workbook = streamingWorkbook(output);
  const { header, rows } = kpiTable(report);
  const lines = titleLines(report);
  const sheet = workbook.addWorksheet(sheetName('Kinerja'), { views: [{ state: 'frozen', xSplit: 1, ySplit: lines.length + 2 }] });
  sheet.columns = header.map((_, index) => ({ width: index === 0 ? 32 : 16 }));
  for (const line of lines) sheet.addRow([line]).commit();
  sheet.addRow([]).commit();
  const head = sheet.addRow(header);
  head.font = HEADER_FONT;
  head.alignment = { wrapText: true, vertical: 'top' };
  head.commit();
  for (const cells of rows) sheet.addRow(cells).commit();
  sheet.commit();
  await workbook.commit();
}
