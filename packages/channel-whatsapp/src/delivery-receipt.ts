import type { DeliveryReceiptV1, DeliveryStatusV1 } from '@aduan/spec';
import { isObject, optionalText, stringAt, timestampAt, type JsonObject } from './payload-reader.js';

const STATUSES: ReadonlySet<string> = new Set<DeliveryStatusV1>(['sent', 'delivered', 'read', 'failed']);

/** `131047 Re-engagement message: Message failed to send because more than 24 hours have passed…` */
function describeError(errors: unknown): string | undefined {
  const first = Array.isArray(errors) ? errors[0] : undefined;
  if (!isObject(first)) return undefined;
  const code = typeof first['code'] === 'number' ? String(first['code']) : undefined;
  const title = optionalText(first, 'title') ?? optionalText(first, 'message');
  const details = optionalText(first['error_data'], 'details');
  const head = [code, title].filter(Boolean).join(' ');
  return [head, details].filter(Boolean).join(': ') || undefined;
}

/**
 * Normalises one entry of `value.statuses`. Statuses outside the contract (`deleted`, `warning`,
 * ones Meta adds later) are skipped rather than refused.
 */
export function toDeliveryReceipt(status: JsonObject, path: string): DeliveryReceiptV1 | undefined {
  const providerMessageId = stringAt(status, 'id', path);
  const value = stringAt(status, 'status', path);
  const at = timestampAt(status, 'timestamp', path);
  if (!STATUSES.has(value)) return undefined;
  const error = value === 'failed' ? describeError(status['errors']) : undefined;
  return {
    channel: 'whatsapp',
    providerMessageId,
    status: value as DeliveryStatusV1,
    at,
    ...(error === undefined ? {} : { error }),
  };
}
