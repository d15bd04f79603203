import {
  InvalidInputError,
  type DeliveryReceiptV1,
  type DeliveryStatusV1,
  type FieldIssue,
  type InboundMessageV1,
} from '@aduan/spec';

export const CHANNEL = 'kotak_saran';

/**
 * The kiosk's JSON body:
 * `{ "submissions": [{ "id", "submittedAt", "text", "contact": { "name"?, "phone"? } }],
 *    "receipts": [{ "replyId", "status": "sent" | "delivered" | "failed", "at", "error"? }] }`
 */
type Json = Record<string, unknown>;

const STATUSES: readonly DeliveryStatusV1[] = ['sent', 'delivered', 'failed'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isInstant = (value: unknown): value is string => isText(value) && !Number.isNaN(Date.parse(value));

function parseJson(body: Uint8Array): Json {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new InvalidInputError('Kotak Saran webhook', [{ path: '', message: 'body is not valid JSON' }]);
  }
  if (!isObject(value)) throw new InvalidInputError('Kotak Saran webhook', [{ path: '', message: 'body must be a JSON object' }]);
  return value;
}

/** Reads each object of the array at `key`, collecting issues with their original index. */
function readEach<T>(body: Json, key: string, issues: FieldIssue[], read: (item: Json, path: string) => T | undefined): T[] {
  const value = body[key] ?? [];
  if (!Array.isArray(value)) {
    issues.push({ path: key, message: 'must be an array' });
    return [];
  }
  const results: T[] = [];
  value.forEach((item, index) => {
    if (!isObject(item)) issues.push({ path: `${key}.${index}`, message: 'must be an object' });
    const result = isObject(item) ? read(item, `${key}.${index}`) : undefined;
    if (result) results.push(result);
  });
  return results;
}

function toMessage(issues: FieldIssue[], item: Json, path: string): InboundMessageV1 | undefined {
  const contact = isObject(item['contact']) ? item['contact'] : {};
  const phone = typeof contact['phone'] === 'string' ? contact['phone'].trim() : undefined;
  const name = typeof contact['name'] === 'string' ? contact['name'].trim() : undefined;
  const before = issues.length;
  if (!isText(item['id'])) issues.push({ path: `${path}.id`, message: 'is required' });
  if (!isInstant(item['submittedAt'])) issues.push({ path: `${path}.submittedAt`, message: 'must be an ISO 8601 time' });
  if (typeof item['text'] !== 'string') issues.push({ path: `${path}.text`, message: 'is required' });
  if (!phone) issues.push({ path: `${path}.contact.phone`, message: 'is required: replies go there' });
  if (issues.length > before) return undefined;
  return {
    channel: CHANNEL,
    messageId: item['id'] as string,
    receivedAt: new Date(item['submittedAt'] as string).toISOString(),
    senderAddress: phone!,
    contact: name ? { phone: phone!, name } : { phone: phone! },
    text: item['text'] as string,
    attachments: [],
  };
}

function toReceipt(issues: FieldIssue[], item: Json, path: string): DeliveryReceiptV1 | undefined {
  const status = item['status'] as DeliveryStatusV1;
  const before = issues.length;
  if (!isText(item['replyId'])) issues.push({ path: `${path}.replyId`, message: 'is required' });
  if (!STATUSES.includes(status)) issues.push({ path: `${path}.status`, message: `must be one of ${STATUSES.join(', ')}` });
  if (!isInstant(item['at'])) issues.push({ path: `${path}.at`, message: 'must be an ISO 8601 time' });
  if (issues.length > before) return undefined;
  const error = isText(item['error']) ? { error: item['error'] } : {};
  return { channel: CHANNEL, providerMessageId: item['replyId'] as string, status, at: new Date(item['at'] as string).toISOString(), ...error };
}

/** Reads an authenticated body; every problem is reported at once, with its path. */
export function parseKioskWebhook(body: Uint8Array): { messages: InboundMessageV1[]; receipts: DeliveryReceiptV1[] } {
  const json = parseJson(body);
  const issues: FieldIssue[] = [];
  if (!('submissions' in json) && !('receipts' in json)) issues.push({ path: 'submissions', message: 'submissions or receipts are required' });
  const messages = readEach(json, 'submissions', issues, (item, path) => toMessage(issues, item, path));
  const receipts = readEach(json, 'receipts', issues, (item, path) => toReceipt(issues, item, path));
  if (issues.length > 0) throw new InvalidInputError('Kotak Saran webhook', issues);
  return { messages, receipts };
}
