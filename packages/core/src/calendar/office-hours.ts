import { z } from 'zod';
import { walkDays } from './day-walk.js';
import { dayOfInstant, startOfDay, weekdayOfDay, WEEKDAYS, type DayNumber, type Weekday } from './jakarta-time.js';
import type { DayPredicate } from './working-days.js';

/** One opening of the desk on a day, in WIB wall-clock time (`HH:MM`, `24:00` allowed as a close). */
export interface OfficeInterval {
  open: string;
  close: string;
}

/** Weekly office hours; a weekday left out has none. Holidays and weekends never have office hours. */
export type OfficeHours = Partial<Record<Weekday, readonly OfficeInterval[]>>;

/** The Pekalongan complaint desk: Monday–Thursday 09:00–14:00, Friday 08:00–10:30. */
export const PEKALONGAN_DESK_HOURS: OfficeHours = {
  monday: [{ open: '09:00', close: '14:00' }],
  tuesday: [{ open: '09:00', close: '14:00' }],
  wednesday: [{ open: '09:00', close: '14:00' }],
  thursday: [{ open: '09:00', close: '14:00' }],
  friday: [{ open: '08:00', close: '10:30' }],
};

const MINUTE_MS = 60_000;
const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a WIB time HH:MM');

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

const intervalsSchema = z.array(z.object({ open: clockTime, close: clockTime }).strict()).superRefine((intervals, ctx) => {
  intervals.forEach((interval, index) => {
    if (minutesOf(interval.close) <= minutesOf(interval.open)) {
      ctx.addIssue({ code: 'custom', path: [index, 'close'], message: 'must be after open' });
    }
    const previous = intervals[index - 1];
    if (previous && minutesOf(interval.open) < minutesOf(previous.close)) {
      ctx.addIssue({ code: 'custom', path: [index, 'open'], message: 'intervals must be in order and must not overlap' });
    }
  });
});

export const officeHoursSchema = z
  .object(
    Object.fromEntries(WEEKDAYS.map((day) => [day, intervalsSchema.optional()])) as Record<Weekday, z.ZodOptional<typeof intervalsSchema>>,
  )
  .strict();

/** Office time arithmetic over weekly hours, skipping every day that `isWorking` rejects. */
export interface OfficeClock {
  timeBetween(a: number, b: number): number;
  addTime(from: number, ms: number): number;
}

export function createOfficeClock(hours: OfficeHours, isWorking: DayPredicate): OfficeClock {
  const openingsOf = (day: DayNumber): [number, number][] =>
    isWorking(day)
      ? (hours[weekdayOfDay(day)] ?? []).map(({ open, close }) => [
          startOfDay(day) + minutesOf(open) * MINUTE_MS,
          startOfDay(day) + minutesOf(close) * MINUTE_MS,
        ])
      : [];

  const timeBetween = (a: number, b: number): number => {
    if (b < a) return -timeBetween(b, a);
    let total = 0;
    for (let day = dayOfInstant(a); startOfDay(day) < b; day++) {
      for (const [open, close] of openingsOf(day)) total += Math.max(0, Math.min(b, close) - Math.max(a, open));
    }
    return total;
  };

  const addTime = (from: number, ms: number): number => {
    if (ms <= 0) return from;
    let remaining = ms;
    return walkDays(dayOfInstant(from), 1, (day) => {
      for (const [open, close] of openingsOf(day)) {
        const begin = Math.max(from, open);
        if (begin >= close) continue;
        if (remaining <= close - begin) return begin + remaining;
        remaining -= close - begin;
      }
      return undefined;
    });
  };

  return { timeBetween, addTime };
}
