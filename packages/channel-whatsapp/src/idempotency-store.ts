/**
 * Remembers which idempotency keys were already sent and the provider's message id for each. The
 * Graph API has no idempotency header, so this is what keeps a relay retry from sending twice.
 * The default lives in memory; use shared storage when several relays send.
 */
export interface IdempotencyStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, providerMessageId: string): Promise<void>;
}

export interface MemoryIdempotencyStoreOptions {
  /** Oldest keys are forgotten beyond this many; default 100 000 (far more than a relay retries). */
  maxEntries?: number;
}

export function createMemoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): IdempotencyStore {
  const maxEntries = options.maxEntries ?? 100_000;
  const sent = new Map<string, string>();
  return {
    async get(key) {
      return sent.get(key);
    },
    async set(key, providerMessageId) {
      sent.set(key, providerMessageId);
      if (sent.size > maxEntries) sent.delete(sent.keys().next().value as string);
    },
  };
}
