import { callProvider, isRetryableStatus, redactAddress, type SendAttemptOutcome } from '@aduan/adapter-utils';
import type { OutboundMessageV1 } from '@aduan/spec';

export interface SendSettings {
  apiUrl: string;
  apiKey: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

/**
 * POST {apiUrl}/messages `{ member, text }`: the vendor shows the reply on the member's kiosk
 * account. The vendor takes no idempotency key, so this reports what became of the call and the
 * send ledger (in `create-kotak-saran-channel.ts`) makes sure a key is sent at most once:
 * - no connection: refused, retryable (nothing was sent);
 * - a refusal: refused, retryable for 408/425/429/5xx (`isRetryableStatus`);
 * - no answer (a timeout, a dropped connection) or an accepted reply without an id: in doubt.
 */
export async function sendReply(settings: SendSettings, message: OutboundMessageV1): Promise<SendAttemptOutcome> {
  const call = await callProvider(
    `${settings.apiUrl.replace(/\/$/, '')}/messages`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${settings.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ member: message.to, text: message.text, reference: message.complaintId }),
    },
    { fetch: settings.fetch, timeoutMs: settings.timeoutMs },
  );
  if (call.kind === 'not_sent')
    return { outcome: 'refused', retryable: true, code: 'unreachable', error: `Kotak Saran API unreachable: ${call.error}` };
  if (call.kind === 'in_doubt') return { outcome: 'in_doubt', error: `Kotak Saran API call interrupted: ${call.error}` };
  let answer: { id?: unknown; error?: unknown } = {};
  try {
    answer = JSON.parse(call.text) as typeof answer;
  } catch {
    // Not JSON: treated as an answer without an id or an error text.
  }
  if (call.ok) {
    return typeof answer.id === 'string'
      ? { outcome: 'sent', providerMessageId: answer.id }
      : { outcome: 'in_doubt', error: 'Kotak Saran API accepted the reply but returned no id' };
  }
  // The vendor's error text may quote the member id: it stays out of the outbox.
  const detail = typeof answer.error === 'string' ? `: ${redactAddress(answer.error, message.to)}` : '';
  const retryable = isRetryableStatus(call.status);
  return {
    outcome: 'refused',
    retryable,
    code: call.status === 404 ? 'invalid_recipient' : retryable ? 'unreachable' : 'rejected',
    error: `Kotak Saran API answered ${call.status}${detail}`,
  };
}
