import type { ChannelCapabilitiesV1, ChannelV1, DeliveryStatusV1, InboundRequestV1 } from '@aduan/spec';

/** A message as the resident typed it, before the provider wraps it in its own protocol. */
export interface TestInboundMessage {
  /** The provider's message id; the adapter must report it unchanged. */
  messageId: string;
  /** Sender address in the form the adapter reports and `recipientOf` returns (one of `harness.addresses`). */
  sender: string;
  text: string;
  /** ISO 8601 at whole seconds. Harnesses with `features.timestamps` must carry it in the webhook. */
  sentAt: string;
}

/** A delivery report the provider would post about a message we sent. */
export interface TestReceipt {
  providerMessageId: string;
  status: DeliveryStatusV1;
  /** ISO 8601 at whole seconds. */
  at: string;
}

/**
 * Builds webhook calls exactly as the provider would (same content type, field names, signature
 * scheme), so the suite exercises the adapter's real parsing and authentication code.
 */
export interface ChannelRequestFactory {
  /** One valid, authenticated webhook call carrying all of `messages`. */
  messages(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /** One valid, authenticated webhook call with these delivery reports. Required when the channel declares `deliveryReceipts`. */
  receipts?(receipts: readonly TestReceipt[]): Promise<InboundRequestV1>;
  /**
   * Like `messages`, but the body was altered after it was signed (e.g. the text changed). Omit
   * only when the protocol authenticates the caller and not the body (a secret URL token).
   */
  tampered?(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /** A valid body with no credentials at all (no signature header, no token). */
  unauthenticated(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /** A valid body with wrong credentials (signed with another secret, a wrong token). */
  wrongCredentials(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /**
   * A body the adapter cannot parse (broken JSON, required fields missing). With
   * `authenticated: false` it also lacks credentials: the adapter must then refuse it as
   * unauthorized, before it looks at the content.
   */
  malformed(options: { authenticated: boolean }): Promise<InboundRequestV1>;
  /** A verification handshake (e.g. WhatsApp's `hub.challenge`) and the body the provider expects back. */
  handshake?(): Promise<{ request: InboundRequestV1; expectedBody: string }>;
}

/** One message the fake provider accepted, decoded from the provider's own API call. */
export interface ProviderSend {
  to: string;
  text: string;
  /** The id the fake provider answered with. */
  providerMessageId: string;
  /** Set when the adapter sent a template message instead of free text. */
  template?: string;
}

/**
 * How the next provider call fails: `retryable` (e.g. HTTP 429/5xx), `permanent` (e.g. HTTP 400,
 * invalid number) or `unreachable` (the connection fails: the adapter's fetch rejects).
 */
export type ProviderFailure = 'retryable' | 'permanent' | 'unreachable';

/**
 * A fake of the provider's send API (a loopback HTTP server or an injected `fetch`) that records
 * what really reached it. The suite asserts through it, never only through `doSend`'s result.
 */
export interface FakeProvider {
  /** Every message the provider accepted, in order. Failed calls are not listed. */
  sends(): Promise<ProviderSend[]>;
  /** Makes the next provider call fail this way; calls queue up (FIFO), one failure per call. */
  failNext(failure: ProviderFailure): void;
}

/** What the protocol can express; the suite only asks for what the channel can carry. */
export interface ChannelHarnessFeatures {
  /** One webhook call may carry several messages (default false). */
  batch?: boolean;
  /** The webhook carries the provider's send time; the adapter must report it as `receivedAt` (default false). */
  timestamps?: boolean;
  /** Receipt statuses the provider reports (default `['sent', 'delivered', 'failed']`). */
  receiptStatuses?: readonly DeliveryStatusV1[];
}

/** One fresh channel per test, wired to its own fake provider. */
export interface ChannelHarness {
  channel: ChannelV1;
  requests: ChannelRequestFactory;
  provider: FakeProvider;
  /** At least two valid sender/recipient addresses on this channel, in the form `recipientOf` returns. */
  addresses: readonly [string, string, ...string[]];
  features?: ChannelHarnessFeatures;
  /** The adapter's clock, when it was given one (for reply windows). Default: the system time. */
  now?: () => Date;
  /** Releases servers and timers the harness opened. */
  cleanup?: () => Promise<void>;
}

export type ChannelSuiteName =
  | 'capabilities'
  | 'inbound'
  | 'receipts'
  | 'authentication'
  | 'malformed'
  | 'handshake'
  | 'outbound'
  | 'idempotency'
  | 'reply-window'
  | 'recipient';

export interface TestChannelOptions {
  /** Shown in test names, e.g. `sms (twilio)`. */
  name: string;
  /** Called before every test: no test sees another's channel, provider or buffers. */
  create: () => Promise<ChannelHarness>;
  /** Run only these suites (default: all). Tests a channel's capabilities rule out are reported as skipped. */
  suites?: readonly ChannelSuiteName[];
  /** Capabilities the adapter is expected to declare; a mismatch fails the suite. */
  expectCapabilities?: Partial<ChannelCapabilitiesV1>;
}
