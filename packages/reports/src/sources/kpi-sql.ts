import { CLOSING_EVENTS, LIFECYCLE, RESOLVING_EVENTS, STAGE_ENDS, UNIT_ROLES } from '../event-rules.js';
import type { GroupBy } from '../group-by.js';
import { ANSWER_DAYS, VERIFICATION_DAYS, type ResolutionBudget } from '../resolution-budget.js';

const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;
const list = (values: readonly string[]) => values.map(quoted).join(', ');

/** The Jakarta day of a timestamptz, as days since 1970-01-01 (WIB is UTC+7 all year). */
const day = (instant: string) => `((((${instant}) AT TIME ZONE 'UTC') + interval '7 hours')::date - DATE '1970-01-01')`;
/** Working days after the day of `a` up to and including the day of `b`, read from the index. */
const workingDays = (a: string, b: string) => `($5::int[])[${day(b)} - $4 + 1] - ($5::int[])[${day(a)} - $4 + 1]`;
const firstAt = (types: readonly string[]) => `min(e.at) FILTER (WHERE e.type IN (${list(types)}))`;
const lastAt = (condition: string) => `max(e.at) FILTER (WHERE ${condition})`;
const isoText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The group key of each complaint (computed in the per-complaint step). */
const KEY: Readonly<Record<GroupBy, string>> = {
  unit: 'f.unit_id',
  category: 'f.category',
  channel: 'f.channel',
  kelurahan: 'f.kelurahan',
  month: `to_char((f.received_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`,
};

const placeText = `NULLIF(e.payload->'location'->>'kelurahan', '')`;
const categoryText = `NULLIF(e.payload->>'category', '')`;

/**
 * The one statement of the SQL source: per complaint of the period, the facts of
 * `complaintFacts` (each aggregate mirrors one rule there), then per group the totals of
 * `TotalsAccumulator`, the grand total in the same pass (GROUPING SETS). Only fixed vocabulary is
 * written into the text; every value a caller gives travels as a parameter: $1 from, $2 to,
 * $3 asOf (instants), $4 the first day of the working-day index (days since 1970-01-01 WIB), $5 the
 * index, $6 the unit scope (null for all), $7 the hand-over event type, $8 the satisfaction event
 * type, $9 the resolution budget's amount.
 */
export function kpiStatement(tables: { events: string; projections: string }, groupBy: GroupBy | null, budget: ResolutionBudget): string {
  const budgetUsed =
    budget.unit === 'working_days' ? workingDays('m.received_at', 'm.resolved_at') : `${day('m.resolved_at')} - ${day('m.received_at')}`;
  const missed = (stage: string) => lastAt(`e.type = ${quoted(LIFECYCLE.deadlineMissed)} AND e.payload->>'stage' = ${quoted(stage)}`);
  const ended = (types: readonly string[]) => (types.length === 0 ? 'NULL::timestamptz' : lastAt(`e.type IN (${list(types)})`));
  const overdue = (stage: string) =>
    `(m.missed_${stage} IS NOT NULL AND (m.ended_${stage} IS NULL OR m.ended_${stage} < m.missed_${stage}))`;
  const open = 'm.closed_at IS NULL';
  const anyOverdue = `(${overdue('verification')} OR ${overdue('follow_up')} OR ${overdue('resolution')})`;
  const age = workingDays('m.received_at', '$3::timestamptz');
  const groupSelect = groupBy === null ? 'true AS is_total, NULL::text AS key' : 'GROUPING(m.key) = 1 AS is_total, m.key';
  const groupClause = groupBy === null ? '' : 'GROUP BY GROUPING SETS ((m.key), ())';
  return `WITH facts AS (
  SELECT p.id, p.created_at AS received_at, p.channel,
    ${firstAt([LIFECYCLE.verified])} AS verified_at,
    ${firstAt([LIFECYCLE.infoRequested])} AS info_requested_at,
    ${firstAt([LIFECYCLE.infoProvided])} AS info_provided_at,
    ${firstAt([LIFECYCLE.disposed])} AS disposed_at,
    array_agg(e.at) FILTER (WHERE e.type = ${quoted(LIFECYCLE.disposed)}) AS dispositions,
    ${firstAt([LIFECYCLE.responded])} AS answered_at,
    ${firstAt(RESOLVING_EVENTS)} AS resolved_at,
    min(e.at) FILTER (WHERE e.type IN (${list(CLOSING_EVENTS)}) OR e.type = $7) AS closed_at,
    bool_or(e.type = ${quoted(LIFECYCLE.returned)}) AS returned,
    bool_or(e.type = $7) AS handed_over,
    bool_or(e.type = ${quoted(LIFECYCLE.reopened)}) AS reopened,
    ${lastAt(`e.actor->>'role' IN (${list(UNIT_ROLES)}) AND e.actor->>'unitId' <> ''`)} AS unit_action_at,
    ${missed('verification')} AS missed_verification,
    ${missed('followUp')} AS missed_follow_up,
    ${missed('resolution')} AS missed_resolution,
    ${ended(STAGE_ENDS.verification)} AS ended_verification,
    ${ended(STAGE_ENDS.followUp)} AS ended_follow_up,
    ${ended(STAGE_ENDS.resolution)} AS ended_resolution,
    bool_or(e.type = $8) AS surveyed,
    (array_agg((e.payload->>'fixed')::boolean ORDER BY e.version DESC)
      FILTER (WHERE e.type = $8 AND json_typeof(e.payload->'fixed') = 'boolean'))[1] AS fixed,
    (array_agg((e.payload->>'rating')::float8 ORDER BY e.version DESC)
      FILTER (WHERE e.type = $8 AND json_typeof(e.payload->'rating') = 'number'))[1] AS rating,
    (array_agg(NULLIF(e.payload->>'unitId', '') ORDER BY e.version DESC) FILTER (WHERE e.type = ${quoted(LIFECYCLE.disposed)}))[1] AS unit_id,
    ${
      groupBy === 'category'
        ? `(array_agg(${categoryText} ORDER BY e.version DESC) FILTER (WHERE e.type IN (${list([LIFECYCLE.received, LIFECYCLE.verified])}) AND ${categoryText} IS NOT NULL))[1]`
        : 'NULL::text'
    } AS category,
    ${
      groupBy === 'kelurahan'
        ? `(array_agg(${placeText} ORDER BY e.version) FILTER (WHERE e.type IN (${list([LIFECYCLE.received, LIFECYCLE.infoProvided, LIFECYCLE.followUp])}) AND ${placeText} IS NOT NULL))[1]`
        : 'NULL::text'
    } AS kelurahan
  FROM ${tables.projections} p
  JOIN ${tables.events} e ON e.complaint_id = p.id AND e.at <= $3::timestamptz
  WHERE p.created_at >= $1::timestamptz AND p.created_at < $2::timestamptz AND p.created_at <= $3::timestamptz
  GROUP BY p.id
),
m AS (
  SELECT ${groupBy === null ? 'NULL::text' : KEY[groupBy]} AS key, f.*,
    (SELECT max(d) FROM unnest(f.dispositions) AS d WHERE d <= f.answered_at) AS disposition_before_answer
  FROM facts f
  WHERE $6::text IS NULL OR f.unit_id = $6::text
)
SELECT ${groupSelect},
  count(*)::int AS received,
  count(m.verified_at)::int AS verified,
  (count(*) FILTER (WHERE ${workingDays('m.received_at', 'm.verified_at')} <= ${VERIFICATION_DAYS}))::int AS verified_on_time,
  count(m.info_requested_at)::int AS on_hold,
  count(${workingDays('m.info_requested_at', 'm.info_provided_at')})::int AS data_count,
  coalesce(sum(${workingDays('m.info_requested_at', 'm.info_provided_at')}), 0)::float8 AS data_sum,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${workingDays('m.info_requested_at', 'm.info_provided_at')}) AS data_median,
  count(m.disposed_at)::int AS disposed,
  count(m.answered_at)::int AS answered,
  (count(*) FILTER (WHERE m.answered_at IS NOT NULL AND m.disposed_at IS NOT NULL))::int AS answered_of_disposed,
  count(m.resolved_at)::int AS resolved,
  (count(*) FILTER (WHERE m.resolved_at IS NOT NULL AND m.disposed_at IS NOT NULL))::int AS resolved_of_disposed,
  count(m.disposition_before_answer)::int AS answer_count,
  coalesce(sum(${workingDays('m.disposition_before_answer', 'm.answered_at')}), 0)::float8 AS answer_sum,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${workingDays('m.disposition_before_answer', 'm.answered_at')}) AS answer_median,
  (count(*) FILTER (WHERE ${workingDays('m.disposition_before_answer', 'm.answered_at')} <= ${ANSWER_DAYS}))::int AS answered_on_time,
  (count(*) FILTER (WHERE ${budgetUsed} <= $9::int))::int AS resolved_within_budget,
  (count(*) FILTER (WHERE ${open}))::int AS open,
  (count(*) FILTER (WHERE ${open} AND ${age} <= 3))::int AS open_age_0,
  (count(*) FILTER (WHERE ${open} AND ${age} BETWEEN 4 AND 5))::int AS open_age_1,
  (count(*) FILTER (WHERE ${open} AND ${age} BETWEEN 6 AND 10))::int AS open_age_2,
  (count(*) FILTER (WHERE ${open} AND ${age} BETWEEN 11 AND 14))::int AS open_age_3,
  (count(*) FILTER (WHERE ${open} AND ${age} > 14))::int AS open_age_4,
  (count(*) FILTER (WHERE ${open} AND ${anyOverdue}))::int AS overdue,
  (count(*) FILTER (WHERE ${open} AND ${overdue('verification')}))::int AS overdue_verification,
  (count(*) FILTER (WHERE ${open} AND ${overdue('follow_up')}))::int AS overdue_follow_up,
  (count(*) FILTER (WHERE ${open} AND ${overdue('resolution')}))::int AS overdue_resolution,
  (count(*) FILTER (WHERE m.returned))::int AS returned,
  (count(*) FILTER (WHERE m.handed_over))::int AS handed_over,
  (count(*) FILTER (WHERE m.reopened AND m.answered_at IS NOT NULL))::int AS reopened,
  (count(*) FILTER (WHERE m.surveyed AND m.answered_at IS NOT NULL))::int AS surveyed,
  (count(*) FILTER (WHERE m.fixed))::int AS fixed_yes,
  count(m.fixed)::int AS fixed_known,
  coalesce(sum(m.rating), 0)::float8 AS rating_sum,
  count(m.rating)::int AS rating_count,
  ${isoText('max(m.unit_action_at)')} AS last_unit_action_at
FROM m
${groupClause}`;
}
