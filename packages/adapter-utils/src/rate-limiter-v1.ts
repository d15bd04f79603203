/** What a rate limiter answers for one request: go ahead, or wait this many seconds. */
export type RateLimitDecisionV1 = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Rate limiter contract, version 1: a budget per key (a client address, an API key). The memory
 * token bucket (`createMemoryRateLimiter`) suits one app instance; several instances behind a
 * load balancer share one limiter over their database or cache by implementing this interface.
 */
export interface RateLimiterV1 {
  readonly specificationVersion: 'v1';
  /** Spends `cost` (default 1, a whole positive number) of `key`'s budget at `now`, if it is there. */
  take(key: string, now: Date, cost?: number): Promise<RateLimitDecisionV1>;
}
