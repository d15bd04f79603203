/**
 * The numbers the city is graded on: KPIs of complaint handling in working days, counted from the
 * event history (in SQL on PostgreSQL and PGlite, from the events on any other store), grouped and
 * scoped for the reader, and the monthly Rekap SP4N-LAPOR!. Writers for CSV, XLSX and a printable
 * HTML report are on `@aduan/reports/csv`, `/xlsx` and `/html`.
 *
 * @packageDocumentation
 * @module @aduan/reports
 */
export { createReports, type Reports } from './create-reports.js';
export type { ReportsOptions } from './reports-options.js';
export type { KpiQuery, KpiReport, KpiRow } from './report-types.js';
export type { ReportDate } from './dates.js';
export { KPI_DEFINITIONS, type KpiDefinition, type KpiId, type KpiKind, type KpiKindOf } from './kpi-catalogue.js';
export type { CountFigure, DaysFigure, KpiFigure, KpiFigures, LastFigure, MeanFigure, ShareFigure } from './figures.js';
export { BAND_COLOURS, DEFAULT_BANDS, type BandColour, type BandResult, type BandsConfig, type KpiBands } from './colour-bands.js';
export { GROUP_BYS, type GroupBy } from './group-by.js';
export { CHANNEL_LABELS } from './group-labels.js';
export { DEFAULT_EVENT_TYPES, type ReportEventTypes } from './event-rules.js';
export {
  ANSWER_DAYS,
  LAPOR_AJIB_BUDGET,
  PERPRES_76_BUDGET,
  VERIFICATION_DAYS,
  type ResolutionBudget,
} from './resolution-budget.js';
export type { DaySample, GroupRow, GroupTotals } from './group-totals.js';
export type { KpiSource, SourceAnswer, SourceQuery } from './sources/kpi-source.js';
export { createEventSource } from './sources/event-source.js';
export { createSqlSource, type SqlReader } from './sources/sql-source.js';
export type { RecapDesk } from './recap/build-recap.js';
export type { RecapMonth, RecapQuery, RecapReport, RecapRow } from './recap/recap-types.js';
