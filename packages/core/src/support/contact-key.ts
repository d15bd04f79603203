import { createHmac } from 'node:crypto';

/**
 * The key under which a channel address (phone number, chat id) finds its complainant: an HMAC
 * under the city's secret, so the same resident on the same channel is recognised across messages
 * and restarts, while the key alone cannot be turned back into the address. It is stored only in
 * the store's contact-key table (`AppendInput.contactKey`), never in events or ids, so erasing the
 * identity deletes the only link from the address to the person's complaints.
 */
export function contactKeyOf(secret: string, channel: string, address: string): string {
  return `ck_${createHmac('sha256', secret).update(`${channel}\u0000${address.trim()}`).digest('hex')}`;
}
