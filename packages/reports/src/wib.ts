const DAY_MS = 24 * 60 * 60 * 1000;
/** WIB is UTC+7 all year (Indonesia has no daylight saving time). */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Month names of Bahasa Indonesia, January first. */
const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** The Jakarta calendar day of an instant, as days since 1970-01-01 (WIB). */
export function jakartaDay(ms: number): number {
  return Math.floor((ms + WIB_OFFSET_MS) / DAY_MS);
}

/** The wall-clock parts of an instant in WIB. */
function wibParts(ms: number) {
  const wall = new Date(ms + WIB_OFFSET_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    hours: wall.getUTCHours(),
    minutes: wall.getUTCMinutes(),
  };
}

const two = (value: number) => String(value).padStart(2, '0');

/** `2026-03`: the month (in WIB) an instant falls in. */
export function monthKeyOf(ms: number): string {
  const { year, month } = wibParts(ms);
  return `${year}-${two(month + 1)}`;
}

/** `Maret 2026` for the month key `2026-03`. */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return `${MONTHS_ID[month - 1] ?? key} ${year}`;
}

/** `3 Maret 2026`: the date of an instant in WIB. */
export function formatDateWib(ms: number): string {
  const { year, month, day } = wibParts(ms);
  return `${day} ${MONTHS_ID[month]} ${year}`;
}

/** `3 Maret 2026 14.05 WIB`: date and time of an instant in WIB, as Indonesian officials write it. */
export function formatDateTimeWib(ms: number): string {
  const { hours, minutes } = wibParts(ms);
  return `${formatDateWib(ms)} ${two(hours)}.${two(minutes)} WIB`;
}

/** The instant 00:00 WIB on the first day of a month key, and of the month after it. */
export function monthBounds(key: string): { from: number; to: number } {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return {
    from: Date.UTC(year, month - 1, 1) - WIB_OFFSET_MS,
    to: Date.UTC(year, month, 1) - WIB_OFFSET_MS,
  };
}

/** A date-only value whose UTC calendar day is the WIB day of `ms` (spreadsheets show it as that day). */
export function spreadsheetDate(ms: number): Date {
  return new Date(jakartaDay(ms) * DAY_MS);
}
