import { walkDays } from './day-walk.js';
import { dayOfInstant, endOfDay, startOfDay, type DayNumber } from './jakarta-time.js';

export type DayPredicate = (day: DayNumber) => boolean;

/** The first working day strictly after `day`. */
export function workingDayAfter(day: DayNumber, isWorking: DayPredicate): DayNumber {
  return walkDays(day + 1, 1, (candidate) => (isWorking(candidate) ? candidate : undefined));
}

/** The `n`-th working day strictly after `day` (`n` ≥ 1). */
export function nthWorkingDayAfter(day: DayNumber, n: number, isWorking: DayPredicate): DayNumber {
  let current = day;
  for (let counted = 0; counted < n; counted++) current = workingDayAfter(current, isWorking);
  return current;
}

/** Working days `d` with `from < d ≤ to`; negative when `to` is before `from`. */
export function countWorkingDays(from: DayNumber, to: DayNumber, isWorking: DayPredicate): number {
  if (to < from) return -countWorkingDays(to, from, isWorking);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorking(day)) count++;
  return count;
}

/** Milliseconds of `[a, b)` that fall on working days (a working day counts all its 24 hours). */
export function workingTimeBetween(a: number, b: number, isWorking: DayPredicate): number {
  if (b < a) return -workingTimeBetween(b, a, isWorking);
  let total = 0;
  for (let day = dayOfInstant(a); startOfDay(day) < b; day++) {
    if (isWorking(day)) total += Math.min(b, startOfDay(day + 1)) - Math.max(a, startOfDay(day));
  }
  return total;
}

/** The earliest instant at which `ms` of working time has passed since `from`. */
export function addWorkingTime(from: number, ms: number, isWorking: DayPredicate): number {
  if (ms <= 0) return from;
  let remaining = ms;
  return walkDays(dayOfInstant(from), 1, (day) => {
    if (!isWorking(day)) return undefined;
    const begin = Math.max(from, startOfDay(day));
    const available = endOfDay(day) + 1 - begin;
    if (remaining <= available) return begin + remaining;
    remaining -= available;
    return undefined;
  });
}
