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
  /** The provider's id of the message: the dedupe key. */
  messageId: string;
  receivedAt: string;
  /** Address of the sender on this channel (phone number, account id): where replies go. */
  senderAddress: string;
  /** What the channel knows of the sender, e.g. `{ whatsapp: '6281…', name: 'Budi' }`. */
  contact: ContactDetails;
  text: string;
  attachments: AttachmentRef[];
  location?: Location;
}

export type DeliveryStatusV1 = 'sent' | 'delivered' | 'read' | 'failed';

/** The provider's report on a message we sent. */
export interface DeliveryReceiptV1 {
  channel: ChannelName;
  providerMessageId: string;
  status: DeliveryStatusV1;
  at: string;
  error?: string;
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
  | { ok: false; retryable: boolean; error: string };

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
}
