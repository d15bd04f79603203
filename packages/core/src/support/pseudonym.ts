import { createHmac } from 'node:crypto';

/**
 * A stable complainant id for a channel address (phone number, account) that does not reveal it:
 * an HMAC under the city's secret key, so the same resident on the same channel is recognised
 * across messages and restarts, while the id alone cannot be turned back into a phone number.
 */
export function contactPseudonym(key: string, channel: string, address: string): string {
  const digest = createHmac('sha256', key).update(`${channel}\u0000${address.trim()}`).digest('hex');
  return `p_${digest.slice(0, 32)}`;
}
