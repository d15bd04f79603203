import type { OutboundMessageV1, SendResultV1 } from '@aduan/spec';

export interface SendSettings {
  apiUrl: string;
  apiKey: string;
  fetch: typeof fetch;
}

/** Rate limits, timeouts and server errors may pass; other refusals will not. */
const isRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * POST {apiUrl}/replies with an `Idempotency-Key` header. The vendor API keeps the key and
 * answers a repeat with the first reply's id instead of showing the reply twice, so this adapter
 * needs no ledger of its own. (Providers without such a header need one: see @aduan/channel-sms.)
 */
export async function sendReply(settings: SendSettings, message: OutboundMessageV1): Promise<SendResultV1> {
  let response: Response;
  try {
    response = await settings.fetch(`${settings.apiUrl.replace(/\/$/, '')}/replies`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${settings.apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': message.idempotencyKey,
      },
      body: JSON.stringify({ to: message.to, text: message.text, reference: message.complaintId }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    // Never throw from doSend for a provider problem: the relay decides when to retry.
    return { ok: false, retryable: true, error: `Kotak Saran API unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
  const answer = (await response.json().catch(() => ({}))) as { id?: unknown; error?: unknown };
  if (!response.ok) return { ok: false, retryable: isRetryable(response.status), error: `Kotak Saran API answered ${response.status}: ${String(answer.error ?? '')}` };
  if (typeof answer.id !== 'string') return { ok: false, retryable: false, error: 'Kotak Saran API accepted the reply but returned no id' };
  return { ok: true, providerMessageId: answer.id };
}
