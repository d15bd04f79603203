/**
 * A KPI report as CSV, streamed.
 *
 * @module @aduan/reports/csv
 */
export { type KpiCsvOptions, writeKpiCsv } from './write-kpi-csv.js';
