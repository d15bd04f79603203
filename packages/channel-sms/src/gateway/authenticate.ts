import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '@aduan/adapter-utils';
import { MethodNotAllowedError, UnauthorizedError, type InboundRequestV1 } from '@aduan/spec';
import { MIN_SECRET_LENGTH, type SmsGatewayAuth } from './options.js';

function lastPathSegment(url: string): string {
  const segments = new URL(url, 'http://localhost').pathname.split('/').filter(Boolean);
  try {
    return decodeURIComponent(segments.at(-1) ?? '');
  } catch {
    return segments.at(-1) ?? '';
  }
}

/**
 * Throws unless the call carries the gateway's credentials; runs before anything is parsed.
 * `UnauthorizedError` 401 when they are missing, 403 when they are wrong. A path segment shorter
 * than any accepted token cannot be one, so it counts as missing.
 *
 * In `hmac-sha256` mode the signature covers the raw body and nothing else, so only the body is
 * read: a call in any other method than POST is refused (405) before its query string is looked
 * at, and the query of a POST is never read.
 */
export function authenticateGatewayCall(auth: SmsGatewayAuth, request: InboundRequestV1): void {
  if (auth.type === 'path-token') {
    const given = lastPathSegment(request.url);
    if (given.length < MIN_SECRET_LENGTH) throw new UnauthorizedError('SMS webhook URL has no token: the webhook URL ends with the token');
    if (!constantTimeEqual(given, auth.token)) throw new UnauthorizedError('SMS webhook URL token is wrong', 403);
    return;
  }
  if (auth.type === 'hmac-sha256' && request.method.toUpperCase() !== 'POST') {
    throw new MethodNotAllowedError(request.method.toUpperCase(), ['POST']);
  }
  const given = request.headers.get(auth.header);
  if (given === null || given.trim() === '') throw new UnauthorizedError(`SMS webhook has no ${auth.header} header`);
  if (auth.type === 'header') {
    if (!constantTimeEqual(given, auth.secret)) throw new UnauthorizedError(`SMS webhook ${auth.header} header is wrong`, 403);
    return;
  }
  const expected = createHmac('sha256', auth.secret)
    .update(request.body)
    .digest(auth.encoding ?? 'hex');
  const signature = given.trim().replace(/^sha256=/i, '');
  const comparable = (auth.encoding ?? 'hex') === 'hex' ? signature.toLowerCase() : signature;
  if (!constantTimeEqual(comparable, expected))
    throw new UnauthorizedError(`SMS webhook ${auth.header} signature does not match the body`, 403);
}
