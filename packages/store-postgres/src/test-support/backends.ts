import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { SqlStore } from '../index.js';
import type { SqlDriver, SqlExecutor } from '../driver.js';
import { createPgDriver, createPostgresStore } from '../pg/index.js';
import { createPGliteDriver, createPGliteStore } from '../pglite/index.js';
import type { StoreProbe } from '@aduan/spec';
import { createSqlProbe } from '../testing/sql-probe.js';
import { startThrowawayCluster } from '../testing/throwaway-cluster.js';
import { serverBinaries } from './server-binaries.js';

/** One fresh, empty store in a schema of its own, with raw SQL on the same database. */
interface FreshStore {
  store: SqlStore;
  schema: string;
  /** Raw SQL on the store's database, apart from the store object (a driver that closes nothing). */
  sql: SqlDriver;
  probe: StoreProbe;
  /** Another store on the same schema through another pool (server only). */
  openAnother?: () => Promise<SqlStore>;
  /** The server's connection string (server only). */
  connectionString?: string;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: string;
  available: boolean;
  fresh(): Promise<FreshStore>;
}

let schemas = 0;
const nextSchema = () => `t_${process.pid}_${++schemas}`;

/** Opens a resource once, when first asked for. */
function lazy<T>(open: () => Promise<T>): { get(): Promise<T>; opened(): Promise<T> | undefined } {
  let promise: Promise<T> | undefined;
  return { get: () => (promise ??= open()), opened: () => promise };
}

/**
 * Returns the two backends, opening the ones the file uses before its tests (creating PGlite takes
 * seconds, too long for a test's own timeout) and closing them after: PGlite in memory (one
 * instance per file) and a throwaway PostgreSQL server (one cluster per file). Each test gets a
 * new schema, dropped afterwards by `cleanup`.
 */
export function useBackends(uses: { pglite?: boolean; server?: boolean }): { pglite: Backend; server: Backend } {
  const pglite = lazy(() => PGlite.create());
  const server = lazy(async () => {
    const cluster = await startThrowawayCluster({ binDir: serverBinaries });
    return { cluster, pool: new pg.Pool({ connectionString: cluster.connectionString(), max: 20 }) };
  });
  beforeAll(async () => {
    if (uses.pglite) await pglite.get();
    if (uses.server && serverBinaries) await server.get();
  });
  afterAll(async () => {
    await (await pglite.opened())?.close();
    const running = await server.opened();
    await running?.pool.end();
    await running?.cluster.stop();
  });

  return {
    pglite: {
      name: 'pglite (memory)',
      available: true,
      async fresh() {
        const instance = await pglite.get();
        const schema = nextSchema();
        const store = await createPGliteStore({ pglite: instance, schema });
        const sql = createPGliteDriver(instance);
        return { store, schema, sql, probe: createSqlProbe(sql, schema), cleanup: () => dropSchema(sql, schema) };
      },
    },
    server: {
      name: 'postgres (server)',
      available: serverBinaries !== undefined,
      async fresh() {
        const { cluster, pool: shared } = await server.get();
        const schema = nextSchema();
        const store = await createPostgresStore({ pool: shared, schema });
        const sql = createPgDriver(shared);
        const others: SqlStore[] = [];
        return {
          store,
          schema,
          sql,
          probe: createSqlProbe(sql, schema),
          connectionString: cluster.connectionString(),
          async openAnother() {
            const other = await createPostgresStore({ connectionString: cluster.connectionString(), schema, migrate: false });
            others.push(other);
            return other;
          },
          async cleanup() {
            for (const other of others) await other.close();
            await dropSchema(sql, schema);
          },
        };
      },
    },
  };
}

async function dropSchema(sql: SqlExecutor, schema: string): Promise<void> {
  await sql.query(`DROP SCHEMA "${schema}" CASCADE`);
}
