import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { KpiReport } from '../report-types.js';
import { kpiTable } from '../table/kpi-table.js';

/** How the CSV is written; the defaults open cleanly in spreadsheets set to Indonesian. */
export interface KpiCsvOptions {
  /** Field separator; default `;` (Indonesian spreadsheets read `,` as the decimal comma). */
  delimiter?: string;
  /** Start with a UTF-8 byte order mark so that spreadsheets read accents and `≤` right; default true. */
  bom?: boolean;
}

/**
 * Streams a KPI report as CSV into `output`: one header row (labels in Bahasa Indonesia), the total,
 * then one row per group. Shares are percentages with one decimal and a `.` decimal point; empty
 * cells mean "nothing to measure". Resolves when everything is written; `output` is ended.
 *
 * @example
 * await writeKpiCsv(report, createWriteStream('kpi-2026.csv'));
 */
export async function writeKpiCsv(report: KpiReport, output: Writable, options: KpiCsvOptions = {}): Promise<void> {
  const { header, rows } = kpiTable(report);
  const csv = stringify({ delimiter: options.delimiter ?? ';', bom: options.bom ?? true });
  const written = pipeline(csv, output);
  for (const row of [header, ...rows]) {
    // Respect back-pressure: a big report never piles up in memory ahead of a slow disk.
    if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
  }
  csv.end();
  await written;
}
