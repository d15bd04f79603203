import { dayOfInstant, DAY_MS, endOfDay, HOUR_MS, JAKARTA_OFFSET_MS, startOfDay } from '../calendar/jakarta-time.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { SlaClock, SlaUnit } from './sla-policy-schema.js';

/**
 * How one clock unit turns wall time into clock time, for a stage that started at `stageStart`.
 * Clock time is in milliseconds: 24 h per working or calendar day, 1 h per office hour.
 */
export interface ClockMath {
  /** Clock time accrued in `[a, b)`. */
  elapsed(a: number, b: number): number;
  /** The earliest instant at which `ms` (> 0) of clock time has accrued since `a`. */
  reach(a: number, ms: number): number;
  /** How the instant a stage's budget runs out is shown as its deadline. */
  lapseAt(reached: number): number;
  /** How the instant a warning fraction is reached is shown. */
  warningAt(reached: number): number;
}

export function budgetMs(clock: SlaClock): number {
  return Math.round(clock.amount * (clock.unit === 'office_hours' ? HOUR_MS : DAY_MS));
}

const isMidnight = (ms: number): boolean => (ms + JAKARTA_OFFSET_MS) % DAY_MS === 0;

export function clockMath(unit: SlaUnit, calendar: WorkingCalendar, stageStart: number): ClockMath {
  switch (unit) {
    case 'calendar_days': {
      // Whole days, as Indonesian administrative practice counts them: the day the stage starts
      // does not count, and a window of N days ends at the end (23:59:59.999 WIB) of the Nth day.
      const counted = (ms: number) => Math.max(ms, startOfDay(dayOfInstant(stageStart) + 1));
      return {
        elapsed: (a, b) => counted(b) - counted(a),
        reach: (a, ms) => counted(a) + ms,
        lapseAt: (t) => endOfDay(dayOfInstant(t - 1)),
        warningAt: (t) => (isMidnight(t) ? t - 1 : t),
      };
    }
    case 'office_hours':
      return {
        elapsed: (a, b) => calendar.officeTimeBetween(new Date(a), new Date(b)),
        reach: (a, ms) => calendar.addOfficeTime(new Date(a), ms).getTime(),
        lapseAt: (t) => t,
        warningAt: (t) => t,
      };
    case 'working_days': {
      // The day the stage starts never counts (see WorkingCalendar#addWorkingDays).
      const counted = (ms: number) => Math.max(ms, startOfDay(dayOfInstant(stageStart) + 1));
      return {
        elapsed: (a, b) => calendar.workingTimeBetween(new Date(counted(a)), new Date(counted(b))),
        reach: (a, ms) => calendar.addWorkingTime(new Date(counted(a)), ms).getTime(),
        // Budget used up during a day: due at that day's end. At 00:00 it ran out the day before.
        lapseAt: (t) => endOfDay(dayOfInstant(t - 1)),
        warningAt: (t) => (isMidnight(t) ? t - 1 : t),
      };
    }
  }
}
