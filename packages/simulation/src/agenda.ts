interface Entry {
  at: number;
  act: () => Promise<void>;
}

/**
 * Future acts of the simulation, earliest first; acts due at the same instant keep the order
 * they were added in. A sorted array: a simulated year holds a few thousand acts at a time.
 */
export class Agenda {
  private readonly entries: Entry[] = [];

  nextAt(): number {
    return this.entries[0]?.at ?? Number.POSITIVE_INFINITY;
  }

  add(at: number, act: () => Promise<void>): void {
    // After every entry due at or before `at`: equal instants stay in insertion order.
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.entries[middle]!.at <= at) low = middle + 1;
      else high = middle;
    }
    this.entries.splice(low, 0, { at, act });
  }

  take(): () => Promise<void> {
    const entry = this.entries.shift();
    if (!entry) throw new RangeError('Agenda is empty');
    return entry.act;
  }
}
