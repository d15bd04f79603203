import { redactAddress } from '@aduan/adapter-utils';
import type { DeliveryReceiptV1, DeliveryStatusV1, SendFailureCodeV1 } from '@aduan/spec';
import { instantAt, isObject, optionalText, type JsonObject } from './payload-reader.js';

const STATUSES: ReadonlySet<string> = new Set<DeliveryStatusV1>(['sent', 'delivered', 'read', 'failed']);

/** Failure codes of a `failed` status in our terms: re-engagement (outside the window) and undeliverable numbers. */
const CODES: Readonly<Record<number, SendFailureCodeV1>> = {
  131047: 'outside_window',
  131026: 'invalid_recipient',
  131030: 'invalid_recipient',
};

/** `131047 Re-engagement message: Message failed to send because more than 24 hours have passed…` */
function describeError(first: unknown): string | undefined {
  if (!isObject(first)) return undefined;
  const code = typeof first['code'] === 'number' ? String(first['code']) : undefined;
  const title = optionalText(first, 'title') ?? optionalText(first, 'message');
  const details = optionalText(first['error_data'], 'details');
  const head = [code, title].filter(Boolean).join(' ');
  return [head, details].filter(Boolean).join(': ') || undefined;
}

/**
 * Normalises one entry of `value.statuses`: a receipt, `undefined` for statuses outside the
 * contract (`deleted`, `warning`, ones Meta adds later), or the reason it cannot be read.
 */
export function toDeliveryReceipt(status: JsonObject): DeliveryReceiptV1 | undefined | { unreadable: string } {
  const providerMessageId = optionalText(status, 'id');
  const value = optionalText(status, 'status');
  const at = instantAt(status, 'timestamp');
  if (providerMessageId === undefined || value === undefined || at === undefined)
    return { unreadable: 'a status needs id, status and timestamp' };
  if (!STATUSES.has(value)) return undefined;
  const first = value === 'failed' && Array.isArray(status['errors']) ? status['errors'][0] : undefined;
  const described = describeError(first);
  const recipient = optionalText(status, 'recipient_id');
  const error = described !== undefined && recipient !== undefined ? redactAddress(described, recipient) : described;
  const code = isObject(first) && typeof first['code'] === 'number' ? CODES[first['code']] : undefined;
  return {
    channel: 'whatsapp',
    providerMessageId,
    status: value as DeliveryStatusV1,
    at,
    ...(error === undefined ? {} : { error }),
    ...(code === undefined ? {} : { code }),
  };
}
