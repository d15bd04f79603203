import { decodeCursor, encodeCursor } from '@aduan/core';
import {
  InvalidInputError,
  type ComplaintProjection,
  type CountDimension,
  type ProjectionFilter,
  type ProjectionPage,
  type ProjectionQuery,
} from '@aduan/spec';
import type { SqlExecutor } from './driver.js';
import { instantParam } from './instants.js';
import { filterConditions, whereClause } from './projection-filter-sql.js';
import { PROJECTION_COLUMNS, toProjection, type ProjectionRow } from './rows.js';
import { SqlParams } from './sql-params.js';

function pageSize(limit: number, path: string): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new InvalidInputError('store query', [{ path, message: 'must be an integer ≥ 0' }]);
  return limit;
}

/**
 * One page in the memory store's order: newest `createdAt` first (ties: id descending), or with
 * `orderBy: 'deadline'` the soonest deadline first (ties: id ascending), only rows with a deadline.
 * The cursor is the sort key and id of the previous page's last row; one extra row tells if more follow.
 */
export async function queryProjections(db: SqlExecutor, s: string, query: ProjectionQuery): Promise<ProjectionPage> {
  const limit = pageSize(query.limit, 'limit');
  const byDeadline = query.orderBy === 'deadline';
  const sortColumn = byDeadline ? 'deadline_at' : 'created_at';
  const params = new SqlParams();
  const conditions = filterConditions(query, params);
  if (byDeadline) conditions.push('deadline_at IS NOT NULL');
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    const key = params.add(instantParam(after.sortKey, 'cursor'), 'timestamptz');
    conditions.push(`(${sortColumn}, id) ${byDeadline ? '>' : '<'} (${key}, ${params.add(after.id)})`);
  }
  const direction = byDeadline ? 'ASC' : 'DESC';
  const { rows } = await db.query<ProjectionRow>(
    // ORDER BY names the table's columns: bare names would mean the ISO text the SELECT renders,
    // which sorts the same but cannot use an index.
    `SELECT ${PROJECTION_COLUMNS} FROM ${s}.projections p ${whereClause(conditions)}
      ORDER BY p.${sortColumn} ${direction}, p.id ${direction} LIMIT ${params.add(limit + 1)}`,
    params.values,
  );
  const items = rows.slice(0, limit).map(toProjection);
  const last = items.at(-1);
  const sortKey = (projection: ComplaintProjection) => (byDeadline ? (projection.deadline?.dueAt ?? '') : projection.createdAt);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(sortKey(last), last.id) : null };
}

const COUNT_COLUMNS: Record<CountDimension, string> = { status: 'status', unitId: 'unit_id', category: 'category', channel: 'channel' };

/** Counts per value of one dimension; a missing value (no unit yet) counts under ''. */
export async function countProjections(
  db: SqlExecutor,
  s: string,
  filter: ProjectionFilter,
  groupBy: CountDimension,
): Promise<Record<string, number>> {
  const column = Object.hasOwn(COUNT_COLUMNS, groupBy) ? COUNT_COLUMNS[groupBy] : undefined;
  if (!column) throw new InvalidInputError('store count', [{ path: 'groupBy', message: `must be one of ${Object.keys(COUNT_COLUMNS).join(', ')}` }]);
  const params = new SqlParams();
  const { rows } = await db.query<{ value: string; count: number }>(
    `SELECT coalesce(${column}, '') AS value, count(*)::integer AS count FROM ${s}.projections
      ${whereClause(filterConditions(filter, params))} GROUP BY 1`,
    params.values,
  );
  return Object.fromEntries(rows.map((row) => [row.value, row.count]));
}

/** Stream ids in bytewise order. Every stream has its projection (they are written together). */
export async function listStreams(
  db: SqlExecutor,
  s: string,
  input: { cursor?: string; limit: number },
): Promise<{ ids: string[]; nextCursor: string | null }> {
  const limit = pageSize(input.limit, 'limit');
  const params = new SqlParams();
  const after = input.cursor ? `WHERE id > ${params.add(input.cursor)}` : '';
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM ${s}.projections ${after} ORDER BY id LIMIT ${params.add(limit + 1)}`,
    params.values,
  );
  const ids = rows.slice(0, limit).map((row) => row.id);
  const last = ids.at(-1);
  return { ids, nextCursor: rows.length > limit && last !== undefined ? last : null };
}
