import type { AdapterLogger } from '@aduan/adapter-utils';
import type { ChannelCapabilitiesV1, ChannelV1, DeliveryStatusV1, InboundRequestV1 } from '@aduan/spec';

/** A message as the resident typed it, before the provider wraps it in its own protocol. */
export interface TestInboundMessage {
  /** The provider's message id, of any shape (digits, `+/=` and dots included); the adapter must report it unchanged. */
  messageId: string;
  /** Sender address in the form the adapter reports and `recipientOf` returns (one of `harness.addresses`). */
  sender: string;
  /** The sender's display name. Harnesses with `features.names` carry it in the webhook. */
  senderName: string;
  text: string;
  /** ISO 8601 at whole seconds. Harnesses with `features.timestamps` must carry it in the webhook. */
  sentAt: string;
}

/** A delivery report the provider would post about a message we sent. */
export interface TestReceipt {
  /** Of any shape, like message ids. */
  providerMessageId: string;
  status: DeliveryStatusV1;
  /** ISO 8601 at whole seconds. */
  at: string;
}

/** The two kinds of body an adapter cannot read: not the protocol's format at all, or the format without a required field. */
export type MalformedKind = 'syntax' | 'fields';

/**
 * Builds webhook calls exactly as the provider would (same content type, field names, signature
 * scheme), so the suite exercises the adapter's real parsing and authentication code.
 */
export interface ChannelRequestFactory {
  /** One valid, authenticated webhook call carrying all of `messages`. */
  messages(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /**
   * One valid, authenticated call carrying `message` with one attachment (a photo). Required
   * exactly when the channel declares `attachments`.
   */
  withAttachment?(message: TestInboundMessage): Promise<InboundRequestV1>;
  /** One valid, authenticated webhook call with these delivery reports. Required when the channel declares `deliveryReceipts`. */
  receipts?(receipts: readonly TestReceipt[]): Promise<InboundRequestV1>;
  /**
   * Like `messages`, but the body was altered after it was signed (e.g. the text changed). Omit
   * only when the protocol authenticates the caller and not the body (a secret URL token).
   */
  tampered?(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /** A valid body with no credentials at all (no signature header, no token): the adapter answers 401. */
  unauthenticated(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /** A valid body with wrong credentials (signed with another secret, a wrong token): the adapter answers 403. */
  wrongCredentials(messages: readonly TestInboundMessage[]): Promise<InboundRequestV1>;
  /**
   * A body the adapter cannot read. `syntax`: not the protocol's format at all (broken JSON; for
   * form protocols, a percent-escape that is not UTF-8). `fields`: well formed, but a field the
   * adapter needs is missing. Where the format leaves room, the body carries `message`'s name,
   * number and text, so the suite can check that no error repeats them. With
   * `authenticated: false` it also lacks credentials: the adapter must then refuse it as
   * unauthorized, before it looks at the content.
   */
  malformed(options: { authenticated: boolean; kind: MalformedKind; message: TestInboundMessage }): Promise<InboundRequestV1>;
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
 * How the next provider call fails:
 * - `retryable`: the provider refuses for now (HTTP 429/503);
 * - `permanent`: it refuses for good (HTTP 400, invalid number);
 * - `unreachable`: the connection is refused, nothing reached the provider;
 * - `lost`: the provider received and handled the call, but its answer never arrived (the
 *   connection dropped): the adapter cannot know the message went out.
 */
export type ProviderFailure = 'retryable' | 'permanent' | 'unreachable' | 'lost';

/**
 * A fake of the provider's send API (`startFakeProvider`, or an injected `fetch`) that records
 * what really reached it. The suite asserts through it, never only through `doSend`'s result.
 */
export interface FakeProvider {
  /** Every message the provider accepted, in order, including one whose answer was lost. Refused calls are not listed. */
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
  /** The webhook carries the sender's name; the adapter must report it as `contact.name` (default false). */
  names?: boolean;
  /** Receipt statuses the provider reports (default `['sent', 'delivered', 'failed']`). */
  receiptStatuses?: readonly DeliveryStatusV1[];
}

/** What the suite hands to `create`: wire it into the channel. */
export interface ChannelHarnessContext {
  /** Pass it as the adapter's logger: the suite reads every line and checks that none carries personal data. */
  logger: AdapterLogger;
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
  | 'recipient'
  | 'privacy';

export interface TestChannelOptions {
  /** Shown in test names, e.g. `sms (twilio)`. */
  name: string;
  /** Called before every test with a fresh context: no test sees another's channel, provider or state. */
  create: (context: ChannelHarnessContext) => Promise<ChannelHarness>;
  /** Run only these suites (default: all). Tests a channel's capabilities rule out are reported as skipped. */
  suites?: readonly ChannelSuiteName[];
  /** Capabilities the adapter is expected to declare; a mismatch fails the suite. */
  expectCapabilities?: Partial<ChannelCapabilitiesV1>;
  /**
   * How long one `doInbound` or `doSend` may take before the suite calls it a hang. Not a speed
   * target: with a fake provider on loopback every call should take milliseconds. Default 2000 ms.
   */
  callTimeoutMs?: number;
}
