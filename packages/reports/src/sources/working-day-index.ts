import type { WorkingCalendar } from '@aduan/core/calendar';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The calendar as the SQL source reads it: for each Jakarta day from `origin` on, the number of
 * working days from `origin` up to and including that day. Working days between two instants are
 * then one subtraction per row — `index[day(b)] − index[day(a)]` — exactly the calendar's
 * `workingDaysBetween(a, b)` (days after the day of `a`, up to and including the day of `b`).
 */
export function workingDayIndex(calendar: WorkingCalendar, origin: number, last: number): number[] {
  const index: number[] = [];
  let counted = 0;
  for (let day = origin; day <= last; day++) {
    if (calendar.isWorkingDay(new Date(day * DAY_MS).toISOString().slice(0, 10))) counted++;
    index.push(counted);
  }
  return index;
}
