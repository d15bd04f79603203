import type { Actor, ComplaintStatus } from './domain.js';

/**
 * How SP4N-LAPOR! marks a report's privacy (`Tipe Laporan`): `biasa` shows the reporter,
 * `anonim` hides the name from the agency, `rahasia` hides the report from the public. A rahasia
 * report is never recreated with an identity.
 */
export type LaporPrivacy = 'biasa' | 'anonim' | 'rahasia';

/** One SP4N-LAPOR! report as the bridge reads it (from the admin export or an API), validated. */
export interface LaporReportV1 {
  /** The Tracking ID, 7 to 9 digits. */
  trackingId: string;
  /** When the report reached LAPOR! (ISO 8601 UTC; the export gives WIB). */
  receivedAt: string;
  /** The reporter's name; absent for anonim and rahasia reports. */
  reporterName?: string;
  classification?: string;
  category?: string;
  title: string;
  /** The citizen's own text (`Isi Laporan Awal`). */
  initialText: string;
  /** The text after LAPOR!'s admin edits (`Isi Laporan Akhir`). */
  finalText?: string;
  privacy: LaporPrivacy;
  /** Where the report entered LAPOR! (web, SMS 1708, app, …). */
  source?: string;
  /** The agency LAPOR! disposed it to (`Instansi Terdisposisi`). */
  disposedTo?: string;
  /** LAPOR!'s own status string, an open set (`Terverifikasi`, `Ditutup oleh Sistem`, …). */
  status: string;
  /** `Alasan Tunda/Arsip`. */
  statusReason?: string;
  kecamatan?: string;
  kelurahan?: string;
  rating?: string;
}

/**
 * Where a LAPOR! status string leads in aduan's lifecycle: the state the complaint moves forward
 * to. A complaint already past that state (officers moved it here) is left where it is.
 */
export type LaporStatusTarget = Extract<
  ComplaintStatus,
  'received' | 'needs_info' | 'verified' | 'disposed' | 'responded' | 'resolved' | 'rejected'
>;

/** One problem of an import, by row (1-based, as a spreadsheet numbers it; 0 for the whole file) and column header. */
export interface ImportProblemV1 {
  row: number;
  /** The column's header as the file names it; empty when the problem is the whole row or file. */
  column: string;
  /** What is wrong and what to fix, in Bahasa Indonesia. */
  message: string;
}

/** What an import did: rows that created, updated, left unchanged or skipped complaints, and every problem. */
export interface ImportReportV1 {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows not imported (each has at least one problem). */
  skipped: number;
  /** The problems by row; an importer may list only the first ones (see `problemsOmitted`). */
  problems: ImportProblemV1[];
  /** Problems left out of `problems` because there were more than the importer lists; absent when none were. */
  problemsOmitted?: number;
}

/** What a bridge to SP4N-LAPOR! can do. */
export interface LaporBridgeCapabilitiesV1 {
  /** Link a local complaint to its Tracking ID. */
  link: boolean;
  /** Import the LAPOR! admin export (XLSX or CSV). */
  importExport: boolean;
  /** Pull reports changed since a cursor through an API, and import them like export rows. */
  pull: boolean;
  /** Push the city's update of a linked complaint (its status and answer) to LAPOR!. */
  push: boolean;
}

/** Options of one import of LAPOR! reports. */
export interface LaporImportOptionsV1 {
  /** Who runs the import (a coordinator or the system); the history names them. */
  actor?: Actor;
  /** Validate and report without writing anything. */
  dryRun?: boolean;
  /** Called as rows are read (for a progress bar). */
  onProgress?: (rowsRead: number) => void;
}

/** Options of one pull of LAPOR! reports through an API. */
export interface LaporPullOptionsV1 extends Omit<LaporImportOptionsV1, 'dryRun'> {
  /** Where an earlier pull stopped (its `cursor`); absent: from the first report LAPOR! holds. */
  cursor?: string;
  /**
   * Called after each page is imported, with the cursor to resume from: store it, and a pull that
   * fails part-way resumes there, losing nothing (and an import twice changes nothing).
   */
  onCursor?: (cursor: string) => void | Promise<void>;
}

/** What a pull did: the import's counts (rows numbered across the pull, from 1) and where it stopped. */
export interface LaporPullReportV1 extends ImportReportV1 {
  /** The cursor to pass next time; the one given when LAPOR! had nothing new. */
  cursor: string | undefined;
  /** Pages read. */
  pages: number;
}

/** The city's update of a linked complaint, as pushed to LAPOR!. */
export interface LaporUpdateV1 {
  trackingId: string;
  /** LAPOR!'s status string for the complaint's state (`Ditindaklanjuti`, `Selesai`, …). */
  status: string;
  /** The unit's latest answer to the complainant; absent when none was given yet. */
  answer?: string;
  /** When the complaint last changed here (ISO 8601 UTC). */
  updatedAt: string;
}

/**
 * The bridge between aduan and SP4N-LAPOR!, versioned like every contract. Each capability it
 * declares true has its method. Imports go through the desk: every change is an event.
 */
export interface LaporBridgeV1 {
  readonly specificationVersion: 'v1';
  readonly capabilities: LaporBridgeCapabilitiesV1;
  /** Links a complaint to its Tracking ID (a `complaint-linked` event). */
  link?(actor: Actor, complaintId: string, trackingId: string): Promise<void>;
  /** Imports an admin export file (by path). */
  importExport?(path: string, options?: LaporImportOptionsV1): Promise<ImportReportV1>;
  /** Imports the reports an API returns. */
  importReports?(reports: AsyncIterable<LaporReportV1>, options?: LaporImportOptionsV1): Promise<ImportReportV1>;
  /** Pulls the reports changed since `options.cursor`, page by page, and imports them through the desk. */
  pull?(options?: LaporPullOptionsV1): Promise<LaporPullReportV1>;
  /** Pushes a linked complaint's status and latest answer to LAPOR!; answers what was sent. */
  push?(actor: Actor, complaintId: string): Promise<LaporUpdateV1>;
}
