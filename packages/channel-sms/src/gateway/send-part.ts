import type { SendResultV1 } from '@aduan/spec';
import { httpFailure } from '../outbound/http-failure.js';
import type { SmsPartRequest } from '../outbound/sms-sender.js';
import { jsonFields } from '../shared/fields.js';
import { formatPhone } from '../shared/phone.js';
import type { SmsGatewaySendOptions } from './options.js';

export const DEFAULT_SEND_TIMEOUT_MS = 15_000;

function encodeBody(send: SmsGatewaySendOptions, fields: Record<string, string>): { body: string; contentType: string } {
  if (send.format === 'json') {
    const nested: Record<string, unknown> = {};
    for (const [path, value] of Object.entries(fields)) {
      const keys = path.split('.');
      let node = nested;
      for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[keys.at(-1)!] = value;
    }
    return { body: JSON.stringify(nested), contentType: 'application/json' };
  }
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** Sends one SMS through a generic HTTP gateway and reads its answer. */
export async function sendGatewayPart(
  send: SmsGatewaySendOptions,
  fetchFn: typeof fetch,
  countryCode: string,
  part: SmsPartRequest,
): Promise<SendResultV1> {
  const fields: Record<string, string> = {
    ...send.constants,
    [send.fields?.to ?? 'to']: formatPhone(part.to, send.phoneFormat ?? 'e164', countryCode),
    [send.fields?.text ?? 'text']: part.text,
  };
  if (send.fields?.reference) fields[send.fields.reference] = part.reference;
  const { body, contentType } = encodeBody(send, fields);
  const response = await fetchFn(send.url, {
    method: 'POST',
    headers: { ...send.headers, 'content-type': contentType, accept: 'application/json' },
    body,
    signal: AbortSignal.timeout(send.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS),
  });
  const answer = await response.text();
  if (!response.ok) return httpFailure('SMS gateway', response.status, answer.slice(0, 200));
  if (!send.messageIdPath) return { ok: true, providerMessageId: part.reference };
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer);
  } catch {
    parsed = undefined;
  }
  const id = jsonFields(parsed)(send.messageIdPath);
  // Accepted but unidentifiable: retrying could send twice, so this is reported, not retried.
  if (!id) return { ok: false, retryable: false, error: `SMS gateway accepted the SMS but its answer has no "${send.messageIdPath}"` };
  return { ok: true, providerMessageId: id };
}
