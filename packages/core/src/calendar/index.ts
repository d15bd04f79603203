/**
 * The working-day calendar of Asia/Jakarta: weekends, hari libur nasional and cuti bersama (the
 * years of `@aduan/holidays-id`), local days, overrides and desk office hours. SLA policies
 * (`@aduan/core/sla`) count their deadlines with it.
 *
 * @packageDocumentation
 * @module @aduan/core/calendar
 */
export { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';
export type { CalendarOverrides, HolidayFallback, WorkingCalendarOptions } from './calendar-options.js';
export type { DayDescription, DayKind, YearCoverage } from './day-rules.js';
export type { HolidayEntry, HolidayYear } from '@aduan/holidays-id';
export { PEKALONGAN_DESK_HOURS, type OfficeHours, type OfficeInterval } from './office-hours.js';
export { WEEKDAYS, type DateInput, type Weekday } from './jakarta-time.js';
