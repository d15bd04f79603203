import { InvalidConfigError } from '@aduan/spec';
import type { SqlStore, SqlStoreOptions } from '../create-sql-store.js';
import { storeOnDriver } from '../store-on-driver.js';
import { openPGliteDriver } from './open-pglite.js';
import { createPGliteDriver, type PGliteLike } from './pglite-driver.js';

export interface PGliteStoreOptions extends SqlStoreOptions {
  /** A PGlite instance. It stays yours: `close()` leaves it open. */
  pglite?: PGliteLike;
  /**
   * Or a folder for a PGlite database the store opens (needs `@electric-sql/pglite`), created with
   * any missing parents and locked for this process until `close()`; neither: in memory.
   */
  dataDir?: string;
}

/**
 * The store embedded in this process through PGlite: zero setup, one process. A `dataDir` is
 * locked: a second process (or a second store in this one) that opens it fails with
 * `StoreLockedError` instead of writing beside the first and losing data. The lock of a process
 * that died on this machine is taken over at once.
 *
 * @example
 * const store = await createPGliteStore({ dataDir: './data/aduan' });
 */
export async function createPGliteStore(options: PGliteStoreOptions = {}): Promise<SqlStore> {
  const { pglite, dataDir } = options;
  if (pglite !== undefined && dataDir !== undefined) {
    throw new InvalidConfigError('createPGliteStore options', [{ path: 'dataDir', message: 'give either pglite or dataDir, not both' }]);
  }
  if (dataDir !== undefined && (typeof dataDir !== 'string' || dataDir === '')) {
    throw new InvalidConfigError('createPGliteStore options', [{ path: 'dataDir', message: 'must be a folder path' }]);
  }
  const driver = pglite ? createPGliteDriver(pglite) : await openPGliteDriver(dataDir);
  return storeOnDriver(driver, options);
}
