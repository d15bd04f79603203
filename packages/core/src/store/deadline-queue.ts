import { MinHeap } from '../support/min-heap.js';

interface Entry {
  at: number;
  id: string;
}

/**
 * Which complaints have a deadline due, without scanning them all: a heap of "claimable from"
 * instants with lazy deletion. Every change pushes a fresh entry; an entry is acted on only if it
 * still matches the complaint's current due time or lease, otherwise it is dropped as stale.
 */
export class DeadlineQueue {
  private readonly dueAt = new Map<string, number>();
  private readonly leasedUntil = new Map<string, number>();
  private readonly heap = new MinHeap<Entry>((a, b) => a.at < b.at || (a.at === b.at && a.id < b.id));

  /** Sets (or with null, removes) a complaint's pending deadline; any lease on it ends. */
  set(id: string, dueAt: number | null): void {
    this.leasedUntil.delete(id);
    if (dueAt === null) {
      this.dueAt.delete(id);
      return;
    }
    this.dueAt.set(id, dueAt);
    this.heap.push({ at: dueAt, id });
    this.compactIfStale();
  }

  /** Leases up to `limit` complaints due at `now`, soonest first, until `now + leaseMs`. */
  claim(now: number, limit: number, leaseMs: number): string[] {
    const claimed = new Set<string>();
    const until = now + leaseMs;
    while (claimed.size < limit) {
      const top = this.heap.peek();
      if (!top || top.at > now) break;
      this.heap.pop();
      // Skipped once claimed in this call: a complaint set twice to the same due time has two
      // entries, and with a zero lease taken at its due time the second would still match.
      if (claimed.has(top.id)) continue;
      const due = this.dueAt.get(top.id);
      if (due === undefined || Math.max(due, this.leasedUntil.get(top.id) ?? 0) !== top.at) continue;
      this.leasedUntil.set(top.id, until);
      claimed.add(top.id);
    }
    // Re-queued only after the loop: with a zero lease the entry is due at `now` again and the
    // loop would hand the same complaint out twice in one claim.
    for (const id of claimed) this.heap.push({ at: until, id });
    return [...claimed];
  }

  private compactIfStale(): void {
    if (this.heap.size < 2 * this.dueAt.size + 1_024) return;
    this.heap.clear();
    for (const [id, due] of this.dueAt) this.heap.push({ at: Math.max(due, this.leasedUntil.get(id) ?? 0), id });
  }
}
