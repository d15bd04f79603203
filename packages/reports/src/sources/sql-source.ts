import type { GroupTotals } from '../group-totals.js';
import { jakartaDay } from '../wib.js';
import { kpiStatement } from './kpi-sql.js';
import type { KpiSource } from './kpi-source.js';
import { workingDayIndex } from './working-day-index.js';

/**
 * Read-only SQL on a store's tables: what `createReadOnlyAccess(store)` of `@aduan/store-postgres`
 * gives (described here by shape, so this package does not depend on the PostgreSQL store).
 */
export interface SqlReader {
  readonly provider: string;
  readonly tables: { readonly events: string; readonly projections: string };
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/** One result row: integers and booleans as numbers and booleans, everything else as text. */
interface TotalsRow {
  is_total: boolean;
  key: string | null;
  received: number;
  verified: number;
  verified_on_time: number;
  on_hold: number;
  data_count: number;
  data_sum: string;
  data_median: string | null;
  disposed: number;
  answered: number;
  answered_of_disposed: number;
  resolved: number;
  resolved_of_disposed: number;
  answer_count: number;
  answer_sum: string;
  answer_median: string | null;
  answered_on_time: number;
  resolved_within_budget: number;
  open: number;
  open_age_0: number;
  open_age_1: number;
  open_age_2: number;
  open_age_3: number;
  open_age_4: number;
  overdue: number;
  overdue_verification: number;
  overdue_follow_up: number;
  overdue_resolution: number;
  returned: number;
  handed_over: number;
  reopened: number;
  surveyed: number;
  fixed_yes: number;
  fixed_known: number;
  rating_sum: string;
  rating_count: number;
  last_unit_action_at: string | null;
}

const numberOrNull = (text: string | null) => (text === null ? null : Number(text));

function toTotals(row: TotalsRow): GroupTotals {
  return {
    received: row.received,
    verified: row.verified,
    verifiedOnTime: row.verified_on_time,
    onHold: row.on_hold,
    dataDays: { count: row.data_count, sum: Number(row.data_sum), median: numberOrNull(row.data_median) },
    disposed: row.disposed,
    answered: row.answered,
    answeredOfDisposed: row.answered_of_disposed,
    resolved: row.resolved,
    resolvedOfDisposed: row.resolved_of_disposed,
    answerDays: { count: row.answer_count, sum: Number(row.answer_sum), median: numberOrNull(row.answer_median) },
    answeredOnTime: row.answered_on_time,
    resolvedWithinBudget: row.resolved_within_budget,
    open: row.open,
    openByAge: [row.open_age_0, row.open_age_1, row.open_age_2, row.open_age_3, row.open_age_4],
    overdue: row.overdue,
    overdueVerification: row.overdue_verification,
    overdueFollowUp: row.overdue_follow_up,
    overdueResolution: row.overdue_resolution,
    returned: row.returned,
    handedOver: row.handed_over,
    reopened: row.reopened,
    surveyed: row.surveyed,
    fixedYes: row.fixed_yes,
    fixedKnown: row.fixed_known,
    ratingSum: Number(row.rating_sum),
    ratingCount: row.rating_count,
    lastUnitActionAt: row.last_unit_action_at,
  };
}

/**
 * KPIs counted by PostgreSQL or PGlite in one read-only statement over the stored rows: no event
 * is loaded into this process. Working days come from an index of the calendar passed with the
 * statement (one integer per day of the period), so SQL counts them exactly as the calendar does.
 *
 * @example
 * import { createReadOnlyAccess } from '@aduan/store-postgres';
 * const reports = createReports({ source: createSqlSource(createReadOnlyAccess(store)) });
 */
export function createSqlSource(reader: SqlReader): KpiSource {
  return {
    name: reader.provider,
    async totals(query) {
      const origin = jakartaDay(Date.parse(query.from));
      const index = workingDayIndex(query.calendar, origin, jakartaDay(Date.parse(query.asOf)));
      const { rows } = await reader.query<TotalsRow>(kpiStatement(reader.tables, query.groupBy, query.resolutionBudget), [
        query.from,
        query.to,
        query.asOf,
        origin,
        index,
        query.unitId,
        query.eventTypes.handedOver,
        query.eventTypes.satisfaction,
        query.resolutionBudget.amount,
      ]);
      const totalRow = rows.find((row) => row.is_total);
      // Without complaints, PostgreSQL answers no row for an empty grouping set: all zeros then.
      const total = totalRow ? toTotals(totalRow) : toTotals(EMPTY_ROW);
      return { total, groups: rows.filter((row) => !row.is_total).map((row) => ({ key: row.key, totals: toTotals(row) })) };
    },
  };
}

const EMPTY_ROW: TotalsRow = {
  is_total: true,
  key: null,
  received: 0,
  verified: 0,
  verified_on_time: 0,
  on_hold: 0,
  data_count: 0,
  data_sum: '0',
  data_median: null,
  disposed: 0,
  answered: 0,
  answered_of_disposed: 0,
  resolved: 0,
  resolved_of_disposed: 0,
  answer_count: 0,
  answer_sum: '0',
  answer_median: null,
  answered_on_time: 0,
  resolved_within_budget: 0,
  open: 0,
  open_age_0: 0,
  open_age_1: 0,
  open_age_2: 0,
  open_age_3: 0,
  open_age_4: 0,
  overdue: 0,
  overdue_verification: 0,
  overdue_follow_up: 0,
  overdue_resolution: 0,
  returned: 0,
  handed_over: 0,
  reopened: 0,
  surveyed: 0,
  fixed_yes: 0,
  fixed_known: 0,
  rating_sum: '0',
  rating_count: 0,
  last_unit_action_at: null,
};
