import { MissingPeerError } from '@aduan/spec';

const MISSING_MODULE_CODES: ReadonlySet<unknown> = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']);

/**
 * Imports an optional peer dependency on first use, so users of one feature never need another's
 * packages installed. Pass the import as a function (`() => import('pg')`) so bundlers see a plain
 * dynamic import. A missing package becomes `MissingPeerError` (code `missing_peer`) naming what to
 * install; any other failure of the import is rethrown as it is.
 *
 * @example
 * const { Pool } = await loadOptionalPeer('pg', 'createPostgresStore', () => import('pg'));
 */
export async function loadOptionalPeer<T>(packageName: string, feature: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // Only the peer itself missing counts: a missing module deeper inside it is the peer's own fault.
    const message = error instanceof Error ? error.message : '';
    if (MISSING_MODULE_CODES.has(code) && message.includes(`'${packageName}'`))
      throw new MissingPeerError(packageName, feature, { cause: error });
    throw error;
  }
}
