import type { Desk } from '@aduan/core';
import { readTable } from '@aduan/lapor';
import {
  type AduanError,
  InvalidInputError,
  type Actor,
  type ImportProblemV1,
  type ImportReportV1,
  type IntakeInput,
  type StoreV1,
} from '@aduan/spec';
import { headerKey, LOGBOOK_COLUMNS, REQUIRED_LOGBOOK_FIELDS, type LogbookField } from './logbook-columns.js';
import { parseEntry, type LogbookColumnIndex } from './parse-entry.js';

/** The actor logbook imports run as when none is given: the coordinator who keeps the logbook. */
export const LOGBOOK_IMPORT_ACTOR: Actor = { id: 'logbook-import', role: 'coordinator' };

/** Options of `importLogbook`. */
export interface LogbookImportOptions {
  desk: Desk;
  /** The desk's store: entries imported before are found here. */
  store: StoreV1;
  /** Who runs the import (default `LOGBOOK_IMPORT_ACTOR`). */
  actor?: Actor;
  /** Validate and report (`inserted`: what would be) without writing anything. */
  dryRun?: boolean;
  /** Called with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

/** An import's report; `dryRun` says nothing was written. */
export interface LogbookImportReport extends ImportReportV1 {
  dryRun: boolean;
}

const BATCH = 500;
const MAX_INFO_ROWS = 50;

const FIELD_BY_HEADER = new Map(Object.entries(LOGBOOK_COLUMNS).map(([field, header]) => [headerKey(header), field as LogbookField]));
const INTAKE_COLUMNS: Readonly<Record<string, string>> = {
  title: LOGBOOK_COLUMNS.title,
  description: LOGBOOK_COLUMNS.description,
  category: LOGBOOK_COLUMNS.category,
  location: LOGBOOK_COLUMNS.kelurahan,
  contact: LOGBOOK_COLUMNS.contact,
};

const fileError = (message: string) => new InvalidInputError('file', [{ path: 'file', message }]);

function problemsOf(row: number, error: AduanError): ImportProblemV1[] {
  if (!InvalidInputError.isInstance(error)) return [{ row, column: '', message: `baris tidak dapat diimpor: ${error.message}` }];
  return error.issues.map((issue) => {
    const field = issue.path.split('.').find((part) => INTAKE_COLUMNS[part] !== undefined);
    return { row, column: field ? INTAKE_COLUMNS[field]! : '', message: issue.message };
  });
}

/**
 * Imports an in-person logbook (the template in `templates/`, as .xlsx or .csv) through the desk:
 * each valid row becomes a complaint on channel `in_person`; each bad row is reported by row and
 * column in Bahasa Indonesia and never half-written, and never blocks the good ones. The header is
 * the first row whose first cell is `Tanggal` (a title may sit above it). Re-importing the same
 * file creates nothing twice: each entry's channel message id is a digest of its date, place,
 * title and description. With `dryRun` nothing is written. A file that cannot be read throws
 * `invalid_input` on the path `file`.
 */
export async function importLogbook(path: string, options: LogbookImportOptions): Promise<LogbookImportReport> {
  const { desk, store } = options;
  const actor = options.actor ?? LOGBOOK_IMPORT_ACTOR;
  const report: LogbookImportReport = { inserted: 0, updated: 0, unchanged: 0, skipped: 0, problems: [], dryRun: options.dryRun === true };
  const seen = new Map<string, number>();
  let columns: LogbookColumnIndex | undefined;
  let batch: { row: number; intake: IntakeInput }[] = [];
  let read = 0;

  const flush = async () => {
    const known = await Promise.all(
      batch.map(({ intake }) => store.doFindByDedupeKey({ channel: intake.channel, messageId: intake.channelMessageId! })),
    );
    const fresh = batch.filter((_, index) => known[index] === undefined);
    report.unchanged += batch.length - fresh.length;
    batch = [];
    if (options.dryRun) {
      report.inserted += fresh.length;
      return;
    }
    const outcomes =
      fresh.length === 0
        ? []
        : await desk.importBatch(
            actor,
            fresh.map(({ intake }) => ({ intake })),
          );
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.outcome === 'failed') {
        report.skipped += 1;
        report.problems.push(...problemsOf(fresh[index]!.row, outcome.error));
      } else report.inserted += 1;
    }
  };

  for await (const { row, cells } of readTable(path, { firstHeader: LOGBOOK_COLUMNS.date })) {
    read += 1;
    if (read % 1_000 === 0) options.onProgress?.(read);
    if (columns === undefined) {
      if (headerKey(cells[0] ?? '') === headerKey(LOGBOOK_COLUMNS.date)) {
        const found: LogbookColumnIndex = {};
        for (const [index, cell] of cells.entries()) {
          const field = FIELD_BY_HEADER.get(headerKey(cell));
          if (field !== undefined && found[field] === undefined) found[field] = index;
        }
        const missing = REQUIRED_LOGBOOK_FIELDS.filter((field) => found[field] === undefined).map((field) => LOGBOOK_COLUMNS[field]);
        if (missing.length > 0) throw fileError(`kolom wajib tidak ada di baris judul: ${missing.join(', ')}`);
        columns = found;
      } else if (read >= MAX_INFO_ROWS) break;
      continue;
    }
    if (cells.every((cell) => cell.trim() === '')) continue;
    const parsed = parseEntry(row, cells, columns);
    if ('problems' in parsed) {
      report.skipped += 1;
      report.problems.push(...parsed.problems);
      continue;
    }
    const id = parsed.intake.channelMessageId!;
    const first = seen.get(id);
    if (first !== undefined) {
      // The same entry twice in one file is one complaint: the repeat is reported, not created.
      report.skipped += 1;
      report.problems.push({ row, column: '', message: `sama dengan baris ${first}; baris ini dilewati` });
      continue;
    }
    seen.set(id, row);
    batch.push({ row, intake: parsed.intake });
    if (batch.length >= BATCH) await flush();
  }
  options.onProgress?.(read);
  if (columns === undefined) {
    throw fileError(
      `baris judul tidak ditemukan: tidak ada baris yang sel pertamanya "${LOGBOOK_COLUMNS.date}" dalam ${MAX_INFO_ROWS} baris pertama`,
    );
  }
  if (batch.length > 0) await flush();
  report.problems.sort((a, b) => a.row - b.row);
  return report;
}
