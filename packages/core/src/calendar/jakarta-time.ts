import { InvalidInputError } from '@aduan/spec';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** WIB is UTC+7 all year: Indonesia has no daylight saving time, so a fixed offset is exact. */
export const JAKARTA_OFFSET_MS = 7 * HOUR_MS;

/** Day names in `Date#getUTCDay()` order. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A moment or a day: a `Date`, an ISO instant with an explicit offset (`2025-04-08T09:00:00+07:00`),
 * or a Jakarta calendar date (`2025-04-08`, read as 00:00 WIB). Instants without an offset are
 * refused: `Date.parse` would read them in the server's own time zone.
 */
export type DateInput = Date | string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A Jakarta calendar day as a whole number: days since 1970-01-01 WIB. Integers compare, step
 * and key maps cheaply, which the day walks of the calendar rely on.
 */
export type DayNumber = number;

export function dayOfInstant(ms: number): DayNumber {
  return Math.floor((ms + JAKARTA_OFFSET_MS) / DAY_MS);
}

/** The instant 00:00 WIB starts `day`. */
export function startOfDay(day: DayNumber): number {
  return day * DAY_MS - JAKARTA_OFFSET_MS;
}

/** The last millisecond of `day` in WIB (23:59:59.999): a due moment that is still on that day. */
export function endOfDay(day: DayNumber): number {
  return startOfDay(day + 1) - 1;
}

export function isoDateOfDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD`, or returns null when it is not a real calendar date (2025-02-30). */
export function dayOfIsoDate(text: string): DayNumber | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

export function weekdayOfDay(day: DayNumber): Weekday {
  // 1970-01-01 was a Thursday (index 4); the double modulo keeps days before 1970 right.
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7] as Weekday;
}

export function yearOfDay(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Milliseconds since the epoch for any `DateInput`; bad input is an `invalid_input` error naming `what`. */
export function toInstant(input: DateInput, what = 'date'): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new InvalidInputError(what, [{ path: '', message: 'is an invalid Date' }]);
    return ms;
  }
  const day = dayOfIsoDate(input);
  if (day !== null) return startOfDay(day);
  const ms = HAS_OFFSET.test(input) ? Date.parse(input) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new InvalidInputError(what, [
      { path: '', message: `"${input}" must be a date (YYYY-MM-DD) or an ISO instant with an offset (…+07:00 or …Z)` },
    ]);
  }
  return ms;
}

export function dayOf(input: DateInput, what = 'date'): DayNumber {
  return dayOfInstant(toInstant(input, what));
}
