import type { AdapterLogger } from '@aduan/adapter-utils';
import {
  InvalidConfigError,
  type ChannelName,
  type ChannelStateStoreV1,
  type Clock,
  type DeliveryStatusV1,
  type FieldIssue,
} from '@aduan/spec';
import type { PhoneFormat } from '../shared/phone.js';
import type { TimestampFormat } from '../shared/timestamp.js';

/**
 * How the gateway proves a webhook call is its own. `path-token`: the last path segment of the
 * webhook URL is a secret (for gateways that can only call a URL). `header`: a shared secret in a
 * header. `hmac-sha256`: a header holds the HMAC-SHA256 of the raw body (hex or base64, an optional
 * `sha256=` prefix), which also proves the body was not altered; calls must then be POSTs and only
 * their body is read (the query string is not signed, so it is never used).
 */
export type SmsGatewayAuth =
  | { type: 'path-token'; token: string }
  | { type: 'header'; header: string; secret: string }
  | { type: 'hmac-sha256'; header: string; secret: string; encoding?: 'hex' | 'base64' };

/** Names (or dot paths into JSON bodies) of the fields of an incoming SMS. */
export interface SmsGatewayMessageFields {
  from: string;
  text: string;
  messageId: string;
  /** The gateway's receive time; without it, the time the webhook arrived. */
  timestamp?: string;
  /** Concatenated SMS sent as separate calls: the UDH reference shared by all parts... */
  partRef?: string;
  /** ...the part's number, from 1... */
  partNumber?: string;
  /** ...and how many parts there are. */
  partCount?: string;
}

/** Names (or dot paths) of the fields of a delivery report. A call with `status` is a report. */
export interface SmsGatewayReceiptFields {
  messageId: string;
  status: string;
  timestamp?: string;
  error?: string;
}

export interface SmsGatewaySendOptions {
  /** The gateway's send endpoint (POST). */
  url: string;
  /** Request body encoding. Default `form`. */
  format?: 'form' | 'json';
  /** E.g. an API key header. */
  headers?: Record<string, string>;
  /** Field names for the recipient, the text and (if the gateway takes one) our reference. Defaults `to`, `text`. */
  fields?: { to?: string; text?: string; reference?: string };
  /** Fixed fields sent with every SMS (sender id, account name). */
  constants?: Record<string, string>;
  /** Dot path of the gateway's message id in its JSON answer; without it our reference is the id. */
  messageIdPath?: string;
  /** How the gateway wants numbers written. Default `e164` (`+62812…`). */
  phoneFormat?: PhoneFormat;
  /** Abort a call after this long (counted as retryable). Default 15 s. */
  timeoutMs?: number;
}

export interface SmsGatewayOptions {
  /** Channel name reported on messages and used to route replies. Default `sms`. */
  channel?: ChannelName;
  auth: SmsGatewayAuth;
  inbound?: {
    fields?: Partial<SmsGatewayMessageFields>;
    timestampFormat?: TimestampFormat;
    /** Offset for local timestamps without one. Default `+07:00` (WIB). */
    utcOffset?: string;
    /** How long to wait for the missing parts of a concatenated SMS before handing over what arrived. Default 10 minutes. */
    partTimeoutMs?: number;
  };
  /** Delivery reports; omit when the gateway sends none (the channel then declares no receipts). */
  receipts?: {
    fields?: Partial<SmsGatewayReceiptFields>;
    /** Gateway status (case-insensitive) → status. Merged over the defaults (`DELIVRD`, Kannel's `1`, …). Unmapped ones are ignored. */
    statuses?: Record<string, DeliveryStatusV1>;
  };
  send: SmsGatewaySendOptions;
  /** Country code for numbers written nationally (`0812…`). Default `62`. */
  countryCode?: string;
  /** Longest reply one `doSend` takes. Default 1600. */
  maxTextLength?: number;
  /** Units per SMS when splitting a reply. Default 160 GSM-7 / 70 UCS-2 (one SMS, no concatenation). */
  maxPartLength?: number;
  /**
   * Where the send ledger and parts waiting for their siblings live. Default: process memory,
   * right for one app instance only (it forgets on restart, and parts of one SMS may reach
   * different instances). With several instances, pass the PostgreSQL channel state of
   * `@aduan/store-postgres`.
   */
  state?: ChannelStateStoreV1;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Warnings (unreadable timestamps, replies in doubt); never carries residents' data. Default: silent. */
  logger?: AdapterLogger;
}

/** Secrets shorter than this are refused: a guessable token makes the webhook forgeable. */
export const MIN_SECRET_LENGTH = 16;

/** The secret of the webhook authentication, whatever its kind. */
export function secretOf(auth: SmsGatewayAuth): string {
  return auth.type === 'path-token' ? auth.token : auth.secret;
}

/** Fails fast at start-up with every problem of the configuration listed. */
export function checkGatewayOptions(options: SmsGatewayOptions): void {
  const issues: FieldIssue[] = [];
  const authTypes = ['path-token', 'header', 'hmac-sha256'];
  if (!options.auth || !authTypes.includes(options.auth.type)) {
    issues.push({ path: 'auth.type', message: `must be one of ${authTypes.join(', ')}` });
  } else {
    if (typeof secretOf(options.auth) !== 'string' || secretOf(options.auth).length < MIN_SECRET_LENGTH) {
      issues.push({
        path: options.auth.type === 'path-token' ? 'auth.token' : 'auth.secret',
        message: `must be at least ${MIN_SECRET_LENGTH} characters`,
      });
    }
    if (options.auth.type !== 'path-token' && !options.auth.header) issues.push({ path: 'auth.header', message: 'names the header' });
  }
  if (!options.send || !URL.canParse(options.send.url) || !/^https?:$/.test(new URL(options.send.url).protocol)) {
    issues.push({ path: 'send.url', message: 'must be an http(s) URL' });
  }
  if (options.countryCode !== undefined && !/^\d{1,3}$/.test(options.countryCode))
    issues.push({ path: 'countryCode', message: 'must be 1 to 3 digits' });
  if (options.inbound?.utcOffset !== undefined && !/^[+-]\d{2}:\d{2}$/.test(options.inbound.utcOffset)) {
    issues.push({ path: 'inbound.utcOffset', message: 'must look like +07:00' });
  }
  const partFields = [options.inbound?.fields?.partRef, options.inbound?.fields?.partNumber, options.inbound?.fields?.partCount];
  if (partFields.some(Boolean) && !partFields.every(Boolean)) {
    issues.push({ path: 'inbound.fields', message: 'partRef, partNumber and partCount go together' });
  }
  const partTimeout = options.inbound?.partTimeoutMs;
  if (partTimeout !== undefined && !(Number.isFinite(partTimeout) && partTimeout > 0))
    issues.push({ path: 'inbound.partTimeoutMs', message: 'must be a positive number' });
  if (options.state !== undefined && options.state?.specificationVersion !== 'v1')
    issues.push({ path: 'state', message: 'must be a ChannelStateStoreV1' });
  for (const key of ['maxTextLength', 'maxPartLength'] as const) {
    const value = options[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 2))
      issues.push({ path: key, message: 'must be an integer of at least 2' });
  }
  if (issues.length > 0) throw new InvalidConfigError('SMS gateway channel options', issues);
}
