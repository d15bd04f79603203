import { InvalidInputError, type InboundRequestV1 } from '@aduan/spec';
import { formFields, jsonFields, type FieldSource } from '../shared/fields.js';

/**
 * The fields of a gateway call: the query string of a GET (Kannel-style `get-url`), a
 * form-encoded body, or a JSON body, chosen by method and Content-Type.
 */
export function readGatewayFields(request: InboundRequestV1): FieldSource {
  if (request.method.toUpperCase() === 'GET') return formFields(new URL(request.url, 'http://localhost').searchParams);
  const contentType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const text = new TextDecoder().decode(request.body);
  if (contentType === 'application/x-www-form-urlencoded') return formFields(new URLSearchParams(text));
  if (contentType === 'application/json' || contentType.endsWith('+json')) {
    try {
      return jsonFields(JSON.parse(text));
    } catch {
      throw new InvalidInputError('SMS webhook', [{ path: '', message: 'body is not valid JSON' }]);
    }
  }
  throw new InvalidInputError('SMS webhook', [
    { path: 'content-type', message: `expected application/x-www-form-urlencoded or application/json, got "${contentType || 'none'}"` },
  ]);
}
