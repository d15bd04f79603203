/**
 * StoreV1 on PostgreSQL (node-postgres) and PGlite.
 *
 * @packageDocumentation
 * @module @aduan/store-postgres
 */
export { createPostgresStore, type PostgresStoreOptions } from './create-postgres-store.js';
export { createPGliteStore, type PGliteStoreOptions } from './create-pglite-store.js';
export { createSqlStore, type SqlStore, type SqlStoreOptions } from './create-sql-store.js';
export type { QueryOptions, SqlDriver, SqlExecutor, SqlResult } from './driver.js';
export { createPgDriver, type PgDriverOptions, type PgPoolLike, type PgQueryable, type PgQueryConfig } from './pg-driver.js';
export { createPGliteDriver, type PGliteDriverOptions, type PGliteLike } from './pglite-driver.js';
export { migrate, checkSchema, type MigrationReport } from './migrate.js';
export { LATEST_SCHEMA_VERSION } from './migrations/all-migrations.js';
export { DEFAULT_SCHEMA } from './schema-name.js';
