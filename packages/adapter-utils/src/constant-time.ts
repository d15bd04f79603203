import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string | Uint8Array) => createHash('sha256').update(value).digest();

/**
 * Compares a secret the caller sent with the expected one in constant time: both sides are hashed
 * first, so neither the content nor the length of the expected value leaks through timing. Use it
 * for tokens, passwords of webhook URLs and hex or base64 signatures alike.
 */
export function constantTimeEqual(given: string | Uint8Array, expected: string | Uint8Array): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}
