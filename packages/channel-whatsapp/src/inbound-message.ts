import type { AttachmentRef, ContactDetails, InboundMessageV1, Location } from '@aduan/spec';
import { fillLabel, type WhatsAppLabels } from './labels.js';
import { attachmentOf } from './media.js';
import { instantAt, isObject, optionalText, type JsonObject } from './payload-reader.js';

/** What a message says and carries, before the envelope fields are added. */
interface Content {
  text: string;
  attachments: AttachmentRef[];
  location?: Location;
}

/** The desk's limit for `Location.address`. */
const ADDRESS_LIMIT = 500;

function finiteNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function locationContent(raw: unknown, labels: WhatsAppLabels): Content {
  const lat = finiteNumber(isObject(raw) ? raw['latitude'] : undefined);
  const long = finiteNumber(isObject(raw) ? raw['longitude'] : undefined);
  const place = [optionalText(raw, 'name'), optionalText(raw, 'address')].filter((part) => part !== undefined).join(', ');
  const location: Location = {};
  // Coordinates only as a valid pair: the desk refuses half a coordinate or one off the globe.
  if (lat !== undefined && long !== undefined && Math.abs(lat) <= 90 && Math.abs(long) <= 180) Object.assign(location, { lat, long });
  if (place !== '') location.address = place.slice(0, ADDRESS_LIMIT);
  const text = place === '' ? labels.media.location : `${labels.media.location} ${place}`;
  return Object.keys(location).length === 0 ? { text, attachments: [] } : { text, attachments: [], location };
}

function mediaContent(raw: unknown, fallback: string): Content {
  const attachment = attachmentOf(raw);
  return { text: optionalText(raw, 'caption') ?? fallback, attachments: attachment ? [attachment] : [] };
}

function sharedContacts(raw: unknown): string {
  const cards = Array.isArray(raw) ? raw : [];
  return cards
    .map((card) => {
      const name = optionalText(isObject(card) ? card['name'] : undefined, 'formatted_name');
      const phones = (isObject(card) && Array.isArray(card['phones']) ? card['phones'] : []).map((phone) => optionalText(phone, 'phone'));
      return [name, ...phones].filter((part) => part !== undefined).join(' ');
    })
    .filter((card) => card !== '')
    .join(', ');
}

function interactiveText(raw: unknown): string | undefined {
  if (!isObject(raw)) return undefined;
  const reply = raw['button_reply'] ?? raw['list_reply'];
  const title = optionalText(reply, 'title');
  const description = optionalText(reply, 'description');
  return title === undefined ? optionalText(raw['nfm_reply'], 'body') : [title, description].filter(Boolean).join(' — ');
}

/** Turns one message of a known type into text, attachments and location; undefined to skip it. */
function contentOf(message: JsonObject, type: string, labels: WhatsAppLabels): Content | undefined {
  const body = message[type];
  const only = (text: string | undefined): Content => ({
    text: text ?? fillLabel(labels.media.unsupported, { detail: type }),
    attachments: [],
  });
  switch (type) {
    case 'text':
      return only(optionalText(body, 'body'));
    case 'image':
      return mediaContent(body, labels.media.image);
    case 'video':
      return mediaContent(body, labels.media.video);
    case 'sticker':
      return mediaContent(body, labels.media.sticker);
    case 'audio':
      return mediaContent(body, isObject(body) && body['voice'] === true ? labels.media.voice : labels.media.audio);
    case 'document':
      return mediaContent(body, fillLabel(labels.media.document, { name: optionalText(body, 'filename') ?? '-' }));
    case 'location':
      return locationContent(body, labels);
    case 'contacts': {
      const detail = sharedContacts(body);
      return only(detail === '' ? undefined : fillLabel(labels.media.contacts, { detail }));
    }
    case 'interactive':
      return only(interactiveText(body));
    case 'button':
      return only(optionalText(body, 'text'));
    case 'system':
      return only(optionalText(body, 'body'));
    case 'reaction': {
      // An empty emoji means the resident took a reaction back: nothing to record.
      const emoji = optionalText(body, 'emoji');
      return emoji === undefined ? undefined : only(fillLabel(labels.media.reaction, { detail: emoji }));
    }
    default:
      return only(undefined);
  }
}

/**
 * Normalises one entry of `value.messages`: the message, `undefined` for one that says nothing
 * (a reaction taken back), or why it cannot be read. Only a missing id, sender or timestamp makes
 * a message unreadable (Meta always sends them); odd content degrades to descriptive text, so one
 * strange message never costs its neighbours.
 */
export function toInboundMessage(
  message: JsonObject,
  contactFor: (from: string) => ContactDetails,
  labels: WhatsAppLabels,
): InboundMessageV1 | undefined | { unreadable: string } {
  const messageId = optionalText(message, 'id');
  const from = optionalText(message, 'from');
  const receivedAt = instantAt(message, 'timestamp');
  if (messageId === undefined || from === undefined || receivedAt === undefined)
    return { unreadable: 'a message needs id, from and timestamp' };
  const content = contentOf(message, optionalText(message, 'type') ?? 'unknown', labels);
  if (content === undefined) return undefined;
  return { channel: 'whatsapp', messageId, receivedAt, senderAddress: from, contact: contactFor(from), ...content };
}
