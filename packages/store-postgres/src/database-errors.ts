import { AduanError, InvalidInputError, StoreFailureError } from '@aduan/spec';

/** The fields node-postgres and PGlite both put on a server error. */
export interface ServerError {
  code: string;
  message: string;
  detail?: string;
  constraint?: string;
}

export function serverError(error: unknown): ServerError | undefined {
  const candidate = error as Partial<ServerError> | null;
  return typeof candidate?.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) ? (candidate as ServerError) : undefined;
}

/** True when the error is a unique violation of the named constraint. */
export function violates(error: unknown, constraint: string): boolean {
  const server = serverError(error);
  return server?.code === '23505' && (server.constraint === constraint || server.message.includes(`"${constraint}"`));
}

/**
 * What to fix for the values PostgreSQL refuses (SQLSTATE class 22), in our words: its own text
 * quotes the value and the statement's internals, and an `invalid_input` message reaches HTTP clients.
 */
const REFUSED_VALUES: Readonly<Record<string, string>> = {
  '22021': 'text must not contain NUL characters (\\u0000)',
  '22P05': 'text must not contain NUL characters (\\u0000)',
  '22001': 'a value is longer than its column allows',
  '22003': 'a number is out of range',
  '22007': 'an instant is not a valid date and time',
  '22008': 'an instant is out of range',
  '22P02': 'a value does not have the type its field needs',
};

/** A short, stable name of what went wrong underneath: a SQLSTATE or a Node error code, never free text. */
function failureCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : undefined;
}

/**
 * Turns whatever a driver threw into an aduan error with a stable code: values PostgreSQL
 * refuses (SQLSTATE class 22, e.g. a NUL character in text) are `invalid_input`, the rest
 * `store_failure` with the original error as cause. Neither message carries PostgreSQL's own
 * text (which can quote values and SQL): it says what failed, and the cause keeps the rest for logs.
 */
export function storeError(error: unknown, doing: string): AduanError {
  if (AduanError.isInstance(error)) return error;
  const server = serverError(error);
  if (server?.code.startsWith('22')) {
    const what = REFUSED_VALUES[server.code] ?? `a value cannot be stored (SQLSTATE ${server.code})`;
    return new InvalidInputError('store input', [{ path: '', message: `PostgreSQL refused it while ${doing}: ${what}` }]);
  }
  const code = failureCode(error);
  return new StoreFailureError(`PostgreSQL store failed while ${doing}${code ? ` (${code})` : ''}`, {
    cause: error,
    details: server ? { sqlState: server.code } : {},
  });
}

/** Runs one store operation and lets only aduan errors out. */
export async function guarded<T>(doing: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw storeError(error, doing);
  }
}
