/**
 * What became of one HTTP call to a provider, in the terms a send ledger needs:
 * - `answered`: the provider answered (any status); `text` holds its body, cut at the limit;
 * - `not_sent`: the request surely never reached the provider (refused connection, unknown host,
 *   a certificate refused before any byte of the request was written);
 * - `in_doubt`: it may have reached the provider and the answer was lost (a timeout, a connection
 *   closed after the request was written): only a person can tell whether it took effect.
 */
export type ProviderCallResult =
  | { kind: 'answered'; status: number; ok: boolean; headers: Headers; text: string; truncated: boolean }
  | { kind: 'not_sent'; error: string }
  | { kind: 'in_doubt'; error: string };

export interface CallProviderOptions {
  /** The fetch to use (injected in tests); default the global one. */
  fetch?: typeof globalThis.fetch;
  /** Abort the call after this long; the outcome is then `in_doubt`. */
  timeoutMs: number;
  /** Read at most this much of the answer; default 64 KiB (provider answers are small). */
  maxResponseBytes?: number;
}

/**
 * Error codes (Node and undici) raised before any byte of the request left this machine. Anything
 * else that interrupts a call may have happened after the provider received it.
 */
const NEVER_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Every error code on the cause chain, including each attempt of a multi-address connect. */
function codesOf(error: unknown, into: string[] = [], depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 8) return into;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') into.push(code);
  if (Array.isArray(errors)) for (const inner of errors) codesOf(inner, into, depth + 1);
  return codesOf(cause, into, depth + 1);
}

/** Whether a failed fetch surely never delivered its request. */
export function requestNeverLeft(error: unknown): boolean {
  const codes = codesOf(error);
  return codes.length > 0 && codes.every((code) => NEVER_SENT_CODES.has(code));
}

/** `TypeError: fetch failed (connect ECONNREFUSED 127.0.0.1:443)`: for operators, never for residents. */
export function describeCallFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.name}: ${error.message}${cause}`;
}

async function readLimited(response: Response, limit: number): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
    const room = limit - total;
    if (value.byteLength > room) {
      chunks.push(value.subarray(0, room));
      await reader.cancel().catch(() => undefined);
      return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
    }
    chunks.push(value);
    total += value.byteLength;
  }
}

/**
 * Makes one provider call and says whether it surely failed, was answered, or is in doubt. It
 * never throws for a network problem. A body that cannot be read to the end after a 2xx is in
 * doubt (the provider accepted something); after any other status the answer still stands.
 */
export async function callProvider(url: string | URL, init: RequestInit, options: CallProviderOptions): Promise<ProviderCallResult> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    // A redirect is the provider's answer, not a hop to follow with our credentials.
    response = await fetchImpl(url, { ...init, signal, redirect: 'manual' });
  } catch (error) {
    const what = describeCallFailure(error);
    return requestNeverLeft(error) ? { kind: 'not_sent', error: what } : { kind: 'in_doubt', error: what };
  }
  try {
    const { text, truncated } = await readLimited(response, options.maxResponseBytes ?? 64 * 1024);
    return { kind: 'answered', status: response.status, ok: response.ok, headers: response.headers, text, truncated };
  } catch (error) {
    if (response.ok) return { kind: 'in_doubt', error: `the answer (HTTP ${response.status}) was cut off: ${describeCallFailure(error)}` };
    return { kind: 'answered', status: response.status, ok: false, headers: response.headers, text: '', truncated: true };
  }
}
