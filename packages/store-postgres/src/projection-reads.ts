import { decodeCursor, encodeCursor } from '@aduan/adapter-utils';
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
import { pageSize } from './page-size.js';
import { filterConditions, whereClause } from './projection-filter-sql.js';
import { projectionColumns, toProjection, type ProjectionRow } from './rows.js';
import { SqlParams } from './sql-params.js';

/** How one `orderBy` sorts, and how a cursor (sort key, id) continues after its row. */
interface Ordering {
  orderBy: string;
  /** Extra conditions of the order itself. */
  only?: string;
  /** Rows after the cursor's; `key` is undefined for a row whose sort column is NULL. */
  after(key: string | undefined, id: string): string;
  sortKey(projection: ComplaintProjection): string;
}

/**
 * - `createdAt`: newest first, ties by id descending.
 * - `deadline`: soonest pending deadline first, ties by id; only complaints with one.
 * - `dueAt`: soonest stage lapse first, ties by id; complaints without one last, by id. Their
 *   cursor carries an empty sort key, which no instant can be.
 */
function ordering(orderBy: ProjectionQuery['orderBy'], params: SqlParams): Ordering {
  const cursorKey = (key: string | undefined) => params.add(instantParam(key ?? '', 'cursor'), 'timestamptz');
  if (orderBy === 'deadline') {
    return {
      orderBy: 'p.deadline_at ASC, p.id ASC',
      only: 'deadline_at IS NOT NULL',
      after: (key, id) => `(deadline_at, id) > (${cursorKey(key)}, ${params.add(id)})`,
      sortKey: (projection) => projection.deadline?.dueAt ?? '',
    };
  }
  if (orderBy === 'dueAt') {
    return {
      orderBy: 'p.due_at ASC NULLS LAST, p.id ASC',
      after: (key, id) =>
        key === undefined
          ? `(due_at IS NULL AND id > ${params.add(id)})`
          : `((due_at, id) > (${cursorKey(key)}, ${params.add(id)}) OR due_at IS NULL)`,
      sortKey: (projection) => projection.dueAt ?? '',
    };
  }
  if (orderBy !== undefined && orderBy !== 'createdAt') {
    throw new InvalidInputError('store query', [{ path: 'orderBy', message: 'must be createdAt, deadline or dueAt' }]);
  }
  return {
    orderBy: 'p.created_at DESC, p.id DESC',
    after: (key, id) => `(created_at, id) < (${cursorKey(key)}, ${params.add(id)})`,
    sortKey: (projection) => projection.createdAt,
  };
}

/**
 * One page in the contract's order (see `ordering`). The cursor is the sort key and id of the
 * previous page's last row; one extra row tells if more follow.
 */
export async function queryProjections(db: SqlExecutor, s: string, query: ProjectionQuery): Promise<ProjectionPage> {
  const limit = pageSize(query.limit, 'limit');
  const params = new SqlParams();
  const conditions = filterConditions(query, params);
  const order = ordering(query.orderBy, params);
  if (order.only) conditions.push(order.only);
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    conditions.push(order.after(after.sortKey === '' ? undefined : after.sortKey, after.id));
  }
  const { rows } = await db.query<ProjectionRow>(
    // ORDER BY names the table's columns: bare names would mean the ISO text the SELECT renders,
    // which sorts the same but cannot use an index.
    `SELECT ${projectionColumns(s)} FROM ${s}.projections p ${whereClause(conditions)}
      ORDER BY ${order.orderBy} LIMIT ${params.add(limit + 1)}`,
    params.values,
  );
  const items = rows.slice(0, limit).map(toProjection);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(order.sortKey(last), last.id) : null };
}

const COUNT_COLUMNS: Record<CountDimension, string> = {
  status: 'status',
  unitId: 'unit_id',
  category: 'category',
  channel: 'channel',
  kelurahan: 'kelurahan',
};

/** Counts per value of one dimension; a missing value (no unit yet) counts under ''. */
export async function countProjections(
  db: SqlExecutor,
  s: string,
  filter: ProjectionFilter,
  groupBy: CountDimension,
): Promise<Record<string, number>> {
  const column = Object.hasOwn(COUNT_COLUMNS, groupBy) ? COUNT_COLUMNS[groupBy] : undefined;
  if (!column)
    throw new InvalidInputError('store count', [{ path: 'groupBy', message: `must be one of ${Object.keys(COUNT_COLUMNS).join(', ')}` }]);
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
