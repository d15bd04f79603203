import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '@aduan/adapter-utils';
import { UnauthorizedError } from '@aduan/spec';

export const SIGNATURE_HEADER = 'x-hub-signature-256';
const SIGNATURE_FORMAT = /^sha256=([0-9a-fA-F]{64})$/;

/** The `X-Hub-Signature-256` value Meta sends for `body`: `sha256=` + hex HMAC-SHA256 with the app secret. */
export function signWhatsAppPayload(appSecret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/**
 * Throws `UnauthorizedError` unless `header` is the signature of exactly these bytes: 401 when the
 * header is missing, 403 when it is malformed or wrong. The comparison runs in constant time so the
 * response time leaks nothing about the right digest.
 */
export function verifyWhatsAppSignature(appSecret: string, body: Uint8Array, header: string | null): void {
  if (header === null || header.trim() === '') {
    throw new UnauthorizedError('WhatsApp webhook rejected: the X-Hub-Signature-256 header is missing');
  }
  const match = SIGNATURE_FORMAT.exec(header.trim());
  if (!match) {
    throw new UnauthorizedError('WhatsApp webhook rejected: X-Hub-Signature-256 must be "sha256=" followed by 64 hex digits', 403);
  }
  const expected = createHmac('sha256', appSecret).update(body).digest('hex');
  if (!constantTimeEqual((match[1] as string).toLowerCase(), expected)) {
    throw new UnauthorizedError('WhatsApp webhook rejected: the signature does not match the body (wrong app secret or altered body)', 403);
  }
}
