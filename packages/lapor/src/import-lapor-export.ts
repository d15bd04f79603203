import type { ImportReportV1 } from '@aduan/spec';
import { importReportsInto, type LaporImportOptions, type NumberedReport } from './import-lapor-reports.js';
import { headerKey, LAPOR_COLUMNS, LAPOR_HEADER_ALIASES, REQUIRED_LAPOR_FIELDS, type LaporField } from './lapor-columns.js';
import { runPlanned, type LaporImportReport } from './run-planned.js';
import { isBlankRow, parseReport, type ColumnIndex } from './parse-report.js';
import { ProblemList } from './problem-list.js';
import { statusLookup } from './status-mapping.js';
import { fileProblem, readTable } from './read-table.js';

/** How many rows above the header the export's info block may take before the file is refused. */
const MAX_INFO_ROWS = 50;

const FIELD_BY_HEADER = new Map<string, LaporField>([
  ...Object.entries(LAPOR_COLUMNS).map(([field, header]) => [headerKey(header), field as LaporField] as const),
  ...Object.entries(LAPOR_HEADER_ALIASES),
]);

function columnIndex(cells: readonly string[]): ColumnIndex {
  const columns: ColumnIndex = {};
  for (const [index, cell] of cells.entries()) {
    const field = FIELD_BY_HEADER.get(headerKey(cell));
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  }
  const missing = REQUIRED_LAPOR_FIELDS.filter((field) => columns[field] === undefined).map((field) => LAPOR_COLUMNS[field]);
  if (missing.length > 0) throw fileProblem(`kolom wajib tidak ada di baris judul: ${missing.join(', ')}`);
  return columns;
}

/** The rows of the export as reports; rows with problems go to `problems` and count as skipped. */
async function* reportsOf(
  path: string,
  options: LaporImportOptions,
  problems: ProblemList,
  counts: ImportReportV1,
): AsyncGenerator<NumberedReport> {
  const lookup = statusLookup(options.statusMapping);
  let columns: ColumnIndex | undefined;
  let read = 0;
  for await (const { row, cells } of readTable(path, { firstHeader: LAPOR_COLUMNS.trackingId })) {
    read += 1;
    if (read % 1_000 === 0) options.onProgress?.(read);
    if (columns === undefined) {
      // Info rows (report title, agency, date generated) sit above the header: it is the row starting with `Tracking ID`.
      if (headerKey(cells[0] ?? '') === headerKey(LAPOR_COLUMNS.trackingId)) columns = columnIndex(cells);
      else if (read >= MAX_INFO_ROWS) break;
      continue;
    }
    if (isBlankRow(cells)) continue;
    const parsed = parseReport(row, cells, columns, lookup);
    if ('report' in parsed) yield { row, report: parsed.report };
    else {
      counts.skipped += 1;
      problems.add(...parsed.problems);
    }
  }
  options.onProgress?.(read);
  if (columns === undefined) {
    throw fileProblem(
      `baris judul tidak ditemukan: tidak ada baris yang sel pertamanya "${LAPOR_COLUMNS.trackingId}" dalam ${MAX_INFO_ROWS} baris pertama`,
    );
  }
}

/**
 * Imports an SP4N-LAPOR! admin export (.xlsx, or the same table as .csv) through the desk,
 * streaming it row by row: the header is the row whose first cell is `Tracking ID`, below the
 * export's info rows. Every row is validated (Tracking ID, WIB date and time, texts, privacy type,
 * status in the mapping); a row with problems is reported by row and column and skipped, the
 * others go in, each whole. The same file twice changes nothing (all `unchanged`).
 *
 * Throws `invalid_input` (path `file`) when the file itself cannot be read: missing, not a
 * spreadsheet, encrypted, no header row, required columns missing. Then nothing was imported
 * unless the file broke part-way, which the message says.
 *
 * With `dryRun` the whole file is read, validated and planned against what the store holds, and
 * the same report comes back (`dryRun: true`) with nothing written.
 */
export async function importLaporExport(path: string, options: LaporImportOptions): Promise<LaporImportReport> {
  const report: LaporImportReport = { inserted: 0, updated: 0, unchanged: 0, skipped: 0, problems: [] };
  const problems = new ProblemList();
  await runPlanned(options, report, (planned) =>
    importReportsInto(reportsOf(path, planned, problems, report), planned, 'export', report, problems),
  );
  return report;
}
