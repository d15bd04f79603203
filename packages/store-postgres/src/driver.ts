/** What every statement returns: rows as plain objects keyed by column name (writes use RETURNING). */
export interface SqlResult<Row> {
  rows: Row[];
}

export interface QueryOptions {
  /**
   * The statement text never varies (only its parameters): a driver may prepare it once per
   * connection and reuse it, sparing the server a parse and plan on every call. The node-postgres
   * driver does (unless `preparedStatements: false`); PGlite has no public prepared statements, so
   * its driver ignores the hint.
   */
  prepare?: boolean;
  /**
   * The caller reads nothing from the result (a call of a void function): a driver may skip
   * setting its type parsers. PGlite copies its whole parser table (300-odd entries) for every
   * query given parsers of its own, a cost of the order of a single-row INSERT.
   */
  rowsUnused?: boolean;
}

/** Runs one parameterised statement (`$1`, `$2`, ...). */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<SqlResult<Row>>;
}

/**
 * The little the store needs from a PostgreSQL client. Implemented for node-postgres and PGlite;
 * implement it to run the store on another client.
 */
export interface SqlDriver extends SqlExecutor {
  /** Names the store's provider, e.g. `postgres` or `pglite`. */
  readonly name: string;
  /** Several processes may share the database behind this driver. */
  readonly shared: boolean;
  /** Runs `work` on one connection between BEGIN and COMMIT, rolling back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Releases what the driver opened itself; a pool or instance the caller handed over stays open. */
  close(): Promise<void>;
}
