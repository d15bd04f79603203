import type { Clock } from '@aduan/spec';
import { systemClock } from '@aduan/core';

/**
 * Remembers which idempotency keys reached the provider, and under which provider id, so a retry
 * of the same key does not send again. Providers' SMS APIs take no idempotency key themselves.
 * The memory ledger forgets on restart; several app instances sending the same outbox should share
 * a durable one (a table, Redis) implementing this interface.
 */
export interface SendLedger {
  get(key: string): Promise<string | undefined>;
  set(key: string, providerMessageId: string): Promise<void>;
}

export interface MemorySendLedgerOptions {
  /** How long a key is remembered; longer than the relay keeps retrying. Default 7 days. */
  ttlMs?: number;
  clock?: Clock;
}

const DEFAULT_TTL_MS = 7 * 24 * 3_600_000;

export function createMemorySendLedger(options: MemorySendLedgerOptions = {}): SendLedger {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const clock = options.clock ?? systemClock;
  const entries = new Map<string, { providerMessageId: string; at: number }>();

  // Entries are kept in insertion order, which is time order: expired ones sit at the front.
  function prune(now: number): void {
    for (const [key, entry] of entries) {
      if (now - entry.at < ttlMs) break;
      entries.delete(key);
    }
  }

  return {
    async get(key) {
      prune(clock.now().getTime());
      return entries.get(key)?.providerMessageId;
    },
    async set(key, providerMessageId) {
      const now = clock.now().getTime();
      prune(now);
      entries.delete(key);
      entries.set(key, { providerMessageId, at: now });
    },
  };
}
