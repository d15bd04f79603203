import { callProvider, isRetryableStatus, redactAddress, type SendAttemptOutcome } from '@aduan/adapter-utils';
import type { SendFailureCodeV1 } from '@aduan/spec';
import type { ResolvedOptions } from './options.js';
import { isObject, optionalText } from './payload-reader.js';

/**
 * Graph error codes that mean "slow down" even when the HTTP status is 400: 4 (app call limit),
 * 80007 (business account limit), 130429 (throughput), 131056 (too many messages to one user).
 */
const THROTTLING_CODES: ReadonlySet<number> = new Set([4, 80007, 130429, 131056]);
/** 131047: more than 24 hours since the resident's last message (re-engagement needs a template). */
const OUTSIDE_WINDOW_CODE = 131047;
/** 131026 undeliverable, 131030 not in the test allow-list, 131021 recipient is the sender, 131009 an invalid parameter of the number. */
const INVALID_RECIPIENT_CODES: ReadonlySet<number> = new Set([131026, 131030, 131021]);

interface GraphError {
  text: string;
  code: number | undefined;
  transient: boolean;
}

function graphErrorOf(status: number, body: unknown, recipient: string): GraphError {
  const error = isObject(body) ? body['error'] : undefined;
  const code = isObject(error) && typeof error['code'] === 'number' ? error['code'] : undefined;
  const message = optionalText(error, 'message') ?? `HTTP ${status}`;
  const details = optionalText(isObject(error) ? error['error_data'] : undefined, 'details');
  const trace = optionalText(error, 'fbtrace_id');
  const text = `Graph API ${status}${code === undefined ? '' : ` code ${code}`}: ${message}${details ? ` (${details})` : ''}${trace ? ` [fbtrace_id ${trace}]` : ''}`;
  // Graph's messages sometimes quote the number; it does not belong in the outbox.
  return { text: redactAddress(text, recipient), code, transient: isObject(error) && error['is_transient'] === true };
}

function failureCode(status: number, code: number | undefined): SendFailureCodeV1 | undefined {
  if (status === 429 || (code !== undefined && THROTTLING_CODES.has(code))) return 'rate_limited';
  if (code === OUTSIDE_WINDOW_CODE) return 'outside_window';
  if (code !== undefined && INVALID_RECIPIENT_CODES.has(code)) return 'invalid_recipient';
  return status >= 500 ? undefined : 'rejected';
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POSTs one message object to `/{phone-number-id}/messages` and judges the outcome for the send
 * ledger. Graph takes no idempotency key, so: no connection → refused (retryable); an answer →
 * sent, or refused (429, 5xx, throttling codes and `is_transient` retryable; other 4xx not); no
 * answer (a timeout, a dropped connection), a 504 from a proxy, or a 2xx without an id → in doubt.
 */
export async function postMessage(
  options: ResolvedOptions,
  message: Record<string, unknown> & { to: string },
): Promise<SendAttemptOutcome> {
  const call = await callProvider(
    options.messagesUrl,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${options.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...message }),
    },
    { fetch: options.fetch, timeoutMs: options.requestTimeoutMs },
  );
  if (call.kind === 'not_sent')
    return { outcome: 'refused', retryable: true, code: 'unreachable', error: `Graph API unreachable: ${call.error}` };
  if (call.kind === 'in_doubt') return { outcome: 'in_doubt', error: `Graph API call interrupted: ${call.error}` };
  const body = parse(call.text);
  if (call.ok) {
    const first = isObject(body) && Array.isArray(body['messages']) ? body['messages'][0] : undefined;
    const messageId = optionalText(first, 'id');
    // Accepted but without an id: it may have gone out.
    if (messageId === undefined) return { outcome: 'in_doubt', error: `Graph API ${call.status}: an answer without messages[0].id` };
    return { outcome: 'sent', providerMessageId: messageId };
  }
  if (call.status === 504) return { outcome: 'in_doubt', error: 'Graph API 504: a proxy timed out waiting for Graph' };
  const { text, code, transient } = graphErrorOf(call.status, body, message.to);
  const retryable = isRetryableStatus(call.status) || transient || (code !== undefined && THROTTLING_CODES.has(code));
  const mapped = failureCode(call.status, code);
  return { outcome: 'refused', retryable, error: text, ...(mapped ? { code: mapped } : {}) };
}
