import { callProvider, isRetryableStatus } from '@aduan/adapter-utils';
import { InvalidConfigError, type FieldIssue, type LaporApiError, type LaporUpdateV1 } from '@aduan/spec';
import { laporApiFailure as failure } from './lapor-api-failure.js';
import {
  bearer,
  LAPOR_API_AUTH_HEADER,
  LAPOR_API_MAX_PAGE_SIZE,
  readPage,
  reportsPath,
  updateBody,
  updatePath,
  type LaporApiPage,
} from './lapor-api-protocol.js';

/** How to reach the SP4N-LAPOR! API (its assumed format: see docs/lapor.md). Only `baseUrl` and `token` are required. */
export interface LaporApiOptions {
  /** The API's base URL, `https://…/api/v1/` (http only for loopback tests). */
  baseUrl: string | URL;
  /** The integration token, sent as `Authorization: Bearer <token>`; never logged or shown. */
  token: string;
  /** One request's time limit, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** Reports asked for per page (default 100, at most 500). */
  pageSize?: number;
  /** The largest answer read, in bytes (default 16 MiB); a longer one fails as `response_too_large`. */
  maxResponseBytes?: number;
  /** The most pages one pull reads (default 10,000) before it fails as `repeated_cursor`. */
  maxPages?: number;
  /** Retries of a request answered 408, 425, 429 or 5xx, or not answered at all (default 4). */
  retries?: number;
  /** The first back-off, doubled each retry (default 1,000 ms), when no `Retry-After` is given. */
  retryDelayMs?: number;
  /** The longest wait before a retry (default 60,000 ms): a longer `Retry-After` fails at once. */
  maxRetryDelayMs?: number;
  /** The fetch to use; default the global one. */
  fetch?: typeof globalThis.fetch;
  /** How to wait between retries; default a timer. */
  sleep?: (ms: number) => Promise<void>;
}

/** The two calls of the assumed LAPOR! API, with retries, limits and typed failures. */
export interface LaporApiClient {
  /** Reports per page this client asks for. */
  readonly pageSize: number;
  /** The most pages one pull may read. */
  readonly maxPages: number;
  /** One page of reports changed after `since`. */
  fetchPage(since: string | undefined): Promise<LaporApiPage>;
  /** Posts the city's update of one report. */
  sendUpdate(update: LaporUpdateV1): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function checkOptions(options: LaporApiOptions): { base: URL; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let base = new URL('http://invalid.invalid/');
  try {
    base = new URL(String(options.baseUrl));
    if (base.protocol !== 'https:' && base.protocol !== 'http:') issues.push({ path: 'baseUrl', message: 'must be an http(s) URL' });
    if (base.username || base.password) issues.push({ path: 'baseUrl', message: 'must not carry credentials: pass the token' });
  } catch {
    issues.push({ path: 'baseUrl', message: 'is not a URL' });
  }
  if (typeof options.token !== 'string' || options.token.trim() === '' || /[\r\n]/.test(options.token)) {
    issues.push({ path: 'token', message: 'must be a non-empty token on one line' });
  }
  const range = (path: keyof LaporApiOptions, min: number, max: number) => {
    const value = options[path];
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
      issues.push({ path, message: `must be a whole number from ${min} to ${max}` });
    }
  };
  range('timeoutMs', 1, 600_000);
  range('pageSize', 1, LAPOR_API_MAX_PAGE_SIZE);
  range('maxResponseBytes', 1_024, 256 * 1024 * 1024);
  range('maxPages', 1, 1_000_000);
  range('retries', 0, 20);
  range('retryDelayMs', 0, 600_000);
  range('maxRetryDelayMs', 0, 3_600_000);
  // A relative path resolves under the base only when the base ends with `/`.
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return { base, issues };
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1_000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A client of the SP4N-LAPOR! API in its assumed format (`lapor-api-protocol.ts`). Every answer is
 * read up to `maxResponseBytes`; 408, 425, 429, 5xx and unanswered requests are retried with
 * doubling back-off, honouring `Retry-After`; everything else fails at once as a `LaporApiError`
 * whose message never carries the server's text. Throws `InvalidConfigError` for bad options.
 */
export function createLaporApiClient(options: LaporApiOptions): LaporApiClient {
  const { base, issues } = checkOptions(options);
  if (issues.length > 0) throw new InvalidConfigError('SP4N-LAPOR! API options', issues);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxResponseBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
  const retries = options.retries ?? 4;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
  const sleep = options.sleep ?? wait;
  const headers = { [LAPOR_API_AUTH_HEADER]: bearer(options.token), accept: 'application/json' };

  /** One call, retried while retrying may help; answers the body of a 2xx. */
  async function call(path: string, init: RequestInit): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const result = await callProvider(
        new URL(path, base),
        { ...init, headers: { ...headers, ...init.headers } },
        {
          fetch: options.fetch,
          timeoutMs,
          maxResponseBytes,
        },
      );
      let error: LaporApiError;
      let delay = Math.min(retryDelayMs * 2 ** attempt, maxRetryDelayMs);
      if (result.kind !== 'answered') error = failure('unavailable', undefined, true, new Error(result.error));
      else if (result.ok) {
        if (result.truncated) throw failure('response_too_large', result.status, false);
        return result.text;
      } else if (result.status === 401 || result.status === 403) throw failure('unauthorized', result.status, false);
      else if (result.status === 404) throw failure('not_found', result.status, false);
      else if (!isRetryableStatus(result.status)) throw failure('refused', result.status, false);
      else {
        error = failure(result.status === 429 ? 'rate_limited' : 'server_error', result.status, true);
        const asked = retryAfterMs(result.headers.get('retry-after'), Date.now());
        // A server that asks for a longer pause than we may wait fails now rather than hold the run.
        if (asked !== undefined && asked > maxRetryDelayMs) throw error;
        if (asked !== undefined) delay = asked;
      }
      if (attempt >= retries) throw error;
      await sleep(delay);
    }
  }

  const pageSize = options.pageSize ?? 100;
  return {
    pageSize,
    maxPages: options.maxPages ?? 10_000,
    async fetchPage(since) {
      const text = await call(reportsPath(pageSize, since), { method: 'GET' });
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw failure('bad_response', undefined, false, cause);
      }
      const page = readPage(json, pageSize);
      if (typeof page === 'string') throw failure('bad_response', undefined, false, new Error(page));
      return page;
    },
    async sendUpdate(update) {
      await call(updatePath(update.trackingId), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(updateBody(update)),
      });
    },
  };
}
