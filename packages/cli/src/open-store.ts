import type { SqlStore } from '@aduan/store-postgres';
import { UsageError } from './usage-error.js';

/** Where the complaints live: a PostgreSQL server, or an embedded PGlite data folder. */
export interface StoreLocation {
  /** `postgres://…`; default `DATABASE_URL` from the environment. */
  databaseUrl?: string;
  /** A PGlite data folder; used when no database URL is given. */
  dataDir?: string;
}

export interface OpenStoreOptions {
  /** Apply pending migrations on opening (default false: only `aduan migrate` changes the schema). */
  migrate?: boolean;
}

/**
 * Opens the store a command works on: `--database-url` or `DATABASE_URL` (a server), else
 * `--data-dir` (PGlite). Answers a `UsageError` when neither is given or the store cannot be opened,
 * naming what to set.
 */
export async function openStore(location: StoreLocation, options: OpenStoreOptions = {}): Promise<SqlStore> {
  const migrate = options.migrate ?? false;
  try {
    if (location.databaseUrl) {
      const { createPostgresStore } = await import('@aduan/store-postgres/pg');
      return await createPostgresStore({ connectionString: location.databaseUrl, migrate });
    }
    if (location.dataDir) {
      const { createPGliteStore } = await import('@aduan/store-postgres/pglite');
      return await createPGliteStore({ dataDir: location.dataDir, migrate });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Penyimpanan tidak dapat dibuka (the store cannot be opened): ${reason}`, { cause: error });
  }
  throw new UsageError(
    'Tentukan penyimpanan: --database-url atau variabel DATABASE_URL (server PostgreSQL), atau --data-dir (folder PGlite). ' +
      '(Name the store: --database-url or DATABASE_URL for a PostgreSQL server, or --data-dir for a PGlite folder.)',
  );
}
