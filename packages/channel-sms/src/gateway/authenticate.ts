import { createHmac } from 'node:crypto';
import { UnauthorizedError, type InboundRequestV1 } from '@aduan/spec';
import { constantTimeEqual } from '../shared/constant-time.js';
import type { SmsGatewayAuth } from './options.js';

function lastPathSegment(url: string): string {
  const segments = new URL(url, 'http://localhost').pathname.split('/').filter(Boolean);
  return decodeURIComponent(segments.at(-1) ?? '');
}

/** Throws UnauthorizedError unless the call carries the gateway's credentials. Runs before any parsing. */
export function authenticateGatewayCall(auth: SmsGatewayAuth, request: InboundRequestV1): void {
  if (auth.type === 'path-token') {
    if (!constantTimeEqual(lastPathSegment(request.url), auth.token)) throw new UnauthorizedError('SMS webhook URL token is missing or wrong');
    return;
  }
  const given = request.headers.get(auth.header);
  if (given === null || given === '') throw new UnauthorizedError(`SMS webhook has no ${auth.header} header`);
  if (auth.type === 'header') {
    if (!constantTimeEqual(given, auth.secret)) throw new UnauthorizedError(`SMS webhook ${auth.header} header is wrong`);
    return;
  }
  const expected = createHmac('sha256', auth.secret).update(request.body).digest(auth.encoding ?? 'hex');
  if (!constantTimeEqual(given.replace(/^sha256=/i, ''), expected)) throw new UnauthorizedError(`SMS webhook ${auth.header} signature does not match the body`);
}
