/** Month names and abbreviations as LAPOR! and Indonesian spreadsheets write them (English ones too). */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  peb: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  agus: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  nopember: 11,
  november: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

/** WIB is UTC+7 all year (Indonesia has no daylight saving). */
const WIB_OFFSET_MS = 7 * 3_600_000;

const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*WIB)?$/i;

type Ymd = [number, number, number];

function calendarDate(text: string): Ymd | undefined {
  const value = text.trim().toLowerCase();
  const named = DAY_MONTH_YEAR.exec(value);
  if (named) {
    const month = MONTHS[named[2]!];
    return month === undefined ? undefined : [Number(named[3]), month, Number(named[1])];
  }
  // A date cell comes out of the workbook as an ISO instant at midnight; a typed one may be ISO or d/m/yyyy.
  const iso = ISO_DATE.exec(value);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const slashed = SLASHED.exec(value);
  if (slashed) return [Number(slashed[3]), Number(slashed[2]), Number(slashed[1])];
  return undefined;
}

function exists([year, month, day]: Ymd): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 2000 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The instant of a LAPOR! date (`3 Jan 2026`, `03 Januari 2026`, `2026-01-03`, `3/1/2026`) and
 * optional time (`14:05`, `14.05.33`), both in WIB, as ISO 8601 UTC; or what is wrong, in Bahasa
 * Indonesia, naming the cell (`date` or `time`).
 */
export function parseLaporDateTime(dateText: string, timeText: string): { at: string } | { cell: 'date' | 'time'; message: string } {
  const ymd = calendarDate(dateText);
  if (!ymd || !exists(ymd)) {
    return { cell: 'date', message: `tanggal "${dateText.slice(0, 40)}" tidak dikenali: tulis seperti 3 Jan 2026` };
  }
  let [hours, minutes, seconds] = [0, 0, 0];
  // A time cell can come out of the workbook as an instant on 1899-12-30; its clock part is the time.
  const clock = timeText.trim().replace(/^1899-12-30T(\d{2}:\d{2}:\d{2})\.\d{3}Z$/, '$1');
  if (clock !== '') {
    const time = TIME.exec(clock);
    if (!time || Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) {
      return { cell: 'time', message: `waktu "${timeText.slice(0, 40)}" tidak dikenali: tulis seperti 14:05 (WIB)` };
    }
    [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  }
  const [year, month, day] = ymd;
  return { at: new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds) - WIB_OFFSET_MS).toISOString() };
}
