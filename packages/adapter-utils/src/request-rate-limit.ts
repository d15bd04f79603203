import { InvalidConfigError, RateLimitedError, type FieldIssue } from '@aduan/spec';
import { clientAddressOf, clientKeyOf } from './client-address.js';
import { createMemoryRateLimiter } from './memory-rate-limiter.js';
import type { RateLimiterV1 } from './rate-limiter-v1.js';

/**
 * How a public endpoint limits request rates: `rateLimit` of the web intake, Open311 and channel
 * endpoints. Leave it out for the default (a memory token bucket of 30 requests, refilled at 30 a
 * minute, per client address); pass `false` only when something in front of the app already limits.
 */
export interface RateLimitOptions {
  /** Default: `createMemoryRateLimiter()`, one per endpoint. */
  limiter?: RateLimiterV1;
  /**
   * The budget a request draws on. Default: the client's address (`clientAddressOf`), an IPv6
   * address by its /64. Requests whose address is unknown (a host without a mount helper that
   * records it) share one budget, so set `key` or `trustedProxies` on such hosts.
   */
  key?: (request: Request) => string | undefined;
  /**
   * How many proxies in front of the app append to `X-Forwarded-For` (a load balancer, a CDN).
   * Default 0: the header is ignored, because a client can write anything into it.
   */
  trustedProxies?: number;
}

/** The key of requests whose client address is unknown. */
export const UNKNOWN_CLIENT = 'unknown-client';

/** A configured rate limit; `check` throws `RateLimitedError` (HTTP 429 with `Retry-After`) when the budget is spent. */
export interface RequestRateLimit {
  /** Spends `cost` (default 1) of the request's budget, or throws `RateLimitedError`. */
  check(request: Request, now: Date, cost?: number): Promise<void>;
}

const UNLIMITED: RequestRateLimit = { check: async () => undefined };

/**
 * Builds an endpoint's rate limit from its `rateLimit` option (`false` turns it off). Throws
 * `InvalidConfigError` for options that cannot work, at start-up.
 */
export function createRequestRateLimit(options: RateLimitOptions | false | undefined, optionPath = 'rateLimit'): RequestRateLimit {
  if (options === false) return UNLIMITED;
  const issues: FieldIssue[] = [];
  const trustedProxies = options?.trustedProxies ?? 0;
  if (!Number.isSafeInteger(trustedProxies) || trustedProxies < 0) {
    issues.push({
      path: `${optionPath}.trustedProxies`,
      message: `must be a whole number of at least 0, got ${String(options?.trustedProxies)}`,
    });
  }
  if (options?.limiter !== undefined && (options.limiter.specificationVersion !== 'v1' || typeof options.limiter.take !== 'function')) {
    issues.push({ path: `${optionPath}.limiter`, message: 'must implement RateLimiterV1 (specificationVersion "v1" and take())' });
  }
  if (options?.key !== undefined && typeof options.key !== 'function')
    issues.push({ path: `${optionPath}.key`, message: 'must be a function of the request' });
  if (issues.length > 0) throw new InvalidConfigError('rate limit options', issues);

  const limiter = options?.limiter ?? createMemoryRateLimiter();
  const keyOf =
    options?.key ??
    ((request: Request) => {
      const address = clientAddressOf(request, trustedProxies);
      return address === undefined ? undefined : clientKeyOf(address);
    });
  return {
    async check(request, now, cost = 1) {
      const decision = await limiter.take(keyOf(request) ?? UNKNOWN_CLIENT, now, cost);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    },
  };
}
