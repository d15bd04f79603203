import { PGlite } from '@electric-sql/pglite';
import type { SqlStore } from '@aduan/store-postgres';
import { createPostgresStore } from '@aduan/store-postgres/pg';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { findPostgresBinaries, startThrowawayCluster, type ThrowawayCluster } from '@aduan/store-postgres/testing';

/** A database the SQL source is tested on; `fresh()` gives an empty store in a schema of its own. */
export interface SqlBackend {
  name: 'pglite' | 'postgres';
  available: boolean;
  fresh(): Promise<SqlStore>;
  close(): Promise<void>;
}

let schemas = 0;
const nextSchema = () => `reports_${process.pid}_${++schemas}`;

/** PGlite in memory, one instance for the file's stores. */
export function pgliteBackend(): SqlBackend {
  let instance: Promise<PGlite> | undefined;
  const stores: SqlStore[] = [];
  return {
    name: 'pglite',
    available: true,
    async fresh() {
      instance ??= PGlite.create();
      const store = await createPGliteStore({ pglite: await instance, schema: nextSchema() });
      stores.push(store);
      return store;
    },
    async close() {
      for (const store of stores) await store.close();
      await (await instance)?.close();
    },
  };
}

/** A throwaway PostgreSQL 15 server, when its binaries are installed. */
export function serverBackend(): SqlBackend {
  const binDir = findPostgresBinaries();
  let cluster: Promise<ThrowawayCluster> | undefined;
  const stores: SqlStore[] = [];
  return {
    name: 'postgres',
    available: binDir !== undefined,
    async fresh() {
      cluster ??= startThrowawayCluster(binDir ? { binDir } : {});
      const store = await createPostgresStore({
        connectionString: (await cluster).connectionString(),
        schema: nextSchema(),
        maxConnections: 2,
      });
      stores.push(store);
      return store;
    },
    async close() {
      for (const store of stores) await store.close();
      await (await cluster)?.stop();
    },
  };
}
