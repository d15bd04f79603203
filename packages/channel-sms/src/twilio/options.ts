import type { AdapterLogger } from '@aduan/adapter-utils';
import { InvalidConfigError, type ChannelName, type ChannelStateStoreV1, type Clock, type FieldIssue } from '@aduan/spec';

export interface TwilioSmsOptions {
  /** `AC…`: the account that owns the number. */
  accountSid: string;
  /** Signs webhooks and authenticates API calls. */
  authToken: string;
  /** The sending number (E.164) or a Messaging Service SID (`MG…`). */
  from: string;
  /**
   * The webhook URL exactly as configured in Twilio (incoming messages) and passed as the status
   * callback of every send: Twilio signs this URL, not the one a proxy may rewrite it to.
   */
  webhookUrl: string;
  /** Channel name. Default `sms`. */
  channel?: ChannelName;
  /** Default `https://api.twilio.com`. */
  apiBaseUrl?: string;
  /** Longest reply one `doSend` takes; Twilio's own limit is 1600. */
  maxTextLength?: number;
  /**
   * Units per SMS when splitting a reply into separate Twilio messages. Default: no split (Twilio
   * sends up to 1600 characters as one concatenated SMS). Set 160 for handsets that show parts apart.
   */
  maxPartLength?: number;
  /** Country code for numbers written nationally (`0812…`). Default `62`. */
  countryCode?: string;
  /** Abort an API call after this long (counted as retryable). Default 15 s. */
  timeoutMs?: number;
  /**
   * Where the send ledger lives. Default: process memory, right for one app instance only (it
   * forgets on restart). With several relay instances, pass the PostgreSQL channel state of
   * `@aduan/store-postgres`.
   */
  state?: ChannelStateStoreV1;
  fetch?: typeof fetch;
  clock?: Clock;
  /** Warnings about replies in doubt; never carries residents' data. Default: silent. */
  logger?: AdapterLogger;
}

export const TWILIO_MAX_BODY = 1600;

/** Fails fast at start-up with every problem of the configuration listed. */
export function checkTwilioOptions(options: TwilioSmsOptions): void {
  const issues: FieldIssue[] = [];
  if (!/^AC[0-9a-f]{32}$/i.test(options.accountSid ?? ''))
    issues.push({ path: 'accountSid', message: 'must be an account SID (AC + 32 hex digits)' });
  if (typeof options.authToken !== 'string' || options.authToken.length < 16)
    issues.push({ path: 'authToken', message: 'must be the account auth token' });
  if (!options.from) issues.push({ path: 'from', message: 'must be a number or a Messaging Service SID' });
  for (const key of ['webhookUrl', 'apiBaseUrl'] as const) {
    const value = options[key];
    if ((key === 'webhookUrl' || value !== undefined) && (!URL.canParse(value ?? '') || !/^https?:$/.test(new URL(value!).protocol))) {
      issues.push({ path: key, message: 'must be an absolute http(s) URL' });
    }
  }
  const { maxTextLength, maxPartLength } = options;
  if (maxTextLength !== undefined && (!Number.isInteger(maxTextLength) || maxTextLength < 2 || maxTextLength > TWILIO_MAX_BODY)) {
    issues.push({ path: 'maxTextLength', message: `must be an integer from 2 to ${TWILIO_MAX_BODY}` });
  }
  if (maxPartLength !== undefined && (!Number.isInteger(maxPartLength) || maxPartLength < 2)) {
    issues.push({ path: 'maxPartLength', message: 'must be an integer of at least 2' });
  }
  if (options.countryCode !== undefined && !/^\d{1,3}$/.test(options.countryCode))
    issues.push({ path: 'countryCode', message: 'must be 1 to 3 digits' });
  if (options.state !== undefined && options.state?.specificationVersion !== 'v1')
    issues.push({ path: 'state', message: 'must be a ChannelStateStoreV1' });
  if (issues.length > 0) throw new InvalidConfigError('Twilio SMS channel options', issues);
}
