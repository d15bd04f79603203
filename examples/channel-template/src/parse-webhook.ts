import { InvalidInputError, type DeliveryReceiptV1, type DeliveryStatusV1, type InboundMessageV1 } from '@aduan/spec';

export const CHANNEL = 'kotak_saran';

/**
 * The kiosk's JSON body:
 * `{ "submissions": [{ "id", "submittedAt", "text", "member": { "id", "name"? } }],
 *    "receipts": [{ "replyId", "status": "sent" | "delivered" | "failed", "at", "error"? }] }`
 *
 * Residents sign in at the kiosk with their Kotak Saran member id (`KS-…`); replies go back to
 * that id through the vendor's API. It is no phone number or e-mail, so it travels as a contact
 * handle: `contact.handles.kotak_saran`.
 */
type Json = Record<string, unknown>;

/** A part of the body that could not be read: where, and why (never its content). */
export interface SkippedItem {
  path: string;
  reason: string;
}

const STATUSES: readonly DeliveryStatusV1[] = ['sent', 'delivered', 'failed'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isInstant = (value: unknown): value is string => isText(value) && !Number.isNaN(Date.parse(value));

function parseJson(body: Uint8Array): Json {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new InvalidInputError('Kotak Saran webhook', [{ path: '', message: 'body is not valid UTF-8 JSON' }]);
  }
  if (!isObject(value)) throw new InvalidInputError('Kotak Saran webhook', [{ path: '', message: 'body must be a JSON object' }]);
  return value;
}

/** One submission, or why it cannot be one. Field names only in the reason: never the resident's words. */
function toMessage(item: unknown): InboundMessageV1 | string {
  if (!isObject(item)) return 'must be an object';
  const member = isObject(item['member']) ? item['member'] : {};
  const missing = [
    isText(item['id']) ? undefined : 'id',
    isInstant(item['submittedAt']) ? undefined : 'submittedAt (an ISO 8601 time)',
    typeof item['text'] === 'string' ? undefined : 'text',
    isText(member['id']) ? undefined : 'member.id (replies go there)',
  ].filter((field): field is string => field !== undefined);
  if (missing.length > 0) return `needs ${missing.join(', ')}`;
  const memberId = (member['id'] as string).trim();
  const name = isText(member['name']) ? member['name'].trim() : undefined;
  return {
    channel: CHANNEL,
    messageId: item['id'] as string,
    receivedAt: new Date(item['submittedAt'] as string).toISOString(),
    senderAddress: memberId,
    contact: { ...(name ? { name } : {}), handles: { [CHANNEL]: memberId } },
    text: item['text'] as string,
    attachments: [],
  };
}

function toReceipt(item: unknown): DeliveryReceiptV1 | string {
  if (!isObject(item)) return 'must be an object';
  const status = item['status'] as DeliveryStatusV1;
  if (!isText(item['replyId']) || !STATUSES.includes(status) || !isInstant(item['at']))
    return `needs replyId, status (${STATUSES.join(', ')}) and at`;
  const error = isText(item['error']) ? { error: item['error'] } : {};
  return {
    channel: CHANNEL,
    providerMessageId: item['replyId'] as string,
    status,
    at: new Date(item['at'] as string).toISOString(),
    ...error,
  };
}

function readList<T>(body: Json, key: string, read: (item: unknown) => T | string, skipped: SkippedItem[]): T[] {
  const list = body[key] ?? [];
  if (!Array.isArray(list)) throw new InvalidInputError('Kotak Saran webhook', [{ path: key, message: 'must be an array' }]);
  const kept: T[] = [];
  list.forEach((item, index) => {
    const result = read(item);
    if (typeof result === 'string') skipped.push({ path: `${key}.${index}`, reason: result });
    else kept.push(result);
  });
  return kept;
}

/**
 * Reads an authenticated body. The call is refused (400) only when it cannot be read as a whole;
 * a submission or receipt that cannot be read is skipped and reported in `skipped`, so one odd
 * item never costs its neighbours (the provider would otherwise resend the whole call forever).
 */
export function parseKioskWebhook(body: Uint8Array): {
  messages: InboundMessageV1[];
  receipts: DeliveryReceiptV1[];
  skipped: SkippedItem[];
} {
  const json = parseJson(body);
  if (!('submissions' in json) && !('receipts' in json)) {
    throw new InvalidInputError('Kotak Saran webhook', [{ path: 'submissions', message: 'submissions or receipts are required' }]);
  }
  const skipped: SkippedItem[] = [];
  const messages = readList(json, 'submissions', toMessage, skipped);
  const receipts = readList(json, 'receipts', toReceipt, skipped);
  return { messages, receipts, skipped };
}
