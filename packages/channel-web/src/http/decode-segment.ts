import { InvalidInputError } from '@aduan/spec';

/** Decodes one percent-encoded path segment; a malformed escape is the client's error, not a 500. */
export function decodeSegment(segment: string, what: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new InvalidInputError('path', [{ path: what, message: 'bukan bagian alamat (path) yang sah' }]);
  }
}
