import { InvalidInputError, type ImportReportV1, type LaporPullOptionsV1, type LaporPullReportV1 } from '@aduan/spec';
import { importLaporReports, type LaporImportOptions, type NumberedReport } from '../import-lapor-reports.js';
import { parseReport } from '../parse-report.js';
import { statusLookup } from '../status-mapping.js';
import type { LaporApiClient } from './lapor-api-client.js';
import { laporApiFailure } from './lapor-api-failure.js';
import { RECORD_COLUMNS, recordCells } from './lapor-api-protocol.js';

/** Options of `pullLaporReports`: the import's (desk, store, mappings) and where to start. */
export type LaporPullOptions = Omit<LaporImportOptions, 'onProgress' | 'dryRun'> & LaporPullOptionsV1;

async function* each(reports: readonly NumberedReport[]): AsyncGenerator<NumberedReport> {
  yield* reports;
}

/**
 * Pulls the reports LAPOR! changed since `options.cursor`, page by page, and imports each page
 * through the desk before asking for the next: every record goes through the export's row
 * validation, status mapping and planning, and lands as an export row would (same upsert, same
 * idempotency, transport `api`). After each page, `onCursor` gets the cursor to resume from; a pull
 * that fails part-way throws a `LaporApiError` and the pages before it stay imported. Problems are
 * numbered by the record's place in the pull (from 1), with the export's column headers.
 *
 * A page that brings back a cursor this pull has already seen, or a pull over `maxPages` pages,
 * fails as `repeated_cursor`: a broken server cannot make it loop. A pull has no dry run (its cursor
 * moves as pages go in): `dryRun` is refused with `invalid_input` before any request.
 */
export async function pullLaporReports(client: LaporApiClient, options: LaporPullOptions): Promise<LaporPullReportV1> {
  if ((options as { dryRun?: unknown }).dryRun) {
    throw new InvalidInputError('SP4N-LAPOR! pull', [
      { path: 'dryRun', message: 'penarikan tidak punya uji coba; impor ekspornya dengan dryRun / a pull has no dry run' },
    ]);
  }
  const lookup = statusLookup(options.statusMapping);
  const report: ImportReportV1 = { inserted: 0, updated: 0, unchanged: 0, skipped: 0, problems: [] };
  const seen = new Set<string>(options.cursor === undefined ? [] : [options.cursor]);
  let cursor = options.cursor;
  let row = 0;
  let pages = 0;
  for (;;) {
    if (pages >= client.maxPages) throw laporApiFailure('repeated_cursor', undefined, false);
    const page = await client.fetchPage(cursor);
    pages += 1;
    if (seen.has(page.cursor) && page.hasMore) throw laporApiFailure('repeated_cursor', undefined, false);
    seen.add(page.cursor);
    const valid: NumberedReport[] = [];
    for (const record of page.reports) {
      row += 1;
      const parsed = parseReport(row, recordCells(record), RECORD_COLUMNS, lookup);
      if ('report' in parsed) valid.push({ row, report: parsed.report });
      else {
        report.skipped += 1;
        report.problems.push(...parsed.problems);
      }
    }
    if (valid.length > 0) await importLaporReports(each(valid), options, 'api', report);
    cursor = page.cursor;
    await options.onCursor?.(cursor);
    options.onProgress?.(row);
    if (!page.hasMore) break;
  }
  report.problems.sort((a, b) => a.row - b.row);
  return { ...report, cursor, pages };
}
