import { InvalidInputError, type ComplaintProjection } from '@aduan/spec';
import { projectionIssues } from './append-issues.js';
import { projectionRecord } from './rows.js';

const CASTS: Record<string, string> = {
  created_at: '::timestamptz',
  updated_at: '::timestamptz',
  deadline_at: '::timestamptz',
  due_at: '::timestamptz',
  geo_lat: '::double precision',
  geo_long: '::double precision',
  machine: '::json',
};

/** The UPDATE that overwrites a projection with one rebuilt by replay; like an append, it ends any deadline claim. */
export function replaceProjectionSql(s: string, projection: ComplaintProjection): [string, unknown[]] {
  const issues = projectionIssues(projection, '');
  if (issues.length > 0) throw new InvalidInputError('store input', issues);
  const columns = Object.entries(projectionRecord(projection));
  const assignments = columns.map(([column], index) => `${column} = $${index + 2}${CASTS[column] ?? ''}`);
  return [
    `UPDATE ${s}.projections SET ${assignments.join(', ')}, claim_until = NULL, claimant = NULL WHERE id = $1 RETURNING id`,
    [projection.id, ...columns.map(([, value]) => value)],
  ];
}
