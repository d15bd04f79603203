import type { SqlStore } from './create-sql-store.js';
import { guarded } from './database-errors.js';
import type { SqlResult } from './driver.js';
import { connectionOf } from './store-connection.js';

/**
 * The store's tables a reader may query, schema-qualified and quoted for use in SQL text. Their
 * columns are documented in docs/store-postgres.md ("Reading the tables"); readers use only those.
 */
export interface ReadOnlyTables {
  /** One row per event: `complaint_id`, `version`, `type`, `at` (timestamptz), `actor` and `payload` (json). */
  readonly events: string;
  /** One row per complaint: `id`, `created_at`, `channel`, `status`, `unit_id`, `category`, `kelurahan`, … */
  readonly projections: string;
}

/** Read-only SQL on a store's database: reports and auditors' tools count there without loading rows. */
export interface ReadOnlySqlAccess {
  /** The store's provider: `postgres` or `pglite`. */
  readonly provider: string;
  readonly tables: ReadOnlyTables;
  /**
   * Runs one parameterised statement (`$1`, `$2`, …) in a READ ONLY transaction, so the database
   * itself refuses any write. Columns come back as the store's driver parses them: int2, int4 and
   * booleans as numbers and booleans, everything else as text (cast in SQL what you need).
   * Failures are `store_failure` (or `invalid_input` for a value PostgreSQL refuses), never the
   * driver's own error; after the store is closed, `closed`.
   */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
}

/**
 * Read-only SQL access to a store made by `createPostgresStore`, `createPGliteStore` or
 * `createSqlStore`, on its own connection and schema. It shares the store's lifetime: closing the
 * store refuses further queries.
 *
 * @example
 * const access = createReadOnlyAccess(store);
 * const { rows } = await access.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${access.tables.projections}`);
 */
export function createReadOnlyAccess(store: SqlStore): ReadOnlySqlAccess {
  const { driver, s, gate } = connectionOf(store, 'createReadOnlyAccess');
  return {
    provider: driver.name,
    tables: { events: `${s}.events`, projections: `${s}.projections` },
    query: <Row>(sql: string, params: readonly unknown[] = []) =>
      gate.run(() =>
        guarded('running a read-only query', () =>
          driver.transaction(async (tx) => {
            await tx.query('SET TRANSACTION READ ONLY', [], { rowsUnused: true });
            return tx.query<Row>(sql, params);
          }),
        ),
      ),
  };
}
