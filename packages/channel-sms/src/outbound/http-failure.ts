import type { SendResultV1 } from '@aduan/spec';

/** Statuses after which the same request may succeed later: timeouts, rate limits, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** A failed provider answer as a send result; `detail` is the provider's own explanation. */
export function httpFailure(provider: string, status: number, detail: string): SendResultV1 & { ok: false } {
  return { ok: false, retryable: isRetryableStatus(status), error: `${provider} answered HTTP ${status}${detail ? `: ${detail}` : ''}` };
}
