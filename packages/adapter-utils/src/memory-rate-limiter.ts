import { InvalidConfigError, InvalidInputError, type FieldIssue } from '@aduan/spec';
import type { RateLimitDecisionV1, RateLimiterV1 } from './rate-limiter-v1.js';

/** Options of `createMemoryRateLimiter`. */
export interface MemoryRateLimiterOptions {
  /** Requests a key may make at once (the bucket's size). Default 30. */
  burst?: number;
  /** Requests per minute a key regains (the refill rate). Default 30. */
  perMinute?: number;
  /**
   * Most keys kept. Past it the least recently seen key is forgotten (it starts again with a full
   * bucket), so a flood of distinct keys cannot grow memory. Default 10,000.
   */
  maxKeys?: number;
}

/** The memory limiter, with the number of keys it holds (never above `maxKeys`). */
export interface MemoryRateLimiter extends RateLimiterV1 {
  readonly size: number;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was computed, in epoch milliseconds. */
  at: number;
}

/** Buckets checked for idleness per call: constant work per request, however many keys there are. */
const SWEEP_PER_CALL = 2;

function positive(value: number | undefined, fallback: number, path: string, issues: FieldIssue[]): number {
  const number = value ?? fallback;
  if (!Number.isSafeInteger(number) || number < 1)
    issues.push({ path, message: `must be a whole number of at least 1, got ${String(value)}` });
  return number;
}

/**
 * A token bucket per key in process memory: each key may spend `burst` requests at once and
 * regains `perMinute` per minute. Keys are kept in order of last use; a bucket that has refilled
 * completely holds no information and is dropped as calls pass by it, and beyond `maxKeys` the
 * least recently used key is forgotten. Every call does constant work.
 */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions = {}): MemoryRateLimiter {
  const issues: FieldIssue[] = [];
  const burst = positive(options.burst, 30, 'burst', issues);
  const perMinute = positive(options.perMinute, 30, 'perMinute', issues);
  const maxKeys = positive(options.maxKeys, 10_000, 'maxKeys', issues);
  if (issues.length > 0) throw new InvalidConfigError('memory rate limiter options', issues);
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const tokensAt = (bucket: Bucket, at: number) => Math.min(burst, bucket.tokens + Math.max(0, at - bucket.at) * perMs);

  /** Drops full (idle) buckets from the old end; stops at the first one still in use. */
  const sweep = (at: number) => {
    let checked = 0;
    for (const [key, bucket] of buckets) {
      if (checked++ >= SWEEP_PER_CALL || tokensAt(bucket, at) < burst) break;
      buckets.delete(key);
    }
  };

  return {
    specificationVersion: 'v1',
    get size() {
      return buckets.size;
    },
    async take(key, now, cost = 1): Promise<RateLimitDecisionV1> {
      if (!Number.isSafeInteger(cost) || cost < 1)
        throw new InvalidInputError('rate limit cost', [{ path: 'cost', message: 'must be a whole number of at least 1' }]);
      const at = now.getTime();
      sweep(at);
      const known = buckets.get(key);
      let tokens = known ? tokensAt(known, at) : burst;
      // Re-inserting moves the key to the recent end of the map's order.
      if (known) buckets.delete(key);
      else while (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value!);
      // A cost above the burst waits for a full bucket and leaves a debt, so it stays possible but paid for.
      const allowed = tokens >= Math.min(cost, burst);
      if (allowed) tokens -= cost;
      buckets.set(key, { tokens, at });
      if (allowed) return { allowed: true };
      const missing = Math.min(cost, burst) - tokens;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / perMs / 1000)) };
    },
  };
}
