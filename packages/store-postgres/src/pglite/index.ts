/**
 * The store embedded through PGlite (`@electric-sql/pglite`, an optional peer dependency): import
 * this entry only where PGlite is installed.
 *
 * @packageDocumentation
 * @module @aduan/store-postgres/pglite
 */
export { createPGliteStore, type PGliteStoreOptions } from './create-pglite-store.js';
export { createPGliteDriver, type PGliteDriverOptions, type PGliteLike, type PGliteQueryable } from './pglite-driver.js';
