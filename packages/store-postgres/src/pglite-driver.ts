import { COLUMN_PARSERS } from './column-parsers.js';
import type { QueryOptions, SqlDriver, SqlExecutor, SqlResult } from './driver.js';
import { loadPeer } from './load-peer.js';

interface PGliteQueryable {
  query<T>(sql: string, params?: unknown[], options?: { parsers?: Record<number, (text: string) => unknown> }): Promise<{ rows: T[] }>;
}

/** The part of a PGlite instance the store uses; a `PGlite` fits as is. */
export interface PGliteLike extends PGliteQueryable {
  transaction<T>(callback: (tx: PGliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PGlite runs in this process, where a parse costs little: `prepare` is not needed and ignored. */
function executor(target: PGliteQueryable): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}): Promise<SqlResult<Row>> {
      // Per-query parsers win over any the instance was created with; unread rows need none.
      const result = await target.query<Row>(sql, [...params], options.rowsUnused ? undefined : { parsers: COLUMN_PARSERS });
      return { rows: result.rows };
    },
  };
}

export interface PGliteDriverOptions {
  /** The driver closes the instance on close (it opened it). Default false: the instance stays the caller's. */
  owned?: boolean;
}

/** A driver over one PGlite instance. */
export function createPGliteDriver(pglite: PGliteLike, options: PGliteDriverOptions = {}): SqlDriver {
  return {
    name: 'pglite',
    // PGlite runs inside this process; nobody else can open its database at the same time.
    shared: false,
    ...executor(pglite),
    transaction: (work) => pglite.transaction((tx) => work(executor(tx))),
    async close() {
      if (options.owned) await pglite.close();
    },
  };
}

/** Opens PGlite in memory, or in `dataDir` when given; needs the optional peer `@electric-sql/pglite`. */
export async function openPGlite(dataDir: string | undefined): Promise<PGliteLike> {
  const { PGlite } = await loadPeer('@electric-sql/pglite', () => import('@electric-sql/pglite'), 'to run PostgreSQL embedded (PGlite)');
  return PGlite.create(dataDir);
}
