import { InvalidInputError } from '@aduan/spec';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a body as UTF-8, refusing malformed bytes instead of replacing them with U+FFFD. */
export function decodeText(body: Uint8Array): string {
  try {
    return decoder.decode(body);
  } catch {
    throw new InvalidInputError('request body', [{ path: '', message: 'bukan teks UTF-8 yang sah' }]);
  }
}
