import type { AttachmentRef, ChannelName, ComplainantIdentity, ContactDetails, Location } from './domain.js';

/** What a channel can carry; the desk and relay adapt to it (split text, pick templates). */
export interface ChannelCapabilitiesV1 {
  /** Inbound messages may carry attachments. */
  attachments: boolean;
  /** Longest text one outbound message may hold; the relay splits longer replies. */
  maxTextLength: number;
  /** Outbound template messages (for replies outside the reply window). */
  templates: boolean;
  /** Hours after the resident's last message during which free text may be sent (WhatsApp: 24); null = always. */
  replyWindowHours: number | null;
  /** The provider reports delivery status back through the webhook. */
  deliveryReceipts: boolean;
}

/** A webhook call, with the body already read (the host enforces the size limit before parsing). */
export interface InboundRequestV1 {
  method: string;
  url: string;
  headers: Headers;
  /** The raw bytes: signatures are computed over these, never over re-serialised JSON. */
  body: Uint8Array;
}

/** One message a resident sent, normalised. */
export interface InboundMessageV1 {
  channel: ChannelName;
  /** The provider's id of the message, of whatever shape the provider uses: the dedupe key. */
  messageId: string;
  /**
   * When the resident sent it: the provider's own timestamp where the payload has one (a late
   * redelivery must not look recent), otherwise when the webhook arrived.
   */
  receivedAt: string;
  /** Address of the sender on this channel (phone number, chat id, account id): where replies go. */
  senderAddress: string;
  /**
   * What the channel knows of the sender, e.g. `{ whatsapp: '6281…', name: 'Budi' }`, or
   * `{ handles: { telegram: '123456789' } }` for an address that is no phone number or e-mail.
   */
  contact: ContactDetails;
  text: string;
  attachments: AttachmentRef[];
  location?: Location;
}

export type DeliveryStatusV1 = 'sent' | 'delivered' | 'read' | 'failed';

/**
 * Why a send failed, for officers and the relay:
 * - `invalid_recipient`: no such address on this channel;
 * - `outside_window`: free text outside the reply window and no template could be used;
 * - `too_long`: longer than the channel carries;
 * - `rate_limited`: the provider throttled us (retryable);
 * - `unreachable`: the provider could not be reached, surely nothing was sent (retryable);
 * - `in_doubt`: the call may have reached the provider (a timeout after sending): never retried
 *   automatically, because the resident might get the reply twice;
 * - `rejected`: the provider refused it for another reason.
 */
export type SendFailureCodeV1 =
  | 'invalid_recipient'
  | 'outside_window'
  | 'too_long'
  | 'rate_limited'
  | 'unreachable'
  | 'in_doubt'
  | 'rejected';

/** The provider's report on a message we sent. */
export interface DeliveryReceiptV1 {
  channel: ChannelName;
  providerMessageId: string;
  status: DeliveryStatusV1;
  at: string;
  /** For `failed`: the provider's words, for logs (never shown to residents). */
  error?: string;
  /** For `failed`: the failure in our terms, when the provider's code maps to one. */
  code?: SendFailureCodeV1;
}

/**
 * What the channel made of a webhook call: a handshake to answer as is (e.g. WhatsApp's
 * `hub.challenge`), or messages and receipts to process. Authentication failures are thrown as
 * `UnauthorizedError`, malformed bodies as `InvalidInputError`.
 */
export type InboundResultV1 =
  | { kind: 'handshake'; response: Response }
  | { kind: 'messages'; messages: InboundMessageV1[]; receipts: DeliveryReceiptV1[] };

export interface TemplateRefV1 {
  name: string;
  language: string;
  parameters: string[];
}

export interface OutboundMessageV1 {
  /** Address on this channel, from `recipientOf(identity)`. */
  to: string;
  text: string;
  /** Stable across retries: the provider call must not send twice for the same key. */
  idempotencyKey: string;
  complaintId: string;
  /** When the resident last wrote on this channel, if known (for reply windows). */
  lastInboundAt?: string;
}

export type SendResultV1 =
  | { ok: true; providerMessageId: string }
  | { ok: false; retryable: boolean; error: string; code?: SendFailureCodeV1 };

/** What the host stored of one webhook call, for the channel's acknowledgement. */
export interface InboundSummaryV1 {
  /** Messages stored as complaints, data or follow-ups (duplicates included). */
  messages: number;
  /** Messages refused (kept in quarantine for officers); the provider must not resend them. */
  quarantined: number;
  receipts: number;
}

/**
 * Channel contract, version 1. Frozen once released: changes go into `ChannelV2`.
 * Adapters are created by `createXChannel(options)` factories and checked by `@aduan/test-kit`'s
 * `testChannel()`.
 */
export interface ChannelV1 {
  readonly specificationVersion: 'v1';
  readonly channel: ChannelName;
  readonly capabilities: ChannelCapabilitiesV1;
  /** Authenticates and parses one webhook call. */
  doInbound(request: InboundRequestV1): Promise<InboundResultV1>;
  /** Sends one message; must be safe to call again with the same idempotency key. */
  doSend(message: OutboundMessageV1): Promise<SendResultV1>;
  /** Where replies go for this complainant on this channel, or undefined when unreachable here. */
  recipientOf(identity: ComplainantIdentity): string | undefined;
  /**
   * The 200 answer to a webhook call once everything in it is stored, in the form the provider
   * expects (Twilio reads TwiML). Without it the host answers JSON.
   */
  acknowledge?(summary: InboundSummaryV1): Response;
}
