import { parseColumn } from './column-parsers.js';
import { serverError } from './database-errors.js';
import type { SqlResult } from './driver.js';
import { prepareMessages, runMessages } from './pglite-protocol.js';
import { statementName } from './statement-name.js';

/** The backend messages read here, as PGlite's `execProtocol` parses them. */
interface BackendMessage {
  name: string;
  /** parameterDescription */
  dataTypeIDs?: number[];
  /** rowDescription: the columns; dataRow: the values in text format. */
  fields?: Array<{ name: string; dataTypeID: number }> | Array<string | null>;
}

/**
 * What a PGlite instance has beyond `query()` to run statements it keeps prepared: the raw
 * protocol, its two locks and its parameter serializers. A `PGlite` has them all.
 */
export interface ProtocolPGlite {
  execProtocol(message: Uint8Array, options: { syncToFs?: boolean }): Promise<{ messages: BackendMessage[] }>;
  runExclusive<T>(work: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(work: () => Promise<T>): Promise<T>;
  serializers: Record<number, (value: unknown) => string>;
  /** Set on an instance made with `new PGlite()`, which may still be starting. */
  waitReady?: Promise<void>;
}

export function speaksProtocol(pglite: object): pglite is ProtocolPGlite {
  const candidate = pglite as Partial<ProtocolPGlite>;
  return (
    typeof candidate.execProtocol === 'function' &&
    typeof candidate.runExclusive === 'function' &&
    typeof candidate._runExclusiveTransaction === 'function' &&
    typeof candidate.serializers === 'object'
  );
}

interface PreparedStatement {
  name: string;
  parameterTypes: number[];
  columns: Array<{ name: string; dataTypeID: number }>;
}

/**
 * Statements are prepared per database session, so per instance: two stores on one instance
 * share them (a second Parse of one name would fail).
 */
const preparedByInstance = new WeakMap<ProtocolPGlite, Map<string, PreparedStatement>>();

/** SQLSTATE 26000: the statement was deallocated behind our back (DEALLOCATE, DISCARD ALL). */
const STATEMENT_GONE = '26000';

/** Runs one statement prepared, preparing it on first use. */
export type PreparedRunner = <Row>(sql: string, params: readonly unknown[]) => Promise<SqlResult<Row>>;

/**
 * Runs statements kept prepared on one PGlite instance: after the first call, one trip into
 * PGlite (Bind, Execute, Sync) where `query()` takes six (Parse, Describe, Bind, Describe,
 * Execute, Sync) and parses and plans the text again each time.
 *
 * `inTransaction`: the caller holds PGlite's transaction lock (inside `transaction()`), so only
 * the query lock is taken and the database is synced to its file system at COMMIT, not here.
 */
export function preparedRunner(pglite: ProtocolPGlite, inTransaction: boolean): PreparedRunner {
  const exclusive = <T>(work: () => Promise<T>) =>
    inTransaction ? pglite.runExclusive(work) : pglite._runExclusiveTransaction(() => pglite.runExclusive(work));
  const statements = preparedByInstance.get(pglite) ?? new Map<string, PreparedStatement>();
  preparedByInstance.set(pglite, statements);

  async function prepare(sql: string): Promise<PreparedStatement> {
    await pglite.waitReady;
    const name = statementName(sql);
    const { messages } = await pglite.execProtocol(prepareMessages(name, sql), { syncToFs: false });
    const parameters = messages.find((message) => message.name === 'parameterDescription');
    const rows = messages.find((message) => message.name === 'rowDescription');
    const statement = {
      name,
      parameterTypes: parameters?.dataTypeIDs ?? [],
      columns: (rows?.fields ?? []) as PreparedStatement['columns'],
    };
    statements.set(sql, statement);
    return statement;
  }

  async function execute<Row>(statement: PreparedStatement, params: readonly unknown[]): Promise<SqlResult<Row>> {
    const values = params.map((value, index) => serialize(pglite, statement.parameterTypes[index]!, value));
    const { messages } = await pglite.execProtocol(runMessages(statement.name, values), { syncToFs: !inTransaction });
    const rows: Row[] = [];
    for (const message of messages) {
      if (message.name === 'dataRow') rows.push(rowOf(statement.columns, message.fields as Array<string | null>) as Row);
    }
    return { rows };
  }

  return function runPrepared<Row>(sql: string, params: readonly unknown[]): Promise<SqlResult<Row>> {
    return exclusive(async () => {
      const statement = statements.get(sql) ?? (await prepare(sql));
      try {
        return await execute<Row>(statement, params);
      } catch (error) {
        if (serverError(error)?.code !== STATEMENT_GONE) throw error;
        statements.delete(sql);
        // Inside a transaction the failed Bind has aborted it: only the next call can prepare anew.
        if (inTransaction) throw error;
        return execute<Row>(await prepare(sql), params);
      }
    });
  };
}

/** A parameter as `query()` would send it: PGlite's serializer for its type, else its string form. */
function serialize(pglite: ProtocolPGlite, type: number, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const serializer = pglite.serializers[type];
  return serializer ? serializer(value) : String(value);
}

function rowOf(columns: PreparedStatement['columns'], values: Array<string | null>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  columns.forEach((column, index) => {
    const value = values[index] ?? null;
    row[column.name] = value === null ? null : parseColumn(column.dataTypeID, value);
  });
  return row;
}
