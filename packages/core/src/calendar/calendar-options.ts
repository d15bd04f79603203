import { z } from 'zod';
import type { HolidayEntry, HolidayYear } from '@aduan/holidays-id';
import { holidayEntrySchema, holidayYearSchema, isoDateSchema } from './holiday-year-schema.js';
import { WEEKDAYS, type Weekday } from './jakarta-time.js';
import { officeHoursSchema, type OfficeHours } from './office-hours.js';

/** Dates to change without editing data: extra days off, and days forced to be working days. */
export interface CalendarOverrides {
  daysOff?: readonly HolidayEntry[];
  /** Working whatever else is said of them (a holiday moved by a late decree, a Saturday make-up day). */
  workingDays?: readonly string[];
}

/**
 * The holidays of a year that has no data, built on demand (e.g. from the optional `date-holidays`
 * package through `loadDateHolidaysFallback()` of `@aduan/core/date-holidays`). Its answer is
 * validated like a `HolidayYear` given in `years`.
 */
export type HolidayFallback = (year: number) => HolidayYear;

export interface WorkingCalendarOptions {
  /** Weekly days off; default Saturday and Sunday. */
  weekend?: readonly Weekday[];
  /** Holiday years that replace the bundled year (from `@aduan/holidays-id`) of the same number, or add years. */
  years?: readonly HolidayYear[];
  /** Government offices close on cuti bersama (`day_off`, the default); set `working_day` where they do not. */
  cutiBersama?: 'day_off' | 'working_day';
  /** Regional days off of the city or province. */
  localDays?: readonly HolidayEntry[];
  overrides?: CalendarOverrides;
  /**
   * Where the holidays of a year without data come from; without one, `unknownYear` decides.
   * `await loadDateHolidaysFallback()` from `@aduan/core/date-holidays` gives the optional
   * `date-holidays` package's dates, which are approximate (see docs/deadlines.md).
   */
  fallback?: HolidayFallback;
  /**
   * A year with neither data nor fallback. `weekends_only` (default) counts only weekends: a
   * deadline then falls no later than the legal one (holidays only push deadlines out), and no
   * command fails because a long clock reaches into a year the data does not cover yet; check
   * `coverage(year)` at start-up to warn operators. `error` throws, naming the year.
   */
  unknownYear?: 'error' | 'weekends_only';
  /** Desk opening hours in WIB, needed for SLA clocks measured in office hours. */
  officeHours?: OfficeHours;
}

const uniqueBy =
  <T>(key: (item: T) => unknown, message: string) =>
  (items: readonly T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [index], message });
      seen.add(key(item));
    });
  };

export const calendarOverridesSchema = z
  .object({
    daysOff: z.array(holidayEntrySchema).default([]),
    workingDays: z.array(isoDateSchema).default([]),
  })
  .strict()
  .superRefine((overrides, ctx) => {
    const working = new Set(overrides.workingDays);
    overrides.daysOff.forEach((entry, index) => {
      if (working.has(entry.date))
        ctx.addIssue({ code: 'custom', path: ['daysOff', index, 'date'], message: `${entry.date} is also a working-day override` });
    });
  });

export const workingCalendarOptionsSchema = z
  .object({
    weekend: z
      .array(z.enum(WEEKDAYS))
      .max(6, 'at least one day of the week must be a working day')
      .superRefine(uniqueBy((day) => day, 'is listed twice'))
      .default(['saturday', 'sunday']),
    years: z
      .array(holidayYearSchema)
      .superRefine(uniqueBy((year) => year.year, 'year is listed twice'))
      .default([]),
    cutiBersama: z.enum(['day_off', 'working_day']).default('day_off'),
    localDays: z.array(holidayEntrySchema).default([]),
    overrides: calendarOverridesSchema.default({ daysOff: [], workingDays: [] }),
    fallback: z.custom<HolidayFallback>((value) => typeof value === 'function', 'must be a function (year) => HolidayYear').optional(),
    unknownYear: z.enum(['error', 'weekends_only']).default('weekends_only'),
    officeHours: officeHoursSchema.optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    if (!options.officeHours) return;
    const open = WEEKDAYS.filter((day) => !options.weekend.includes(day) && (options.officeHours?.[day]?.length ?? 0) > 0);
    if (open.length === 0) ctx.addIssue({ code: 'custom', path: ['officeHours'], message: 'no working weekday has office hours' });
  });

export type ParsedCalendarOptions = z.output<typeof workingCalendarOptionsSchema>;
