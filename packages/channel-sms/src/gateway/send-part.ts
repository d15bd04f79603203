import { callProvider, type SendAttemptOutcome } from '@aduan/adapter-utils';
import { judgeSmsCall } from '../outbound/provider-answer.js';
import type { SmsPartRequest } from '../outbound/sms-sender.js';
import { jsonFields } from '../shared/fields.js';
import { formatPhone } from '../shared/phone.js';
import type { SmsGatewaySendOptions } from './options.js';

export const DEFAULT_SEND_TIMEOUT_MS = 15_000;
const PROVIDER = 'SMS gateway';

function encodeBody(send: SmsGatewaySendOptions, fields: Record<string, string>): { body: string; contentType: string } {
  if (send.format === 'json') {
    const nested: Record<string, unknown> = {};
    for (const [path, value] of Object.entries(fields)) {
      const keys = path.split('.');
      let node = nested;
      for (const key of keys.slice(0, -1)) {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      }
      node[keys.at(-1)!] = value;
    }
    return { body: JSON.stringify(nested), contentType: 'application/json' };
  }
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends one SMS through a generic HTTP gateway and judges its answer for the send ledger. */
export async function sendGatewayPart(
  send: SmsGatewaySendOptions,
  fetchFn: typeof fetch,
  countryCode: string,
  part: SmsPartRequest,
): Promise<SendAttemptOutcome> {
  const fields: Record<string, string> = {
    ...send.constants,
    [send.fields?.to ?? 'to']: formatPhone(part.to, send.phoneFormat ?? 'e164', countryCode),
    [send.fields?.text ?? 'text']: part.text,
  };
  if (send.fields?.reference) fields[send.fields.reference] = part.reference;
  const { body, contentType } = encodeBody(send, fields);
  const call = await callProvider(
    send.url,
    { method: 'POST', headers: { ...send.headers, 'content-type': contentType, accept: 'application/json' }, body },
    { fetch: fetchFn, timeoutMs: send.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS },
  );
  return judgeSmsCall(
    PROVIDER,
    call,
    part.to,
    (text) => text.slice(0, 200),
    (text) => {
      if (!send.messageIdPath) return { outcome: 'sent', providerMessageId: part.reference };
      const id = jsonFields(parse(text))(send.messageIdPath);
      // Accepted but unidentifiable: it probably went out, so it is held for a person, never resent.
      if (!id) return { outcome: 'in_doubt', error: `${PROVIDER} accepted the SMS but its answer has no "${send.messageIdPath}"` };
      return { outcome: 'sent', providerMessageId: id };
    },
  );
}
