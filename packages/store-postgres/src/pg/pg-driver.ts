import { loadOptionalPeer } from '@aduan/adapter-utils';
import { parseColumn } from '../column-parsers.js';
import type { QueryOptions, SqlDriver, SqlExecutor, SqlResult } from '../driver.js';
import { statementName } from './statement-name.js';

/** A node-postgres query config with its own type parsers. */
export interface PgQueryConfig {
  text: string;
  values: unknown[];
  types: { getTypeParser(oid: number): (text: string) => unknown };
  /** Set for statements prepared once per connection. */
  name?: string;
}

/** The part of a node-postgres client the store uses. */
export interface PgQueryable {
  query(config: PgQueryConfig): Promise<{ rows: unknown[] }>;
}

const types = { getTypeParser: (oid: number) => (text: string) => parseColumn(oid, text) };

/** The part of a node-postgres `Pool` the store uses; a `pg.Pool` fits as is. */
export interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgQueryable & { release(destroy?: Error | boolean): void }>;
  end(): Promise<void>;
}

function executor(client: PgQueryable, prepare: boolean): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}): Promise<SqlResult<Row>> {
      const config: PgQueryConfig = { text: sql, values: [...params], types };
      if (prepare && options.prepare) config.name = statementName(sql);
      const result = await client.query(config);
      return { rows: result.rows as Row[] };
    },
  };
}

export interface PgDriverOptions {
  /** The driver ends the pool on close (it opened it). Default false: the pool stays the caller's. */
  owned?: boolean;
  /**
   * Keep the hot statements prepared on each connection (default true). Turn it off behind a
   * pooler that cannot follow named prepared statements (PgBouncer in transaction mode before 1.21).
   */
  preparedStatements?: boolean;
}

/** A driver over a node-postgres pool. */
export function createPgDriver(pool: PgPoolLike, options: PgDriverOptions = {}): SqlDriver {
  const prepare = options.preparedStatements ?? true;
  return {
    name: 'postgres',
    shared: true,
    ...executor(pool, prepare),
    async transaction(work) {
      const client = await pool.connect();
      const session = executor(client, prepare);
      let broken: unknown;
      try {
        await session.query('BEGIN');
        const result = await work(session);
        await session.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await session.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection itself failed: hand it back destroyed rather than reuse it.
          broken = rollbackError;
        }
        throw error;
      } finally {
        client.release(broken instanceof Error ? broken : broken !== undefined);
      }
    },
    async close() {
      if (options.owned) await pool.end();
    },
  };
}

/** Opens a pool of its own from a connection string; needs the optional peer `pg`. */
export async function openPgPool(connectionString: string, max: number): Promise<PgPoolLike> {
  const { Pool } = await loadOptionalPeer('pg', 'createPostgresStore({ connectionString })', () => import('pg'));
  const pool = new Pool({ connectionString, max });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}
