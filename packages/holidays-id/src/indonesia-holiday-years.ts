import type { HolidayYear } from './holiday-year.js';
import { INDONESIA_2024 } from './indonesia-2024.js';
import { INDONESIA_2025 } from './indonesia-2025.js';
import { INDONESIA_2026 } from './indonesia-2026.js';
import { INDONESIA_2027 } from './indonesia-2027.js';

/**
 * Every year this release knows, oldest first. `@aduan/core/calendar` bundles them;
 * `createWorkingCalendar({ years })` replaces a year or adds one without waiting for a release.
 */
export const INDONESIA_HOLIDAY_YEARS: readonly HolidayYear[] = [INDONESIA_2024, INDONESIA_2025, INDONESIA_2026, INDONESIA_2027];
