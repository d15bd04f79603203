import { constantTimeEqual } from '@aduan/adapter-utils';
import { InvalidInputError, UnauthorizedError } from '@aduan/spec';

/**
 * Answers Meta's subscription check (`GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`)
 * by echoing the challenge as plain text; a missing token is refused with 401, a wrong one with 403.
 */
export function answerVerification(url: string, verifyToken: string): Response {
  const query = new URL(url, 'http://localhost').searchParams;
  const mode = query.get('hub.mode');
  const token = query.get('hub.verify_token');
  const challenge = query.get('hub.challenge');
  // The token first: a caller without it learns nothing else.
  if (token === null || token === '') {
    throw new UnauthorizedError('WhatsApp webhook verification refused: hub.verify_token is missing');
  }
  if (!constantTimeEqual(token, verifyToken)) {
    throw new UnauthorizedError('WhatsApp webhook verification refused: hub.verify_token does not match the configured verify token', 403);
  }
  if (mode !== 'subscribe') {
    throw new InvalidInputError('WhatsApp webhook verification', [{ path: 'hub.mode', message: 'must be "subscribe"' }]);
  }
  if (challenge === null || challenge === '') {
    throw new InvalidInputError('WhatsApp webhook verification', [{ path: 'hub.challenge', message: 'is missing' }]);
  }
  return new Response(challenge, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
