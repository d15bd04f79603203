import type { ContactDetails, DeliveryReceiptV1, InboundMessageV1 } from '@aduan/spec';
import { toDeliveryReceipt } from './delivery-receipt.js';
import { toInboundMessage } from './inbound-message.js';
import type { WhatsAppLabels } from './labels.js';
import { arrayAt, decodeJson, invalidPayload, isObject, objectAt, optionalText, stringAt, type JsonObject } from './payload-reader.js';

export interface ParsedWebhook {
  messages: InboundMessageV1[];
  receipts: DeliveryReceiptV1[];
}

/** The desk's limit for a contact name. */
const NAME_LIMIT = 200;

function objectIn(list: unknown[], index: number, path: string): JsonObject {
  const item = list[index];
  if (!isObject(item)) throw invalidPayload(`${path}[${index}]`, 'must be an object');
  return item;
}

/** `contacts[]` names each sender: `{ profile: { name }, wa_id }`. */
function contactsOf(value: JsonObject, path: string): (from: string) => ContactDetails {
  const known = new Map<string, ContactDetails>();
  const contacts = arrayAt(value, 'contacts', path, true);
  contacts.forEach((_, index) => {
    const contact = objectIn(contacts, index, `${path}.contacts`);
    const waId = stringAt(contact, 'wa_id', `${path}.contacts[${index}]`);
    const name = optionalText(contact['profile'], 'name')?.trim().slice(0, NAME_LIMIT);
    known.set(waId, name === undefined ? { whatsapp: waId } : { whatsapp: waId, name });
  });
  return (from) => known.get(from) ?? { whatsapp: from };
}

function parseValue(value: JsonObject, path: string, labels: WhatsAppLabels, into: ParsedWebhook): void {
  const contactFor = contactsOf(value, path);
  const messages = arrayAt(value, 'messages', path, true);
  messages.forEach((_, index) => {
    const message = toInboundMessage(objectIn(messages, index, `${path}.messages`), `${path}.messages[${index}]`, contactFor, labels);
    if (message) into.messages.push(message);
  });
  const statuses = arrayAt(value, 'statuses', path, true);
  statuses.forEach((_, index) => {
    const receipt = toDeliveryReceipt(objectIn(statuses, index, `${path}.statuses`), `${path}.statuses[${index}]`);
    if (receipt) into.receipts.push(receipt);
  });
}

/**
 * Walks every entry × change of a `whatsapp_business_account` notification. Only `messages`
 * changes for our own phone number are read: other fields (template reviews, account updates)
 * and other numbers of the same business account are valid but not ours, so they are skipped.
 */
export function parseWebhook(body: Uint8Array, phoneNumberId: string, labels: WhatsAppLabels): ParsedWebhook {
  const payload = decodeJson(body);
  if (!isObject(payload)) throw invalidPayload('', 'must be a JSON object');
  if (payload['object'] !== 'whatsapp_business_account') {
    throw invalidPayload('object', 'must be "whatsapp_business_account" (is this a WhatsApp Business webhook?)');
  }
  const parsed: ParsedWebhook = { messages: [], receipts: [] };
  const entries = arrayAt(payload, 'entry', '');
  entries.forEach((_, entryIndex) => {
    const entryPath = `entry[${entryIndex}]`;
    const changes = arrayAt(objectIn(entries, entryIndex, 'entry'), 'changes', entryPath);
    changes.forEach((_, changeIndex) => {
      const changePath = `${entryPath}.changes[${changeIndex}]`;
      const change = objectIn(changes, changeIndex, `${entryPath}.changes`);
      if (stringAt(change, 'field', changePath) !== 'messages') return;
      const value = objectAt(change, 'value', changePath);
      const valuePath = `${changePath}.value`;
      const metadata = objectAt(value, 'metadata', valuePath);
      if (stringAt(metadata, 'phone_number_id', `${valuePath}.metadata`) !== phoneNumberId) return;
      parseValue(value, valuePath, labels, parsed);
    });
  });
  return parsed;
}
