/**
 * KPI reports and the monthly Rekap SP4N-LAPOR! as XLSX workbooks, streamed.
 *
 * @module @aduan/reports/xlsx
 */
export { writeKpiXlsx } from './write-kpi-xlsx.js';
export { RECAP_COLUMNS, writeRecapXlsx } from './write-recap-xlsx.js';
