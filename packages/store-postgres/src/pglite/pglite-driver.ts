import { COLUMN_PARSERS } from '../column-parsers.js';
import type { QueryOptions, SqlDriver, SqlExecutor, SqlResult } from '../driver.js';

type Parsers = Record<number, (text: string) => unknown>;

/** What the store calls on PGlite and on its transactions: `query` as PGlite documents it. */
export interface PGliteQueryable {
  query<T>(sql: string, params?: unknown[], options?: { parsers?: Parsers }): Promise<{ rows: T[] }>;
}

/** The part of a PGlite instance the store uses; a `PGlite` fits as is. */
export interface PGliteLike extends PGliteQueryable {
  transaction<T>(callback: (tx: PGliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Every statement goes through PGlite's public `query()`. `ownParsers`: the instance was opened
 * with the store's column parsers, so queries need none of their own (PGlite copies its whole
 * parser table for every query that brings some); an instance handed in gets them per query, so
 * that parsers it was created with change nothing here. `check` runs before every statement.
 */
function executor(target: PGliteQueryable, ownParsers: boolean, check: () => void): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}): Promise<SqlResult<Row>> {
      check();
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

/** A driver over one PGlite instance (`prepare` is ignored: PGlite has no public prepared statements). */
export function createPGliteDriver(pglite: PGliteLike, options: PGliteDriverOptions = {}): SqlDriver {
  return pgliteDriver(pglite, {
    ownParsers: false,
    check: () => undefined,
    close: options.owned ? () => pglite.close() : async () => undefined,
  });
}

/** The driver over an instance, with the parser choice, a check before each statement and what closing does. */
export function pgliteDriver(
  pglite: PGliteLike,
  { ownParsers, check, close }: { ownParsers: boolean; check: () => void; close: () => Promise<void> },
): SqlDriver {
  return {
    name: 'pglite',
    // PGlite runs inside this process; nobody else can open its database at the same time.
    shared: false,
    ...executor(pglite, ownParsers, check),
    transaction: (work) => pglite.transaction((tx) => work(executor(tx, ownParsers, check))),
    close,
  };
}

/** Parsers for an instance the store opens itself: the store's own, so its queries need none. */
export const OWN_PARSERS: Parsers = { ...COLUMN_PARSERS };
