import type { ImportProblemV1, LaporPrivacy, LaporReportV1 } from '@aduan/spec';
import { LAPOR_COLUMNS, type LaporField } from './lapor-columns.js';
import { parseLaporDateTime } from './lapor-date.js';
import { type StatusLookup, unknownStatusMessage } from './status-mapping.js';

/** Where each field sits in a row (0-based cell index), from the header row. */
export type ColumnIndex = Partial<Record<LaporField, number>>;

/** The longest text a cell may hold, per field; longer ones are reported, never cut. */
const MAX_LENGTH: Record<LaporField, number> = {
  trackingId: 9,
  receivedDate: 40,
  receivedTime: 40,
  reporterName: 200,
  classification: 60,
  category: 120,
  title: 200,
  initialText: 10_000,
  finalText: 10_000,
  privacy: 40,
  source: 200,
  disposedTo: 300,
  status: 120,
  statusReason: 2_000,
  kecamatan: 120,
  kelurahan: 120,
  rating: 20,
};

const TRACKING_ID = /^[0-9]{7,9}$/;

/** Reads `Tipe Laporan`: `Rahasia` wins over `Anonim`; empty, `Biasa` or `Publik` is an ordinary report. */
function privacyOf(text: string): LaporPrivacy | undefined {
  const value = text.trim().toLowerCase();
  if (value.includes('rahasia')) return 'rahasia';
  if (value.includes('anonim')) return 'anonim';
  if (value === '' || value === 'biasa' || value === 'publik' || value === '-') return 'biasa';
  return undefined;
}

/** One row's reading: the report, or every problem found in it (a row with problems is not imported). */
export type ParsedRow = { report: LaporReportV1 } | { problems: ImportProblemV1[] };

/** Whether the row has no text at all (a blank line between or after the reports). */
export const isBlankRow = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Validates one row of the export: a 7–9 digit Tracking ID, a date (and time) in WIB, the texts a
 * complaint needs, a known privacy type and a status the mapping knows. Problems name the row and
 * the column header, in Bahasa Indonesia.
 */
export function parseReport(row: number, cells: readonly string[], columns: ColumnIndex, lookup: StatusLookup): ParsedRow {
  const problems: ImportProblemV1[] = [];
  const problem = (field: LaporField, message: string) => problems.push({ row, column: LAPOR_COLUMNS[field], message });
  const cell = (field: LaporField): string => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const value = (field: LaporField): string | undefined => {
    const text = cell(field);
    if (text.length > MAX_LENGTH[field]) {
      problem(field, `terlalu panjang: ${text.length} karakter, paling banyak ${MAX_LENGTH[field]}`);
      return undefined;
    }
    return text === '' ? undefined : text;
  };
  const required = (field: LaporField, what: string): string => {
    const text = value(field);
    if (text === undefined && cell(field) === '') problem(field, `kosong: ${what} wajib diisi`);
    return text ?? '';
  };

  const trackingId = cell('trackingId');
  if (!TRACKING_ID.test(trackingId)) {
    problem(
      'trackingId',
      trackingId === '' ? 'kosong: Tracking ID wajib diisi' : `"${trackingId.slice(0, 20)}" bukan Tracking ID (7–9 angka)`,
    );
  }
  const title = required('title', 'judul laporan');
  const initialText = required('initialText', 'isi laporan');
  const status = required('status', 'status laporan');
  const target = status === '' ? undefined : lookup(status);
  if (status !== '' && target === undefined) {
    problem('status', unknownStatusMessage(status));
  }
  const when = parseLaporDateTime(cell('receivedDate'), cell('receivedTime'));
  if ('message' in when) problem(when.cell === 'date' ? 'receivedDate' : 'receivedTime', when.message);
  const privacy = privacyOf(cell('privacy'));
  if (privacy === undefined) problem('privacy', `tipe "${cell('privacy').slice(0, 40)}" tidak dikenal: isi Anonim, Rahasia atau kosongkan`);
  const optional = {
    reporterName: value('reporterName'),
    classification: value('classification'),
    category: value('category'),
    finalText: value('finalText'),
    source: value('source'),
    disposedTo: value('disposedTo'),
    statusReason: value('statusReason'),
    kecamatan: value('kecamatan'),
    kelurahan: value('kelurahan'),
    rating: value('rating'),
  };
  if (problems.length > 0 || !('at' in when) || privacy === undefined) return { problems };
  const report: LaporReportV1 = { trackingId, receivedAt: when.at, title, initialText, privacy, status };
  for (const [field, text] of Object.entries(optional)) {
    // A rahasia or anonim report never carries its reporter's name into aduan.
    if (text !== undefined && !(field === 'reporterName' && privacy !== 'biasa')) Object.assign(report, { [field]: text });
  }
  return { report };
}
