import type { ReportDate } from './dates.js';
import type { KpiFigures } from './figures.js';
import type { GroupBy } from './group-by.js';
import type { ResolutionBudget } from './resolution-budget.js';

/** What to report on. */
export interface KpiQuery {
  /** First moment of the period (a date is 00:00 WIB): complaints received from then on. */
  from: ReportDate;
  /** End of the period, exclusive (a date is 00:00 WIB, so `to: '2027-01-01'` ends with 31 December). */
  to: ReportDate;
  /** The instant the figures are measured at: events after it are ignored. Default now (the report's clock). */
  asOf?: ReportDate;
  /** Group the complaints; without it, only the total. */
  groupBy?: GroupBy;
}

/** One row of the report: a group (or the total) and its figures. */
export interface KpiRow {
  /** The group's value (a unit id, category, channel, kelurahan or `YYYY-MM`); null for "none" and for the total. */
  key: string | null;
  /** What officers read, in Bahasa Indonesia. */
  label: string;
  figures: KpiFigures;
}

/** A KPI report, ready for JSON, CSV, XLSX or HTML. Instants are ISO strings (UTC); labels say WIB. */
export interface KpiReport {
  /** `aduan.kpi-report`, version 1: the shape of this object, for readers of its JSON. */
  format: 'aduan.kpi-report';
  formatVersion: 1;
  period: { from: string; to: string; asOf: string };
  groupBy: GroupBy | null;
  /** The unit the report is limited to (the reader's own), or null for the whole city. */
  unitId: string | null;
  resolutionBudget: ResolutionBudget;
  /** Where the figures were counted: `events`, `postgres` or `pglite`. */
  source: string;
  generatedAt: string;
  total: KpiRow;
  /** Groups in reading order (months ascending, others by label); the group without a value last. */
  groups: KpiRow[];
  /**
   * Years of the period whose holidays the calendar does not know (only weekends counted there):
   * working-day figures of those years may be too high. Empty when every year is covered.
   */
  uncoveredYears: number[];
}
