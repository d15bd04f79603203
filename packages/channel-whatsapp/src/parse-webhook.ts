import type { ContactDetails, DeliveryReceiptV1, InboundMessageV1 } from '@aduan/spec';
import { toDeliveryReceipt } from './delivery-receipt.js';
import { toInboundMessage } from './inbound-message.js';
import type { WhatsAppLabels } from './labels.js';
import { decodeJson, invalidPayload, isObject, listAt, optionalText, type JsonObject } from './payload-reader.js';

/** Part of a notification that could not be read: where, and why (never its content). */
interface SkippedEntry {
  path: string;
  reason: string;
}

export interface ParsedWebhook {
  messages: InboundMessageV1[];
  receipts: DeliveryReceiptV1[];
  skipped: SkippedEntry[];
}

/** The desk's limit for a contact name. */
const NAME_LIMIT = 200;

/** `contacts[]` names each sender: `{ profile: { name }, wa_id }`. Unreadable cards are passed over. */
function contactsOf(value: JsonObject): (from: string) => ContactDetails {
  const known = new Map<string, ContactDetails>();
  for (const contact of listAt(value, 'contacts') ?? []) {
    const waId = optionalText(contact, 'wa_id');
    if (waId === undefined || !isObject(contact)) continue;
    const name = optionalText(contact['profile'], 'name')?.trim().slice(0, NAME_LIMIT);
    known.set(waId, name === undefined ? { whatsapp: waId } : { whatsapp: waId, name });
  }
  return (from) => known.get(from) ?? { whatsapp: from };
}

function parseValue(value: JsonObject, path: string, labels: WhatsAppLabels, into: ParsedWebhook): void {
  const contactFor = contactsOf(value);
  const messages = listAt(value, 'messages');
  if (messages === undefined) into.skipped.push({ path: `${path}.messages`, reason: 'must be an array' });
  (messages ?? []).forEach((item, index) => {
    const read = isObject(item) ? toInboundMessage(item, contactFor, labels) : { unreadable: 'must be an object' };
    if (read !== undefined && 'unreadable' in read) into.skipped.push({ path: `${path}.messages[${index}]`, reason: read.unreadable });
    else if (read !== undefined) into.messages.push(read);
  });
  const statuses = listAt(value, 'statuses');
  if (statuses === undefined) into.skipped.push({ path: `${path}.statuses`, reason: 'must be an array' });
  (statuses ?? []).forEach((item, index) => {
    const read = isObject(item) ? toDeliveryReceipt(item) : { unreadable: 'must be an object' };
    if (read !== undefined && 'unreadable' in read) into.skipped.push({ path: `${path}.statuses[${index}]`, reason: read.unreadable });
    else if (read !== undefined) into.receipts.push(read);
  });
}

/**
 * Walks every entry × change of a `whatsapp_business_account` notification. The call is refused
 * only when it cannot be read as a whole (not JSON, not such a notification, no `entry` list);
 * any part that cannot be read is skipped and reported in `skipped`, so its neighbours are still
 * taken in. Changes of other fields (template reviews, account updates) and of other phone
 * numbers of the same business account are valid but not ours, so they are passed over silently.
 */
export function parseWebhook(body: Uint8Array, phoneNumberId: string, labels: WhatsAppLabels): ParsedWebhook {
  const payload = decodeJson(body);
  if (!isObject(payload)) throw invalidPayload('', 'must be a JSON object');
  if (payload['object'] !== 'whatsapp_business_account') {
    throw invalidPayload('object', 'must be "whatsapp_business_account" (is this a WhatsApp Business webhook?)');
  }
  const entries = payload['entry'];
  if (!Array.isArray(entries)) throw invalidPayload('entry', 'must be an array');
  const parsed: ParsedWebhook = { messages: [], receipts: [], skipped: [] };
  for (const [entryIndex, entry] of entries.entries()) {
    const entryPath = `entry[${entryIndex}]`;
    const changes = isObject(entry) ? listAt(entry, 'changes') : undefined;
    if (changes === undefined) {
      parsed.skipped.push({ path: entryPath, reason: 'must be an object with a changes array' });
      continue;
    }
    for (const [changeIndex, change] of changes.entries()) {
      const changePath = `${entryPath}.changes[${changeIndex}]`;
      if (!isObject(change) || optionalText(change, 'field') === undefined) {
        parsed.skipped.push({ path: changePath, reason: 'must be an object with a field' });
        continue;
      }
      if (change['field'] !== 'messages') continue;
      const value = change['value'];
      const number = optionalText(isObject(value) ? value['metadata'] : undefined, 'phone_number_id');
      if (!isObject(value) || number === undefined)
        parsed.skipped.push({ path: `${changePath}.value`, reason: 'must carry metadata.phone_number_id' });
      else if (number === phoneNumberId) parseValue(value, `${changePath}.value`, labels, parsed);
    }
  }
  return parsed;
}
