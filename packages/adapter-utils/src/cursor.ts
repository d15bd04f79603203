import { InvalidInputError } from '@aduan/spec';

/** Opaque page cursor: the sort key and id of the last row of the previous page. */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && decoded.every((part) => typeof part === 'string')) {
      return { sortKey: decoded[0] as string, id: decoded[1] as string };
    }
  } catch {
    // fall through to the typed error below
  }
  throw new InvalidInputError('cursor', [{ path: 'cursor', message: 'is not a cursor returned by a previous page' }]);
}
