import { callProvider, type SendAttemptOutcome } from '@aduan/adapter-utils';
import { judgeSmsCall } from '../outbound/provider-answer.js';
import type { SmsPartRequest } from '../outbound/sms-sender.js';

export interface TwilioSendSettings {
  accountSid: string;
  authToken: string;
  from: string;
  statusCallback: string;
  apiBaseUrl: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Twilio's error body: `{ code, message, more_info, status }`. */
function describeTwilioError(text: string): string {
  try {
    const error = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (error.code !== undefined || error.message !== undefined) return `${String(error.code ?? '')} ${String(error.message ?? '')}`.trim();
  } catch {
    // Not JSON (a proxy's error page): fall through to the raw text.
  }
  return text.slice(0, 200);
}

/** Twilio's codes for a number that cannot take the SMS: invalid (21211), not mobile (21614), opted out with STOP (21610). */
const INVALID_RECIPIENT_CODES: ReadonlySet<number> = new Set([21211, 21614, 21610]);

function refusalCode(text: string): 'invalid_recipient' | undefined {
  try {
    const { code } = JSON.parse(text) as { code?: unknown };
    return typeof code === 'number' && INVALID_RECIPIENT_CODES.has(code) ? 'invalid_recipient' : undefined;
  } catch {
    return undefined;
  }
}

/** Creates one Message resource: POST /2010-04-01/Accounts/{sid}/Messages.json, form-encoded, basic auth. */
export async function sendTwilioPart(settings: TwilioSendSettings, part: SmsPartRequest): Promise<SendAttemptOutcome> {
  const body = new URLSearchParams({ To: part.to, Body: part.text, StatusCallback: settings.statusCallback });
  body.set(settings.from.startsWith('MG') ? 'MessagingServiceSid' : 'From', settings.from);
  const url = new URL(`/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`, settings.apiBaseUrl);
  const call = await callProvider(
    url,
    {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: body.toString(),
    },
    { fetch: settings.fetch, timeoutMs: settings.timeoutMs },
  );
  return judgeSmsCall(
    'Twilio',
    call,
    part.to,
    describeTwilioError,
    (text) => {
      let sid: unknown;
      try {
        sid = (JSON.parse(text) as { sid?: unknown }).sid;
      } catch {
        sid = undefined;
      }
      // Accepted but unidentifiable: it probably went out, so it is held for a person, never resent.
      if (typeof sid !== 'string' || sid === '') return { outcome: 'in_doubt', error: 'Twilio accepted the message but returned no sid' };
      return { outcome: 'sent', providerMessageId: sid };
    },
    refusalCode,
  );
}
