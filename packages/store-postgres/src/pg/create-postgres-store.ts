import { InvalidConfigError } from '@aduan/spec';
import type { SqlStore, SqlStoreOptions } from '../create-sql-store.js';
import { storeOnDriver } from '../store-on-driver.js';
import { createPgDriver, openPgPool, type PgPoolLike } from './pg-driver.js';

export interface PostgresStoreOptions extends SqlStoreOptions {
  /** A node-postgres `Pool`. It stays yours: `close()` leaves it open. */
  pool?: PgPoolLike;
  /** Or a connection string: the store opens a pool of its own (needs `pg`) and ends it on `close()`. */
  connectionString?: string;
  /** Size of the pool opened for `connectionString`; default 10. */
  maxConnections?: number;
  /** See `PgDriverOptions.preparedStatements`; default true. */
  preparedStatements?: boolean;
}

const CONNECTION_WANTED = 'give a connectionString (postgresql://user@host:5432/database) or a pg.Pool as pool';

/** What is wrong with the options' choice of connection, if anything. */
function connectionIssue(options: PostgresStoreOptions | undefined): string | undefined {
  if (typeof options !== 'object' || options === null) return `options are missing: ${CONNECTION_WANTED}`;
  const { pool, connectionString } = options;
  if (pool !== undefined && connectionString !== undefined) return 'give either pool or connectionString, not both';
  if (pool === undefined && connectionString === undefined) return `no connection: ${CONNECTION_WANTED}`;
  if (connectionString !== undefined && (typeof connectionString !== 'string' || connectionString === '')) {
    return `connectionString is empty or not a string: ${CONNECTION_WANTED}`;
  }
  if (pool !== undefined && (typeof pool !== 'object' || pool === null || typeof pool.connect !== 'function')) {
    return 'pool must be a node-postgres Pool (new pg.Pool(...))';
  }
  return undefined;
}

/**
 * The store on a PostgreSQL server through node-postgres: for many app instances sharing one
 * database. Give a pool you own, or a connection string for a pool the store opens and closes.
 *
 * @example
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SqlStore> {
  const issue = connectionIssue(options);
  if (issue) throw new InvalidConfigError('createPostgresStore options', [{ path: 'connectionString', message: issue }]);
  const { preparedStatements } = options;
  const driver = options.pool
    ? createPgDriver(options.pool, { preparedStatements })
    : createPgDriver(await openPgPool(options.connectionString!, options.maxConnections ?? 10), { owned: true, preparedStatements });
  return storeOnDriver(driver, options);
}
