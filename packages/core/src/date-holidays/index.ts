/**
 * An approximate holiday source for years `@aduan/holidays-id` does not cover yet, from the
 * optional peer dependency `date-holidays`. Kept on its own entry point, so apps that never use
 * it can bundle the core without the package installed.
 *
 * @packageDocumentation
 * @module @aduan/core/date-holidays
 */
export { loadDateHolidaysFallback } from './load-date-holidays-fallback.js';
