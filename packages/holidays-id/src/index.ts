/**
 * Indonesian hari libur nasional and cuti bersama, one `HolidayYear` per year with the decrees it
 * comes from. Data only: a new or amended SKB 3 Menteri is a release of this package alone.
 *
 * @packageDocumentation
 * @module @aduan/holidays-id
 */
export type { HolidayEntry, HolidayYear } from './holiday-year.js';
export { INDONESIA_2024 } from './indonesia-2024.js';
export { INDONESIA_2025 } from './indonesia-2025.js';
export { INDONESIA_2026 } from './indonesia-2026.js';
export { INDONESIA_2027 } from './indonesia-2027.js';
export { INDONESIA_HOLIDAY_YEARS } from './indonesia-holiday-years.js';
