/**
 * Whether a provider's HTTP status means the same request may succeed later: request timeout
 * (408), too early (425), rate limited (429) and server errors (5xx). Every other 4xx would fail
 * again the same way.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}
