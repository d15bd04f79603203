import { parseColumn } from './column-parsers.js';
import { serverError } from './database-errors.js';
import type { SqlResult } from './driver.js';
import { describeMessages, prepareMessages, runMessages } from './pglite-protocol.js';
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
 * protocol, the check `query()` makes first (still starting, closing or closed), its two locks and
 * its parameter serializers. A `PGlite` has them all.
 */
export interface ProtocolPGlite {
  execProtocol(message: Uint8Array, options: { syncToFs?: boolean }): Promise<{ messages: BackendMessage[] }>;
  _checkReady(): Promise<void>;
  runExclusive<T>(work: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(work: () => Promise<T>): Promise<T>;
  serializers: Record<number, (value: unknown) => string>;
}

/** PGlite's transaction object; its statements fail once the transaction has ended. */
export interface PGliteTransaction {
  readonly closed?: boolean;
}

export function speaksProtocol(pglite: object): pglite is ProtocolPGlite {
  const candidate = pglite as Partial<ProtocolPGlite>;
  return (
    typeof candidate.execProtocol === 'function' &&
    typeof candidate._checkReady === 'function' &&
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
 * share them. Another copy of this module (CommonJS and ESM in one app) keeps its own list, and
 * finds the statement already there (42P05) when it prepares it: names derive from the text, so
 * the statement there is the same.
 */
const preparedByInstance = new WeakMap<ProtocolPGlite, Map<string, PreparedStatement>>();

/** SQLSTATE 26000: the statement was deallocated behind our back (DEALLOCATE, DISCARD ALL). */
const STATEMENT_GONE = '26000';
/** SQLSTATE 42P05: a statement of that name exists already. */
const STATEMENT_EXISTS = '42P05';

/** Runs one statement prepared, preparing it on first use. */
export type PreparedRunner = <Row>(sql: string, params: readonly unknown[]) => Promise<SqlResult<Row>>;

/**
 * Runs statements kept prepared on one PGlite instance: after the first call, one trip into
 * PGlite (Bind, Execute, Sync) where `query()` takes six (Parse, Describe, Bind, Describe,
 * Execute, Sync) and parses and plans the text again each time.
 *
 * `transaction`: the call runs inside PGlite's `transaction()`, whose lock the caller holds, so
 * only the query lock is taken; PGlite syncs its file system after the transaction, as for its
 * own queries there. Once the transaction has ended its statements fail, as PGlite's do.
 */
export function preparedRunner(pglite: ProtocolPGlite, transaction?: PGliteTransaction): PreparedRunner {
  const exclusive = <T>(work: () => Promise<T>) =>
    transaction ? pglite.runExclusive(work) : pglite._runExclusiveTransaction(() => pglite.runExclusive(work));
  const statements = preparedByInstance.get(pglite) ?? new Map<string, PreparedStatement>();
  preparedByInstance.set(pglite, statements);

  async function prepare(sql: string): Promise<PreparedStatement> {
    const name = statementName(sql);
    const { messages } = await pglite
      .execProtocol(prepareMessages(name, sql), { syncToFs: false })
      .catch((error: unknown) => {
        if (serverError(error)?.code !== STATEMENT_EXISTS) throw error;
        return pglite.execProtocol(describeMessages(name), { syncToFs: false });
      });
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
    const { messages } = await pglite.execProtocol(runMessages(statement.name, values), { syncToFs: !transaction });
    const rows: Row[] = [];
    for (const message of messages) {
      if (message.name === 'dataRow') rows.push(rowOf(statement.columns, message.fields as Array<string | null>) as Row);
    }
    return { rows };
  }

  return async function runPrepared<Row>(sql: string, params: readonly unknown[]): Promise<SqlResult<Row>> {
    if (transaction?.closed === true) throw new Error('Transaction is closed');
    await pglite._checkReady();
    return exclusive(async () => {
      const statement = statements.get(sql) ?? (await prepare(sql));
      try {
        return await execute<Row>(statement, params);
      } catch (error) {
        if (serverError(error)?.code !== STATEMENT_GONE) throw error;
        statements.delete(sql);
        // Inside a transaction the failed Bind has aborted it: only the next call can prepare anew.
        if (transaction) throw error;
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
