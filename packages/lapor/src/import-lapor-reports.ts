import type { Desk } from '@aduan/core';
import {
  type AduanError,
  type ComplaintProjection,
  DuplicateExternalRefError,
  IllegalTransitionError,
  InvalidInputError,
  MAX_EXTERNAL_REF_LOOKUP,
  type Actor,
  type ImportProblemV1,
  type ImportReportV1,
  type LaporReportV1,
  type LaporStatusTarget,
  type StoreV1,
} from '@aduan/spec';
import { LAPOR_COLUMNS } from './lapor-columns.js';
import { runPlanned, type LaporImportReport } from './run-planned.js';
import { LAPOR_SYSTEM, PlanProblem, planImportItem } from './plan-import-item.js';
import { ProblemList } from './problem-list.js';
import { statusLookup, unknownStatusMessage } from './status-mapping.js';

/** Batches looked up, planned or written at the same time. */
const BATCHES_UNDER_WAY = 2;

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
  /** Reports per desk batch (default 500, at most 5,000): bigger is faster, smaller holds less in memory. */
  batchSize?: number;
  /** Called with the number of rows read so far. */
  onProgress?: (rowsRead: number) => void;
  /**
   * Validate and plan every row against what the store holds, and report (`dryRun: true`) what
   * the import would do, writing nothing: no complaint, event or outbox row.
   */
  dryRun?: boolean;
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

/** The complaints holding each report's Tracking ID: one store read for the batch when the store offers it. */
async function holdersOf(store: StoreV1, batch: readonly NumberedReport[]): Promise<(ComplaintProjection | undefined)[]> {
  const refs = batch.map(({ report: r }) => ({ system: LAPOR_SYSTEM, id: r.trackingId }));
  if (store.doFindByExternalRefs) return store.doFindByExternalRefs(refs);
  const found: (ComplaintProjection | undefined)[] = [];
  for (const ref of refs) found.push(await store.doFindByExternalRef(ref));
  return found;
}

/**
 * `importLaporReports` with the problem list the caller collects into (the export adds the
 * problems of rows it could not parse). `report.problems` is written when the reports run out.
 */
export async function importReportsInto(
  reports: AsyncIterable<NumberedReport>,
  options: LaporImportOptions,
  transport: string,
  report: ImportReportV1,
  problems: ProblemList,
): Promise<void> {
  const { desk, store } = options;
  const actor = options.actor ?? LAPOR_IMPORT_ACTOR;
  const lookup = statusLookup(options.statusMapping);
  const unitFor = options.unitFor ?? agencySlug;
  const batchSize = Math.max(1, Math.min(options.batchSize ?? 500, MAX_EXTERNAL_REF_LOOKUP));
  // Tracking ID → the row it was first seen on, to report a repeat: what the file holds, about a hundred bytes a row.
  const seen = new Map<string, number>();

  const importBatch = async (batch: readonly NumberedReport[]) => {
    const rows: number[] = [];
    const items: Parameters<Desk['importBatch']>[1][number][] = [];
    const existing = await holdersOf(store, batch);
    for (const [index, { row, report: r }] of batch.entries()) {
      const target = lookup(r.status);
      if (target === undefined) {
        // The export's parser reports this per row; reports given as objects meet the same rule here.
        report.skipped += 1;
        problems.add({ row, column: LAPOR_COLUMNS.status, message: unknownStatusMessage(r.status) });
        continue;
      }
      try {
        const unitId = r.disposedTo === undefined ? undefined : unitFor(r.disposedTo);
        items.push(planImportItem(r, existing[index], { target, unitId, transport }));
        rows.push(row);
      } catch (error) {
        if (!(error instanceof PlanProblem)) throw error;
        report.skipped += 1;
        problems.add({ row, column: error.column, message: error.message });
      }
    }
    const outcomes = items.length === 0 ? [] : await desk.importBatch(actor, items);
    for (const [index, outcome] of outcomes.entries()) {
      if (outcome.outcome === 'failed') {
        report.skipped += 1;
        problems.add(...problemsOf(rows[index]!, outcome.error));
      } else if (outcome.outcome === 'created') report.inserted += 1;
      else if (outcome.outcome === 'updated') report.updated += 1;
      else report.unchanged += 1;
    }
  };

  // Two batches are under way at a time, a third is read: while one is written, the next is looked
  // up and planned, so on a server the process's work overlaps the server's. Their Tracking IDs are
  // disjoint (a repeat is refused above), so neither can change what the other finds.
  const underWay: Promise<void>[] = [];
  let batch: NumberedReport[] = [];
  const flush = async () => {
    const full = batch;
    batch = [];
    if (underWay.length === BATCHES_UNDER_WAY) await underWay.shift();
    const started = importBatch(full);
    // Marked as handled here; its failure is thrown when it is awaited (by a later flush or the end of the import).
    started.catch(() => undefined);
    underWay.push(started);
  };
  try {
    for await (const numbered of reports) {
      const first = seen.get(numbered.report.trackingId);
      if (first !== undefined) {
        report.skipped += 1;
        problems.add({
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
  } finally {
    // A failed read still waits for the batches under way: nothing is left half-sent when the import returns.
    await Promise.allSettled(underWay);
  }
  await Promise.all(underWay);
  problems.writeTo(report);
}

/**
 * Imports LAPOR! reports through the desk, in batches: a report whose Tracking ID no complaint
 * holds becomes a new complaint; one a complaint holds (imported before, or linked by an officer)
 * updates it, and one of a closed complaint only records LAPOR!'s changed fields. Each row goes in
 * whole or not at all; a refused row is reported and the others go in. Idempotent: reports already
 * recorded count as `unchanged`. The Tracking IDs of a batch are looked up with one store read
 * (`doFindByExternalRefs`) and the batch is written with one store call where the store allows,
 * while the next batch is looked up and planned (two batches under way, a third read). Problems
 * are listed by row, the first `MAX_REPORTED_PROBLEMS` of them (`problemsOmitted` counts the
 * rest). Store failures are thrown. With `dryRun` the same report comes back, marked
 * `dryRun: true`, and nothing is written.
 */
export async function importLaporReports(
  reports: AsyncIterable<NumberedReport>,
  options: LaporImportOptions,
  transport: string,
  report: LaporImportReport = { inserted: 0, updated: 0, unchanged: 0, skipped: 0, problems: [] },
): Promise<LaporImportReport> {
  const problems = new ProblemList();
  problems.add(...report.problems);
  await runPlanned(options, report, (planned) => importReportsInto(reports, planned, transport, report, problems));
  return report;
}
