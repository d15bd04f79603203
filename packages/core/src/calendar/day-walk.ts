import { InvalidConfigError } from '@aduan/spec';
import type { DayNumber } from './jakarta-time.js';

/** Ten years: far beyond any SLA, and a hard stop if overrides ever left no working time at all. */
const MAX_DAYS_WALKED = 3_660;

/**
 * Visits `from`, `from + step`, … until `visit` returns a value other than `undefined`. Every day
 * walk of the calendar goes through here so that none of them can loop forever.
 */
export function walkDays<T>(from: DayNumber, step: 1 | -1, visit: (day: DayNumber) => T | undefined): T {
  for (let offset = 0; offset < MAX_DAYS_WALKED; offset++) {
    const found = visit(from + step * offset);
    if (found !== undefined) return found;
  }
  throw new InvalidConfigError('working calendar', [
    { path: '(root)', message: `leaves no working time within ${MAX_DAYS_WALKED} days: check the weekend, overrides and office hours` },
  ]);
}
