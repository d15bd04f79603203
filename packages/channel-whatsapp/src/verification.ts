import { createHash, timingSafeEqual } from 'node:crypto';
import { InvalidInputError, UnauthorizedError } from '@aduan/spec';

/** Compares secrets in constant time; hashing first hides their lengths too. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Answers Meta's subscription check (`GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`)
 * by echoing the challenge as plain text; a wrong token is refused with 403.
 */
export function answerVerification(url: string, verifyToken: string): Response {
  const query = new URL(url, 'http://localhost').searchParams;
  const mode = query.get('hub.mode');
  const token = query.get('hub.verify_token');
  const challenge = query.get('hub.challenge');
  if (mode !== 'subscribe') {
    throw new InvalidInputError('WhatsApp webhook verification', [{ path: 'hub.mode', message: 'must be "subscribe"' }]);
  }
  if (token === null || !sameSecret(token, verifyToken)) {
    throw new UnauthorizedError('WhatsApp webhook verification refused: hub.verify_token does not match the configured verify token', 403);
  }
  if (challenge === null || challenge === '') {
    throw new InvalidInputError('WhatsApp webhook verification', [{ path: 'hub.challenge', message: 'is missing' }]);
  }
  return new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
