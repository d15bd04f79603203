import { InvalidInputError, type InboundRequestV1 } from '@aduan/spec';
import { formFields, jsonFields, type FieldSource } from '../shared/fields.js';
import { readForm } from '../shared/form-fields.js';

const WHAT = 'SMS webhook';

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError(WHAT, [{ path: '', message: 'the body is not valid UTF-8' }]);
  }
}

/**
 * The fields of a gateway call: the query string of a GET (Kannel-style `get-url`), a
 * form-encoded body, or a JSON body, chosen by method and Content-Type. With `bodyOnly` (signed
 * calls) only the body is read, since only the body is signed. Forms are read in linear time with
 * a capped number of fields.
 */
export function readGatewayFields(request: InboundRequestV1, options: { bodyOnly: boolean }): FieldSource {
  if (!options.bodyOnly && request.method.toUpperCase() === 'GET') {
    return formFields(readForm(new URL(request.url, 'http://localhost').search.replace(/^\?/, ''), WHAT));
  }
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType === 'application/x-www-form-urlencoded') return formFields(readForm(utf8(request.body), WHAT));
  if (contentType === 'application/json' || contentType.endsWith('+json')) {
    try {
      return jsonFields(JSON.parse(utf8(request.body)));
    } catch (error) {
      if (InvalidInputError.isInstance(error)) throw error;
      throw new InvalidInputError(WHAT, [{ path: '', message: 'body is not valid JSON' }]);
    }
  }
  throw new InvalidInputError(WHAT, [
    { path: 'content-type', message: `expected application/x-www-form-urlencoded or application/json, got "${contentType || 'none'}"` },
  ]);
}
