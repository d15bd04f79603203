/**
 * The baseline of the benchmark: the KPIs of one period grouped by unit, written by hand as one
 * would without the library — per complaint its facts, working days from a calendar table joined
 * by date (days and their cumulative working-day number, passed as two arrays), then one GROUP BY
 * with the total as a ROLLUP row. Same figures as the SQL source (the benchmark checks a few).
 */
export function handWrittenKpis(s: string): string {
  const wd = (alias: string) => `${alias}.wd`;
  const jakartaDate = (instant: string) => `((${instant}) AT TIME ZONE 'Asia/Jakarta')::date`;
  return `WITH cal AS (SELECT day, wd FROM unnest($4::date[], $5::int[]) AS c(day, wd)),
per_complaint AS (
  SELECT p.id, p.created_at,
    min(e.at) FILTER (WHERE e.type = 'complaint-verified') AS verified_at,
    min(e.at) FILTER (WHERE e.type = 'complaint-info-requested') AS asked_at,
    min(e.at) FILTER (WHERE e.type = 'complaint-info-provided') AS given_at,
    min(e.at) FILTER (WHERE e.type = 'complaint-disposed') AS disposed_at,
    array_agg(e.at) FILTER (WHERE e.type = 'complaint-disposed') AS dispositions,
    min(e.at) FILTER (WHERE e.type = 'complaint-responded') AS answered_at,
    min(e.at) FILTER (WHERE e.type IN ('complaint-resolved', 'complaint-confirmed')) AS resolved_at,
    min(e.at) FILTER (WHERE e.type IN ('complaint-resolved', 'complaint-confirmed', 'complaint-rejected', 'complaint-merged', 'complaint-handed-over')) AS closed_at,
    bool_or(e.type = 'complaint-returned') AS returned,
    bool_or(e.type = 'complaint-handed-over') AS handed_over,
    bool_or(e.type = 'complaint-reopened') AS reopened,
    max(e.at) FILTER (WHERE e.actor->>'role' IN ('unit_officer', 'supervisor') AND e.actor->>'unitId' <> '') AS unit_action_at,
    max(e.at) FILTER (WHERE e.type = 'complaint-deadline-missed' AND e.payload->>'stage' = 'verification') AS missed_v,
    max(e.at) FILTER (WHERE e.type = 'complaint-deadline-missed' AND e.payload->>'stage' = 'followUp') AS missed_f,
    max(e.at) FILTER (WHERE e.type = 'complaint-deadline-missed' AND e.payload->>'stage' = 'resolution') AS missed_r,
    max(e.at) FILTER (WHERE e.type IN ('complaint-disposed', 'complaint-escalated')) AS ended_v,
    max(e.at) FILTER (WHERE e.type IN ('complaint-responded', 'complaint-returned', 'complaint-escalated')) AS ended_f,
    bool_or(e.type = 'satisfaction/answered') AS surveyed,
    (array_agg((e.payload->>'fixed')::boolean ORDER BY e.version DESC)
      FILTER (WHERE e.type = 'satisfaction/answered' AND json_typeof(e.payload->'fixed') = 'boolean'))[1] AS fixed,
    (array_agg((e.payload->>'rating')::float8 ORDER BY e.version DESC)
      FILTER (WHERE e.type = 'satisfaction/answered' AND json_typeof(e.payload->'rating') = 'number'))[1] AS rating,
    (array_agg(NULLIF(e.payload->>'unitId', '') ORDER BY e.version DESC) FILTER (WHERE e.type = 'complaint-disposed'))[1] AS unit_id
  FROM ${s}.projections p
  JOIN ${s}.events e ON e.complaint_id = p.id AND e.at <= $3::timestamptz
  WHERE p.created_at >= $1::timestamptz AND p.created_at < $2::timestamptz AND p.created_at <= $3::timestamptz
  GROUP BY p.id
),
f AS (
  SELECT x.*, (SELECT max(d) FROM unnest(x.dispositions) AS d WHERE d <= x.answered_at) AS before_answer
  FROM per_complaint x
),
d AS (
  SELECT f.*, ${wd('cr')} AS wd_received, ${wd('cv')} AS wd_verified, ${wd('ca')} AS wd_asked, ${wd('cg')} AS wd_given,
    ${wd('cb')} AS wd_before, ${wd('cn')} AS wd_answered, ${wd('cs')} AS wd_resolved, (SELECT wd FROM cal WHERE day = ${jakartaDate('$3::timestamptz')}) AS wd_now,
    f.closed_at IS NULL AS open,
    f.missed_v IS NOT NULL AND (f.ended_v IS NULL OR f.ended_v < f.missed_v) AS late_v,
    f.missed_f IS NOT NULL AND (f.ended_f IS NULL OR f.ended_f < f.missed_f) AS late_f,
    f.missed_r IS NOT NULL AS late_r
  FROM f
  LEFT JOIN cal cr ON cr.day = ${jakartaDate('f.created_at')}
  LEFT JOIN cal cv ON cv.day = ${jakartaDate('f.verified_at')}
  LEFT JOIN cal ca ON ca.day = ${jakartaDate('f.asked_at')}
  LEFT JOIN cal cg ON cg.day = ${jakartaDate('f.given_at')}
  LEFT JOIN cal cb ON cb.day = ${jakartaDate('f.before_answer')}
  LEFT JOIN cal cn ON cn.day = ${jakartaDate('f.answered_at')}
  LEFT JOIN cal cs ON cs.day = ${jakartaDate('f.resolved_at')}
)
SELECT GROUPING(unit_id) = 1 AS is_total, unit_id AS key,
  count(*)::int AS received, count(verified_at)::int AS verified,
  (count(*) FILTER (WHERE wd_verified - wd_received <= 3))::int AS verified_on_time,
  count(asked_at)::int AS on_hold,
  count(wd_given - wd_asked)::int AS data_count, coalesce(sum(wd_given - wd_asked), 0)::float8 AS data_sum,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY wd_given - wd_asked) AS data_median,
  count(disposed_at)::int AS disposed, count(answered_at)::int AS answered,
  (count(*) FILTER (WHERE answered_at IS NOT NULL AND disposed_at IS NOT NULL))::int AS answered_of_disposed,
  count(resolved_at)::int AS resolved,
  (count(*) FILTER (WHERE resolved_at IS NOT NULL AND disposed_at IS NOT NULL))::int AS resolved_of_disposed,
  count(wd_answered - wd_before)::int AS answer_count, coalesce(sum(wd_answered - wd_before), 0)::float8 AS answer_sum,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY wd_answered - wd_before) AS answer_median,
  (count(*) FILTER (WHERE wd_answered - wd_before <= 5))::int AS answered_on_time,
  (count(*) FILTER (WHERE wd_resolved - wd_received <= $6::int))::int AS resolved_within_budget,
  (count(*) FILTER (WHERE open))::int AS open,
  (count(*) FILTER (WHERE open AND wd_now - wd_received <= 3))::int AS open_age_0,
  (count(*) FILTER (WHERE open AND wd_now - wd_received BETWEEN 4 AND 5))::int AS open_age_1,
  (count(*) FILTER (WHERE open AND wd_now - wd_received BETWEEN 6 AND 10))::int AS open_age_2,
  (count(*) FILTER (WHERE open AND wd_now - wd_received BETWEEN 11 AND 14))::int AS open_age_3,
  (count(*) FILTER (WHERE open AND wd_now - wd_received > 14))::int AS open_age_4,
  (count(*) FILTER (WHERE open AND (late_v OR late_f OR late_r)))::int AS overdue,
  (count(*) FILTER (WHERE open AND late_v))::int AS overdue_verification,
  (count(*) FILTER (WHERE open AND late_f))::int AS overdue_follow_up,
  (count(*) FILTER (WHERE open AND late_r))::int AS overdue_resolution,
  (count(*) FILTER (WHERE returned))::int AS returned, (count(*) FILTER (WHERE handed_over))::int AS handed_over,
  (count(*) FILTER (WHERE reopened AND answered_at IS NOT NULL))::int AS reopened,
  (count(*) FILTER (WHERE surveyed AND answered_at IS NOT NULL))::int AS surveyed,
  (count(*) FILTER (WHERE fixed))::int AS fixed_yes, count(fixed)::int AS fixed_known,
  coalesce(sum(rating), 0)::float8 AS rating_sum, count(rating)::int AS rating_count,
  max(unit_action_at) AS last_unit_action_at
FROM d
GROUP BY ROLLUP (unit_id)`;
}
