export { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';
export type { CalendarOverrides, WorkingCalendarOptions } from './calendar-options.js';
export type { DayDescription, DayKind, YearCoverage } from './day-rules.js';
export type { HolidayEntry, HolidayYear } from './holiday-year.js';
export { PEKALONGAN_DESK_HOURS, type OfficeHours, type OfficeInterval } from './office-hours.js';
export { WEEKDAYS, type DateInput, type Weekday } from './jakarta-time.js';
export { INDONESIA_2024, INDONESIA_2025, INDONESIA_2026, INDONESIA_2027, INDONESIA_HOLIDAY_YEARS } from './data/index.js';
