import { AduanError, InvalidInputError } from '@aduan/spec';

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
 * Turns whatever a driver threw into an aduan error with a stable code: values PostgreSQL
 * refuses (SQLSTATE class 22, e.g. a NUL character in text) are `invalid_input`, the rest
 * `store_failure` with the original error as cause.
 */
export function storeError(error: unknown, doing: string): AduanError {
  if (AduanError.isInstance(error)) return error;
  const server = serverError(error);
  const message = error instanceof Error ? error.message : String(error);
  if (server?.code.startsWith('22')) {
    return new InvalidInputError('store input', [{ path: '', message: `PostgreSQL refused a value while ${doing}: ${message}` }]);
  }
  return new AduanError('store_failure', `PostgreSQL store failed while ${doing}: ${message}`, {
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
