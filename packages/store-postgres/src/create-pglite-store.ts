import { InvalidConfigError } from '@aduan/spec';
import { storeOnDriver } from './create-postgres-store.js';
import type { SqlStore, SqlStoreOptions } from './create-sql-store.js';
import { createPGliteDriver, openPGliteDriver, type PGliteLike } from './pglite-driver.js';

export interface PGliteStoreOptions extends SqlStoreOptions {
  /** A PGlite instance. It stays yours: `doClose` leaves it open. */
  pglite?: PGliteLike;
  /** Or a folder for a PGlite database the store opens (needs `@electric-sql/pglite`); neither: in memory. */
  dataDir?: string;
}

/** The store embedded in this process through PGlite: zero setup, one process. */
export async function createPGliteStore(options: PGliteStoreOptions = {}): Promise<SqlStore> {
  if (options.pglite !== undefined && options.dataDir !== undefined) {
    throw new InvalidConfigError('store-postgres options', [{ path: 'dataDir', message: 'give either pglite or dataDir, not both' }]);
  }
  const driver = options.pglite ? createPGliteDriver(options.pglite) : await openPGliteDriver(options.dataDir);
  return storeOnDriver(driver, options);
}
