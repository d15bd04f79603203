import type { WorkingCalendar } from '@aduan/core/calendar';
import type { ReportEventTypes } from '../event-rules.js';
import type { GroupBy } from '../group-by.js';
import type { GroupRow, GroupTotals } from '../group-totals.js';
import type { ResolutionBudget } from '../resolution-budget.js';

/** What a source is asked: complaints received in `[from, to)` (and by `asOf`), measured as of `asOf`. */
export interface SourceQuery {
  /** ISO instants (`Date#toISOString` form). */
  from: string;
  to: string;
  asOf: string;
  groupBy: GroupBy | null;
  /** Only complaints whose reporting unit (their latest disposition by `asOf`) is this one; null for all. */
  unitId: string | null;
  resolutionBudget: ResolutionBudget;
  eventTypes: ReportEventTypes;
  calendar: WorkingCalendar;
}

/** The totals of every group (in no particular order) and of all complaints together. */
export interface SourceAnswer {
  total: GroupTotals;
  groups: GroupRow[];
}

/**
 * Where the KPIs are counted. `createEventSource(store)` folds any StoreV1's events in this process
 * (the memory store); `createSqlSource(access)` counts in PostgreSQL or PGlite with one statement.
 * Both answer the same numbers for the same events.
 */
export interface KpiSource {
  /** `events`, `postgres`, `pglite`, … (shown in the report). */
  readonly name: string;
  totals(query: SourceQuery): Promise<SourceAnswer>;
}
