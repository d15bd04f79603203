import { INDONESIA_HOLIDAY_YEARS } from '@aduan/holidays-id';
import { InvalidConfigError, InvalidInputError } from '@aduan/spec';
import { parseConfig } from '../support/parse.js';
import {
  calendarOverridesSchema,
  workingCalendarOptionsSchema,
  type CalendarOverrides,
  type ParsedCalendarOptions,
  type WorkingCalendarOptions,
} from './calendar-options.js';
import { createDayRules, type DayDescription, type YearCoverage } from './day-rules.js';
import { dayOf, dayOfInstant, endOfDay, HOUR_MS, startOfDay, toInstant, type DateInput, type Weekday } from './jakarta-time.js';
import { createOfficeClock, type OfficeClock } from './office-hours.js';
import { addWorkingTime, countWorkingDays, nthWorkingDayAfter, workingDayAfter, workingTimeBetween } from './working-days.js';

/**
 * Working days in Asia/Jakarta (WIB, UTC+7): every calendar day here is a Jakarta day, whatever
 * the server's time zone. Immutable: `withOverrides` returns a new calendar.
 */
export interface WorkingCalendar {
  readonly timeZone: 'Asia/Jakarta';
  readonly weekend: readonly Weekday[];
  readonly hasOfficeHours: boolean;
  isWorkingDay(date: DateInput): boolean;
  /** Whether the day counts, and why (weekend, which holiday, cuti bersama, override …). */
  describeDay(date: DateInput): DayDescription;
  /** 00:00 WIB of the first working day strictly after the day of `date`. */
  nextWorkingDay(date: DateInput): Date;
  /**
   * The deadline `n` working days after `from`: the last millisecond (23:59:59.999 WIB) of the
   * `n`-th working day strictly after the Jakarta day of `from`. The day of `from` never counts,
   * whether `from` is early or late on it or it is a holiday: a complaint received Friday 16:00
   * with 3 working days is due at the end of the third following working day (Wednesday in a
   * week without holidays). The result always falls on a working day. `n = 0` returns `from`.
   */
  addWorkingDays(from: DateInput, n: number): Date;
  /**
   * Working days after the Jakarta day of `a` up to and including the day of `b` (negative when
   * `b` is earlier), so that `workingDaysBetween(from, addWorkingDays(from, n)) === n`.
   */
  workingDaysBetween(a: DateInput, b: DateInput): number;
  /** Milliseconds of `[a, b)` on working days, each working day counting 24 hours. */
  workingTimeBetween(a: DateInput, b: DateInput): number;
  /** The earliest instant at which `ms` of working-day time has passed since `from`. */
  addWorkingTime(from: DateInput, ms: number): Date;
  /** Milliseconds of `[a, b)` inside office hours on working days. Needs `officeHours`. */
  officeTimeBetween(a: DateInput, b: DateInput): number;
  /** The earliest instant at which `ms` of office time has passed since `from`. Needs `officeHours`. */
  addOfficeTime(from: DateInput, ms: number): Date;
  /**
   * The moment `hours` of office time after `from`: time outside office hours and on days off
   * is skipped, so the result is at most the closing time of a working day. Needs `officeHours`.
   */
  addOfficeHours(from: DateInput, hours: number): Date;
  /** Where the holidays of `year` come from (bundled, custom, fallback, weekends only). */
  coverage(year: number): YearCoverage;
  /** A calendar with more overrides; a date given here replaces any earlier override of it. */
  withOverrides(overrides: CalendarOverrides): WorkingCalendar;
}

function checkAmount(value: number, what: string, integer: boolean): void {
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new InvalidInputError(what, [{ path: '', message: `must be a ${integer ? 'whole ' : ''}number ≥ 0, got ${value}` }]);
  }
}

function mergeOverrides(
  current: ParsedCalendarOptions['overrides'],
  added: ParsedCalendarOptions['overrides'],
): ParsedCalendarOptions['overrides'] {
  const touched = new Set([...added.daysOff.map((entry) => entry.date), ...added.workingDays]);
  return {
    daysOff: [...current.daysOff.filter((entry) => !touched.has(entry.date)), ...added.daysOff],
    workingDays: [...current.workingDays.filter((date) => !touched.has(date)), ...added.workingDays],
  };
}

function buildCalendar(options: ParsedCalendarOptions): WorkingCalendar {
  const rules = createDayRules(options, INDONESIA_HOLIDAY_YEARS);
  const office: OfficeClock | null = options.officeHours ? createOfficeClock(options.officeHours, rules.isWorking) : null;
  const needOffice = (): OfficeClock => {
    if (office) return office;
    throw new InvalidConfigError('working calendar', [{ path: 'officeHours', message: 'office hours are not configured' }]);
  };

  return {
    timeZone: 'Asia/Jakarta',
    weekend: options.weekend,
    hasOfficeHours: office !== null,
    isWorkingDay: (date) => rules.isWorking(dayOf(date)),
    describeDay: (date) => rules.describe(dayOf(date)),
    nextWorkingDay: (date) => new Date(startOfDay(workingDayAfter(dayOf(date), rules.isWorking))),
    addWorkingDays(from, n) {
      checkAmount(n, 'working days', true);
      const start = toInstant(from, 'from');
      return new Date(n === 0 ? start : endOfDay(nthWorkingDayAfter(dayOfInstant(start), n, rules.isWorking)));
    },
    workingDaysBetween: (a, b) => countWorkingDays(dayOf(a, 'a'), dayOf(b, 'b'), rules.isWorking),
    workingTimeBetween: (a, b) => workingTimeBetween(toInstant(a, 'a'), toInstant(b, 'b'), rules.isWorking),
    addWorkingTime(from, ms) {
      checkAmount(ms, 'working time (ms)', true);
      return new Date(addWorkingTime(toInstant(from, 'from'), ms, rules.isWorking));
    },
    officeTimeBetween: (a, b) => needOffice().timeBetween(toInstant(a, 'a'), toInstant(b, 'b')),
    addOfficeTime(from, ms) {
      checkAmount(ms, 'office time (ms)', true);
      return new Date(needOffice().addTime(toInstant(from, 'from'), ms));
    },
    addOfficeHours(from, hours) {
      checkAmount(hours, 'office hours', false);
      return new Date(needOffice().addTime(toInstant(from, 'from'), Math.round(hours * HOUR_MS)));
    },
    coverage: (year) => rules.coverage(year),
    withOverrides(overrides) {
      const added = parseConfig(calendarOverridesSchema, overrides, 'calendar overrides');
      return buildCalendar({ ...options, overrides: mergeOverrides(options.overrides, added) });
    },
  };
}

/**
 * Builds the working-day calendar from the bundled holiday years of `@aduan/holidays-id` and the
 * options. Invalid options throw `InvalidConfigError` naming each bad path.
 *
 * @example
 * const calendar = createWorkingCalendar({ localDays: [{ date: '2026-04-01', name: 'Hari Jadi Kota Pekalongan' }] });
 * calendar.addWorkingDays('2026-03-19T09:00:00+07:00', 3); // end of the third working day after 19 March, in WIB
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return buildCalendar(parseConfig(workingCalendarOptionsSchema, options, 'working calendar options'));
}
