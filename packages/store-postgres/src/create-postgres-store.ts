import { InvalidConfigError } from '@aduan/spec';
import { createSqlStore, type SqlStore, type SqlStoreOptions } from './create-sql-store.js';
import type { SqlDriver } from './driver.js';
import { createPgDriver, openPgPool, type PgPoolLike } from './pg-driver.js';

export interface PostgresStoreOptions extends SqlStoreOptions {
  /** A node-postgres `Pool`. It stays yours: `doClose` leaves it open. */
  pool?: PgPoolLike;
  /** Or a connection string: the store opens a pool of its own (needs `pg`) and ends it on `doClose`. */
  connectionString?: string;
  /** Size of the pool opened for `connectionString`; default 10. */
  maxConnections?: number;
  /** See `PgDriverOptions.preparedStatements`; default true. */
  preparedStatements?: boolean;
}

/** Opens a driver, builds a store on it, and closes a driver it opened itself if that fails. */
export async function storeOnDriver(driver: SqlDriver, options: SqlStoreOptions): Promise<SqlStore> {
  try {
    return await createSqlStore(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** The store on a PostgreSQL server through node-postgres: for many app instances sharing one database. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SqlStore> {
  if ((options.pool === undefined) === (options.connectionString === undefined)) {
    throw new InvalidConfigError('store-postgres options', [{ path: 'pool', message: 'give exactly one of pool and connectionString' }]);
  }
  const { preparedStatements } = options;
  const driver = options.pool
    ? createPgDriver(options.pool, { preparedStatements })
    : createPgDriver(await openPgPool(options.connectionString ?? '', options.maxConnections ?? 10), { owned: true, preparedStatements });
  return storeOnDriver(driver, options);
}
