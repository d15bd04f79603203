import type { Desk } from '@aduan/core';
import {
  type AduanError,
  DuplicateExternalRefError,
  IllegalTransitionError,
  InvalidInputError,
  type Actor,
  type ImportProblemV1,
  type ImportReportV1,
  type LaporReportV1,
  type LaporStatusTarget,
  type StoreV1,
} from '@aduan/spec';
import { LAPOR_COLUMNS } from './lapor-columns.js';
import { LAPOR_SYSTEM, PlanProblem, planImportItem } from './plan-import-item.js';
import { statusLookup } from './status-mapping.js';

/** The actor imports run as when none is given: the coordinator's import job. */
export const LAPOR_IMPORT_ACTOR: Actor = { id: 'sp4n-lapor-import', role: 'coordinator' };

/** Options of `importLaporReports` and `importLaporExport`. */
export interface LaporImportOptions {
  desk: Desk;
  /** The desk's store: linked complaints are found by their Tracking ID here. */
  store: StoreV1;
  /** Who runs the import (default `LAPOR_IMPORT_ACTOR`). */
  actor?: Actor;
  /** LAPOR! statuses beyond (or overriding) `DEFAULT_LAPOR_STATUS_MAPPING`. */
  statusMapping?: Readonly<Record<string, LaporStatusTarget>>;
  /**
   * The unit a LAPOR! disposition (`Instansi Terdisposisi`) goes to. Default: the agency's name
   * as a slug (`Dinas Kesehatan` → `dinas-kesehatan`).
   */
  unitFor?: (agency: string) => string | undefined;
  /** Reports per desk batch (default 500): bigger is faster, smaller holds less in memory. */
  batchSize?: number;
  /** Called with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
}

/** A report read from some source, with the row it came from (its problems name it). */
export interface NumberedReport {
  row: number;
  report: LaporReportV1;
}

/** Default `unitFor`: the agency name in lower case, words joined by `-`. */
export const agencySlug = (agency: string): string | undefined =>
  agency
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100) || undefined;

/** The column an intake or command field belongs to, for the problem of a refused item. */
const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  title: LAPOR_COLUMNS.title,
  description: LAPOR_COLUMNS.initialText,
  category: LAPOR_COLUMNS.category,
  location: LAPOR_COLUMNS.kelurahan,
  contact: LAPOR_COLUMNS.reporterName,
  fields: LAPOR_COLUMNS.status,
};

function problemsOf(row: number, error: AduanError): ImportProblemV1[] {
  if (DuplicateExternalRefError.isInstance(error)) {
    return [{ row, column: LAPOR_COLUMNS.trackingId, message: `sudah ditautkan ke aduan lain (${error.existingComplaintId})` }];
  }
  if (IllegalTransitionError.isInstance(error)) {
    return [{ row, column: LAPOR_COLUMNS.status, message: `status tidak dapat diterapkan pada aduan ini: ${error.message}` }];
  }
  if (InvalidInputError.isInstance(error)) {
    return error.issues.map((issue) => {
      const field = issue.path.split('.').find((part) => FIELD_COLUMNS[part] !== undefined);
      return { row, column: field ? FIELD_COLUMNS[field]! : '', message: issue.message };
    });
  }
  return [{ row, column: '', message: `baris tidak dapat diimpor: ${error.message}` }];
}

/**
 * Imports LAPOR! reports through the desk, in batches: a report whose Tracking ID no complaint
 * holds becomes a new complaint; one a complaint holds (imported before, or linked by an officer)
 * updates it. Each row goes in whole or not at all; a refused row is reported and the others go
 * in. Idempotent: reports already recorded count as `unchanged`. Store failures are thrown.
 */
export async function importLaporReports(
  reports: AsyncIterable<NumberedReport>,
  options: LaporImportOptions,
  transport: string,
  report: ImportReportV1 = { inserted: 0, updated: 0, unchanged: 0, skipped: 0, problems: [] },
): Promise<ImportReportV1> {
  const { desk, store } = options;
  const actor = options.actor ?? LAPOR_IMPORT_ACTOR;
  const lookup = statusLookup(options.statusMapping);
  const unitFor = options.unitFor ?? agencySlug;
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 500, 5_000));
  const seen = new Map<string, number>();
  let batch: NumberedReport[] = [];

  const flush = async () => {
    const rows: number[] = [];
    const items: Parameters<Desk['importBatch']>[1][number][] = [];
    const existing = await Promise.all(batch.map(({ report: r }) => store.doFindByExternalRef({ system: LAPOR_SYSTEM, id: r.trackingId })));
    for (const [index, { row, report: r }] of batch.entries()) {
      try {
        const target = lookup(r.status) as LaporStatusTarget;
        const unitId = r.disposedTo === undefined ? undefined : unitFor(r.disposedTo);
        const item = planImportItem(r, existing[index], { target, unitId, transport });
        if (item) {
          items.push(item);
          rows.push(row);
        } else report.unchanged += 1;
      } catch (error) {
        if (!(error instanceof PlanProblem)) throw error;
        report.skipped += 1;
        report.problems.push({ row, column: error.column, message: error.message });
      }
    }
    batch = [];
    const outcomes = items.length === 0 ? [] : await desk.importBatch(actor, items);
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.outcome === 'failed') {
        report.skipped += 1;
        report.problems.push(...problemsOf(rows[index]!, outcome.error));
      } else if (outcome.outcome === 'created') report.inserted += 1;
      else if (outcome.outcome === 'updated') report.updated += 1;
      else report.unchanged += 1;
    }
  };

  for await (const numbered of reports) {
    const first = seen.get(numbered.report.trackingId);
    if (first !== undefined) {
      report.skipped += 1;
      report.problems.push({
        row: numbered.row,
        column: LAPOR_COLUMNS.trackingId,
        message: `Tracking ID ${numbered.report.trackingId} sudah ada di baris ${first}; baris ini dilewati`,
      });
      continue;
    }
    seen.set(numbered.report.trackingId, numbered.row);
    batch.push(numbered);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return report;
}
