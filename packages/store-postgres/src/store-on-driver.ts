import { createSqlStore, type SqlStore, type SqlStoreOptions } from './create-sql-store.js';
import type { SqlDriver } from './driver.js';

/** Builds a store on a driver the caller just opened, and closes that driver if building fails. */
export async function storeOnDriver(driver: SqlDriver, options: SqlStoreOptions): Promise<SqlStore> {
  try {
    return await createSqlStore(driver, options);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
