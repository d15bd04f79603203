import { ClosedError } from '@aduan/spec';

/**
 * Counts the desk's operations in flight, so `close()` can refuse new ones and wait for the
 * running ones to finish before the store goes away.
 */
export class DeskGate {
  private open = true;
  private inFlight = 0;
  private idle: { promise: Promise<void>; resolve: () => void } | undefined;

  /** Runs `operation` unless the desk is closed (then `ClosedError`). */
  async run<T>(operation: () => Promise<T>): Promise<T> {
    if (!this.open) throw new ClosedError('desk');
    this.inFlight++;
    try {
      return await operation();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.idle?.resolve();
    }
  }

  /** Refuses new operations from now on; resolves once the running ones have finished. */
  close(): Promise<void> {
    this.open = false;
    if (this.inFlight === 0) return Promise.resolve();
    if (!this.idle) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.idle = { promise, resolve };
    }
    return this.idle.promise;
  }
}
