/**
 * Remembers when each resident last wrote, so replies know whether WhatsApp's customer-service
 * window is open. The default lives in memory (one process); back it with shared storage when
 * several app instances receive webhooks.
 */
export interface WindowTracker {
  /** Records an inbound message; must keep the latest time when calls arrive out of order. */
  noteInbound(address: string, at: Date): Promise<void>;
  lastInboundAt(address: string): Promise<Date | undefined>;
}

export interface MemoryWindowTrackerOptions {
  /** Oldest contacts are forgotten beyond this many; default 100 000. */
  maxEntries?: number;
}

export function createMemoryWindowTracker(options: MemoryWindowTrackerOptions = {}): WindowTracker {
  const maxEntries = options.maxEntries ?? 100_000;
  const latest = new Map<string, number>();
  return {
    async noteInbound(address, at) {
      const time = Math.max(at.getTime(), latest.get(address) ?? Number.NEGATIVE_INFINITY);
      // Delete then set: Map keeps insertion order, so the first key is the least recently active.
      latest.delete(address);
      latest.set(address, time);
      if (latest.size > maxEntries) latest.delete(latest.keys().next().value as string);
    },
    async lastInboundAt(address) {
      const time = latest.get(address);
      return time === undefined ? undefined : new Date(time);
    },
  };
}
