import type { LaporUpdateV1 } from '@aduan/spec';
import { headerKey, LAPOR_COLUMNS, LAPOR_HEADER_ALIASES, type LaporField } from '../lapor-columns.js';
import type { ColumnIndex } from '../parse-report.js';

/*
 * The SP4N-LAPOR! API wire format this bridge ASSUMES. LAPOR! documents its integration API only
 * to accounts with the developer role; nothing of it is public. Everything the client and the fake
 * server agree on lives in this file, so the official documentation, once read, changes one place.
 *
 *   GET  {base}/reports?limit=<n>[&since=<cursor>]     Authorization: Bearer <token>
 *        200 { "reports": [ { "<export header>": "<cell text>", … } ], "cursor": "<opaque>", "hasMore": true|false }
 *        Reports changed after `since` (all of them without it), oldest change first, at most `limit`.
 *        Each report carries the admin export's columns under the export's own headers.
 *   POST {base}/reports/<Tracking ID>/tindak-lanjut    Authorization: Bearer <token>, JSON body LaporApiUpdateBody
 *        2xx: recorded (posting the same update again is harmless). 404: unknown Tracking ID.
 *   401/403: the token is refused. 429 and 5xx: try again later (`Retry-After` in seconds or an HTTP date).
 */

/** The header carrying the token, and its scheme. */
export const LAPOR_API_AUTH_HEADER = 'authorization';
export const bearer = (token: string): string => `Bearer ${token}`;

/** The largest page a pull asks for (reports per request). */
export const LAPOR_API_MAX_PAGE_SIZE = 500;

/** The longest cursor accepted from the server (an opaque token, not a document). */
const LAPOR_API_MAX_CURSOR_LENGTH = 1_000;

/** The path of the pull, with its query. */
export function reportsPath(limit: number, since: string | undefined): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (since !== undefined) query.set('since', since);
  return `reports?${query.toString()}`;
}

/** The path an update of one report is posted to. */
export const updatePath = (trackingId: string): string => `reports/${encodeURIComponent(trackingId)}/tindak-lanjut`;

/** A report as it travels: the export's headers to their cell text. */
export type LaporApiRecord = Readonly<Record<string, string>>;

/** One page of the pull. */
export interface LaporApiPage {
  reports: LaporApiRecord[];
  /** Where the next pull starts. */
  cursor: string;
  /** More reports wait after `cursor`. */
  hasMore: boolean;
}

/** The body of an update, keyed like the export's columns. */
export interface LaporApiUpdateBody {
  'Tracking ID': string;
  'Status Laporan': string;
  /** The city's answer; null when none was given yet. */
  'Isi Tindak Lanjut': string | null;
  /** When the complaint last changed in the city's system (ISO 8601 UTC). */
  'Waktu Tindak Lanjut': string;
}

/** The body of `update` on the wire. */
export const updateBody = (update: LaporUpdateV1): LaporApiUpdateBody => ({
  'Tracking ID': update.trackingId,
  'Status Laporan': update.status,
  'Isi Tindak Lanjut': update.answer ?? null,
  'Waktu Tindak Lanjut': update.updatedAt,
});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a page from parsed JSON, or says what breaks the format (for logs only: the server's text
 * never reaches a user). A page holding more reports than asked for breaks it.
 */
export function readPage(json: unknown, limit: number): LaporApiPage | string {
  if (!isObject(json)) return 'the answer is not a JSON object';
  const { reports, cursor, hasMore } = json;
  if (!Array.isArray(reports)) return '"reports" is not an array';
  if (reports.length > limit) return `"reports" holds ${reports.length} reports, more than the ${limit} asked for`;
  if (typeof cursor !== 'string' || cursor === '' || cursor.length > LAPOR_API_MAX_CURSOR_LENGTH) {
    return `"cursor" is not a string of 1 to ${LAPOR_API_MAX_CURSOR_LENGTH} characters`;
  }
  if (typeof hasMore !== 'boolean') return '"hasMore" is not a boolean';
  const records: LaporApiRecord[] = [];
  for (const [index, report] of reports.entries()) {
    if (!isObject(report)) return `report ${index} is not an object`;
    const record: Record<string, string> = {};
    for (const [header, value] of Object.entries(report)) {
      if (value === null) record[header] = '';
      else if (typeof value === 'string' || typeof value === 'number') record[header] = String(value);
      else return `report ${index}, "${header.slice(0, 60)}" is neither text nor a number`;
    }
    records.push(record);
  }
  return { reports: records, cursor, hasMore };
}

const FIELDS = Object.keys(LAPOR_COLUMNS) as LaporField[];
const FIELD_BY_HEADER = new Map<string, LaporField>([
  ...FIELDS.map((field) => [headerKey(LAPOR_COLUMNS[field]), field] as const),
  ...Object.entries(LAPOR_HEADER_ALIASES),
]);

/** Where each field sits in `recordCells`' answer: the export row parser reads a record through it. */
export const RECORD_COLUMNS: ColumnIndex = Object.fromEntries(FIELDS.map((field, index) => [field, index]));

/** A record as the cells of an export row (in `RECORD_COLUMNS` order), headers matched like the export's. */
export function recordCells(record: LaporApiRecord): string[] {
  const cells = FIELDS.map(() => '');
  for (const [header, value] of Object.entries(record)) {
    const field = FIELD_BY_HEADER.get(headerKey(header));
    if (field !== undefined && cells[FIELDS.indexOf(field)] === '') cells[FIELDS.indexOf(field)] = value;
  }
  return cells;
}
