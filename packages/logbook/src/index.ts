/**
 * In-person and batch intake: the logbook template (`templates/logbook-template.csv` and `.xlsx`)
 * and its import through the desk, validated per row and column in Bahasa Indonesia.
 *
 * @packageDocumentation
 * @module @aduan/logbook
 */
export { importLogbook, LOGBOOK_IMPORT_ACTOR, type LogbookImportOptions, type LogbookImportReport } from './import-logbook.js';
export { LOGBOOK_COLUMNS } from './logbook-columns.js';
