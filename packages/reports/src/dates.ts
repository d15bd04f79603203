import type { FieldIssue } from '@aduan/spec';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A day or a moment: a `Date`, a Jakarta date `YYYY-MM-DD` (00:00 WIB) or an ISO instant with an offset. */
export type ReportDate = Date | string;

/**
 * Epoch ms of a report date, or an issue at `path` saying what to write. Instants without an offset
 * are refused: they would be read in the server's own time zone.
 */
export function parseReportDate(value: unknown, path: string): { ms: number } | { issue: FieldIssue } {
  const fail = {
    issue: {
      path,
      message:
        'harus tanggal YYYY-MM-DD (WIB) atau waktu ISO dengan zona, mis. 2026-03-01T08:00:00+07:00 (a date or an ISO instant with an offset)',
    },
  };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? fail : { ms: value.getTime() };
  if (typeof value !== 'string') return fail;
  const date = ISO_DATE.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const utc = Date.UTC(year, month - 1, day);
    const back = new Date(utc);
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return fail;
    return { ms: utc - WIB_OFFSET_MS };
  }
  if (!ISO_INSTANT.test(value)) return fail;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? fail : { ms };
}
