import type { HolidayYear } from '../holiday-year.js';
import { INDONESIA_2024 } from './id-2024.js';
import { INDONESIA_2025 } from './id-2025.js';
import { INDONESIA_2026 } from './id-2026.js';
import { INDONESIA_2027 } from './id-2027.js';

export { INDONESIA_2024, INDONESIA_2025, INDONESIA_2026, INDONESIA_2027 };

/** The holiday years shipped with aduan; `createWorkingCalendar({ years })` replaces or adds years. */
export const INDONESIA_HOLIDAY_YEARS: readonly HolidayYear[] = [INDONESIA_2024, INDONESIA_2025, INDONESIA_2026, INDONESIA_2027];
