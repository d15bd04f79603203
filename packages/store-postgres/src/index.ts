/**
 * StoreV1, the channel state and reply templates on PostgreSQL. This entry needs neither driver: the store itself
 * comes from `@aduan/store-postgres/pg` (node-postgres) or `@aduan/store-postgres/pglite`.
 *
 * @packageDocumentation
 * @module @aduan/store-postgres
 */
export { createSqlStore, type SqlStore, type SqlStoreOptions } from './create-sql-store.js';
export { createPostgresAccountStore, type PostgresAccountStore } from './create-postgres-account-store.js';
export { createPostgresChannelState, type PostgresChannelState } from './channel-state/create-postgres-channel-state.js';
export { createPostgresTemplateStore, type PostgresTemplateStore } from './template-store/create-postgres-template-store.js';
export type { QueryOptions, SqlDriver, SqlExecutor, SqlResult } from './driver.js';
export { migrate, checkSchema, type MigrationReport } from './migrate.js';
export { LATEST_SCHEMA_VERSION } from './migrations/all-migrations.js';
export { DEFAULT_SCHEMA } from './schema-name.js';
export { createReadOnlyAccess, type ReadOnlySqlAccess, type ReadOnlyTables } from './read-only-access.js';
