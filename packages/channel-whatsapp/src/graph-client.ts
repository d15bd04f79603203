import type { ResolvedOptions } from './options.js';
import { isObject, optionalText } from './payload-reader.js';

/** What one Graph call came to: the new message id, or why not and whether trying again may help. */
export type GraphOutcome = { ok: true; messageId: string } | { ok: false; retryable: boolean; error: string };

/**
 * Graph error codes that mean "slow down" even when the HTTP status is 400: 4 (app call limit),
 * 80007 (business account limit), 130429 (throughput), 131056 (too many messages to one user).
 */
const THROTTLING_CODES: ReadonlySet<number> = new Set([4, 80007, 130429, 131056]);

function failureOf(status: number, body: unknown): { error: string; code: number | undefined; transient: boolean } {
  const error = isObject(body) ? body['error'] : undefined;
  const code = isObject(error) && typeof error['code'] === 'number' ? error['code'] : undefined;
  const message = optionalText(error, 'message') ?? `HTTP ${status}`;
  const details = optionalText(isObject(error) ? error['error_data'] : undefined, 'details');
  const trace = optionalText(error, 'fbtrace_id');
  const text = `Graph API ${status}${code === undefined ? '' : ` code ${code}`}: ${message}${details ? ` (${details})` : ''}${trace ? ` [fbtrace_id ${trace}]` : ''}`;
  return { error: text, code, transient: isObject(error) && error['is_transient'] === true };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POSTs one message object to `/{phone-number-id}/messages`. Network failures, timeouts, 429, 5xx
 * and throttling codes are retryable; other 4xx are not (the same request would fail again).
 */
export async function postMessage(options: ResolvedOptions, message: Record<string, unknown>): Promise<GraphOutcome> {
  let response: Response;
  try {
    response = await options.fetch(options.messagesUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...message }),
      signal: AbortSignal.timeout(options.requestTimeoutMs),
    });
  } catch (cause) {
    return { ok: false, retryable: true, error: `Graph API unreachable: ${cause instanceof Error ? cause.message : String(cause)}` };
  }
  const body = await readJson(response);
  if (response.ok) {
    const first = isObject(body) && Array.isArray(body['messages']) ? body['messages'][0] : undefined;
    const messageId = optionalText(first, 'id');
    // Accepted but without an id: it may have gone out, so retrying could send it twice.
    if (messageId === undefined) return { ok: false, retryable: false, error: `Graph API ${response.status}: response without messages[0].id` };
    return { ok: true, messageId };
  }
  const { error, code, transient } = failureOf(response.status, body);
  const retryable = response.status === 429 || response.status >= 500 || transient || (code !== undefined && THROTTLING_CODES.has(code));
  return { ok: false, retryable, error };
}
