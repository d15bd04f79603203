import type { Writable } from 'node:stream';
import type { RecapReport } from '../recap/recap-types.js';
import { spreadsheetDate } from '../wib.js';
import { HEADER_FONT, sheetName, streamingWorkbook } from './workbook-writer.js';

/** The columns of the Rekap SP4N-LAPOR!, as the recap names them. */
export const RECAP_COLUMNS = ['No', 'Tanggal', 'Tracking ID', 'User', 'Judul', 'Stakeholder', 'Tanggapan', 'Keterangan'] as const;
const WIDTHS = [6, 14, 18, 24, 48, 32, 22, 40];

/**
 * Streams the Rekap SP4N-LAPOR! as an XLSX workbook into `output`: one sheet per month (named
 * like `Maret 2026`), a title row, then the columns No, Tanggal, Tracking ID, User, Judul,
 * Stakeholder, Tanggapan, Keterangan. Tanggal is a date cell of the day in WIB (`dd/mm/yyyy`).
 *
 * @example
 * await writeRecapXlsx(await reports.recap(coordinator, { months: ['2026-03'] }), createWriteStream('rekap-2026-03.xlsx'));
 */
export async function writeRecapXlsx(recap: RecapReport, output: Writable): Promise<void> {
  const workbook = streamingWorkbook(output);
  for (const month of recap.months) {
    const sheet = workbook.addWorksheet(sheetName(month.label), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = WIDTHS.map((width) => ({ width }));
    const title = sheet.addRow([`Rekap SP4N-LAPOR! ${month.label}`]);
    title.font = HEADER_FONT;
    title.commit();
    const head = sheet.addRow([...RECAP_COLUMNS]);
    head.font = HEADER_FONT;
    head.commit();
    for (const row of month.rows) {
      const line = sheet.addRow([
        row.no,
        spreadsheetDate(Date.parse(row.receivedAt)),
        row.trackingId,
        row.user,
        row.title,
        row.stakeholder,
        row.response,
        row.remark,
      ]);
      line.getCell(2).numFmt = 'dd/mm/yyyy';
      line.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
