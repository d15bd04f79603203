import type { SendResultV1 } from '@aduan/spec';
import { httpFailure } from '../outbound/http-failure.js';
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

/** Creates one Message resource: POST /2010-04-01/Accounts/{sid}/Messages.json, form-encoded, basic auth. */
export async function sendTwilioPart(settings: TwilioSendSettings, part: SmsPartRequest): Promise<SendResultV1> {
  const body = new URLSearchParams({ To: part.to, Body: part.text, StatusCallback: settings.statusCallback });
  body.set(settings.from.startsWith('MG') ? 'MessagingServiceSid' : 'From', settings.from);
  const url = new URL(`/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`, settings.apiBaseUrl);
  const response = await settings.fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: body.toString(),
    signal: AbortSignal.timeout(settings.timeoutMs),
  });
  const text = await response.text();
  if (!response.ok) return httpFailure('Twilio', response.status, describeTwilioError(text));
  let sid: unknown;
  try {
    sid = (JSON.parse(text) as { sid?: unknown }).sid;
  } catch {
    sid = undefined;
  }
  // Accepted but unidentifiable: retrying could send twice, so this is reported, not retried.
  if (typeof sid !== 'string' || sid === '') return { ok: false, retryable: false, error: 'Twilio accepted the message but returned no sid' };
  return { ok: true, providerMessageId: sid };
}
