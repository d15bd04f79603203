import { createHash, createHmac } from 'node:crypto';

/**
 * The form in which a key or address reaches a `ChannelStateStoreV1`: a hex digest of its parts,
 * so the store's tables hold no readable phone number or idempotency key. With `secret` the digest
 * is an HMAC, which also resists guessing numbers against the table; without one it is SHA-256.
 * Parts are joined with NUL, which none of them contains in practice and which keeps `a|b` and
 * `a`,`b` apart.
 */
export function stateKey(purpose: string, parts: readonly string[], secret?: string): string {
  const text = [purpose, ...parts].join('\u0000');
  return (secret === undefined ? createHash('sha256') : createHmac('sha256', secret)).update(text, 'utf8').digest('hex');
}
