import { MinHeap } from '../support/min-heap.js';

interface Entry {
  at: number;
  seq: number;
  act: () => Promise<void>;
}

/** Future acts of the simulation, earliest first; acts due at the same instant keep their order. */
export class Agenda {
  private readonly heap = new MinHeap<Entry>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));
  private seq = 0;

  nextAt(): number {
    return this.heap.peek()?.at ?? Number.POSITIVE_INFINITY;
  }

  add(at: number, act: () => Promise<void>): void {
    this.heap.push({ at, seq: this.seq++, act });
  }

  take(): () => Promise<void> {
    const entry = this.heap.pop();
    if (!entry) throw new RangeError('Agenda is empty');
    return entry.act;
  }
}
