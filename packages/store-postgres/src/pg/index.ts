/**
 * The store on a PostgreSQL server through node-postgres (`pg`, an optional peer dependency):
 * import this entry only where `pg` is installed.
 *
 * @packageDocumentation
 * @module @aduan/store-postgres/pg
 */
export { createPostgresStore, type PostgresStoreOptions } from './create-postgres-store.js';
export { createPgDriver, type PgDriverOptions, type PgPoolLike, type PgQueryable, type PgQueryConfig } from './pg-driver.js';
