import { COLUMN_PARSERS } from './column-parsers.js';
import type { QueryOptions, SqlDriver, SqlExecutor, SqlResult } from './driver.js';
import { loadPeer } from './load-peer.js';
import { preparedRunner, speaksProtocol, type PGliteTransaction, type PreparedRunner } from './pglite-prepared.js';

interface PGliteQueryable {
  query<T>(sql: string, params?: unknown[], options?: { parsers?: Record<number, (text: string) => unknown> }): Promise<{ rows: T[] }>;
}

/** The part of a PGlite instance the store uses; a `PGlite` fits as is. */
export interface PGliteLike extends PGliteQueryable {
  transaction<T>(callback: (tx: PGliteQueryable & PGliteTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Statements marked `prepare` run prepared when the instance speaks the raw protocol (a real
 * PGlite does), sparing PGlite's per-query Parse and Describe round trips.
 * `ownParsers`: the instance was opened with the store's column parsers, so queries need none of
 * their own (PGlite copies its whole parser table for every query that brings some).
 */
function executor(target: PGliteQueryable, runPrepared: PreparedRunner | undefined, ownParsers: boolean): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}): Promise<SqlResult<Row>> {
      if (runPrepared && options.prepare) return runPrepared<Row>(sql, params);
      // Per-query parsers win over any a caller's instance was created with; unread rows need none.
      const parsers = ownParsers || options.rowsUnused ? undefined : { parsers: COLUMN_PARSERS };
      const result = await target.query<Row>(sql, [...params], parsers);
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
  return driverOver(pglite, { owned: options.owned ?? false, ownParsers: false });
}

function driverOver(pglite: PGliteLike, { owned, ownParsers }: { owned: boolean; ownParsers: boolean }): SqlDriver {
  const protocol = speaksProtocol(pglite) ? pglite : undefined;
  return {
    name: 'pglite',
    // PGlite runs inside this process; nobody else can open its database at the same time.
    shared: false,
    ...executor(pglite, protocol && preparedRunner(protocol), ownParsers),
    transaction: (work) => pglite.transaction((tx) => work(executor(tx, protocol && preparedRunner(protocol, tx), ownParsers))),
    async close() {
      if (owned) await pglite.close();
    },
  };
}

/**
 * Opens PGlite in memory, or in `dataDir` when given, with the store's column parsers, and a driver
 * that owns it. Needs the optional peer `@electric-sql/pglite`.
 */
export async function openPGliteDriver(dataDir: string | undefined): Promise<SqlDriver> {
  const { PGlite } = await loadPeer('@electric-sql/pglite', () => import('@electric-sql/pglite'), 'to run PostgreSQL embedded (PGlite)');
  const pglite = await PGlite.create({ dataDir, parsers: { ...COLUMN_PARSERS } });
  return driverOver(pglite, { owned: true, ownParsers: true });
}
