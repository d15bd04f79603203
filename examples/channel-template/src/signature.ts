import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '@aduan/adapter-utils';
import { UnauthorizedError, type InboundRequestV1 } from '@aduan/spec';

/**
 * The kiosk signs `<timestamp>.<raw body>` with HMAC-SHA256 and sends
 * `X-Kiosk-Timestamp: <unix seconds>` and `X-Kiosk-Signature: v1=<hex>`. Signing the timestamp
 * too lets us refuse replays of an old, validly signed call.
 */
export function kioskSignature(secret: string, timestamp: string, body: Uint8Array): string {
  const signed = Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body]);
  return `v1=${createHmac('sha256', secret).update(signed).digest('hex')}`;
}

/** Throws UnauthorizedError unless the call is signed with our secret and recent: 401 unsigned, 403 wrong or stale. */
export function verifyKioskCall(request: InboundRequestV1, secret: string, now: Date, toleranceSeconds: number): void {
  const timestamp = request.headers.get('x-kiosk-timestamp');
  const signature = request.headers.get('x-kiosk-signature');
  if (!timestamp || !signature) throw new UnauthorizedError('Kotak Saran call is not signed');
  // Constant time, so the answer's timing tells an attacker nothing about the right signature.
  if (!constantTimeEqual(signature, kioskSignature(secret, timestamp, request.body))) {
    throw new UnauthorizedError('Kotak Saran signature does not match the body', 403);
  }
  const age = now.getTime() / 1000 - Number(timestamp);
  if (!Number.isFinite(age) || Math.abs(age) > toleranceSeconds) {
    throw new UnauthorizedError(`Kotak Saran call is older than ${toleranceSeconds} s (replayed, or the kiosk clock is wrong)`, 403);
  }
}
