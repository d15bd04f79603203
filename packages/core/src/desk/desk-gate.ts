import { AsyncLocalStorage } from 'node:async_hooks';
import { ClosedError } from '@aduan/spec';

/**
 * Counts the desk's operations in flight, so `close()` can refuse new ones and wait for the
 * running ones to finish before the store goes away.
 *
 * With V2 plugins the desk starts before their (asynchronous) setup has finished: operations then
 * wait for `ready`, and a call a plugin makes while one of its hooks or commands runs belongs to
 * that operation (tracked through AsyncLocalStorage) — it neither waits for readiness (setup itself
 * reads through the desk) nor is refused by a close that began meanwhile (that would cut a plugin's
 * work in half). Without V2 plugins none of this is needed, and nothing of it runs.
 */
export class DeskGate {
  private open = true;
  private inFlight = 0;
  private idle: { promise: Promise<void>; resolve: () => void } | undefined;
  private readonly inside: AsyncLocalStorage<true> | undefined;

  constructor(private readonly ready?: Promise<void>) {
    this.inside = ready === undefined ? undefined : new AsyncLocalStorage<true>();
  }

  /** Runs `operation` unless the desk is closed (then `ClosedError`), after plugin setup when there is one. */
  async run<T>(operation: () => Promise<T>): Promise<T> {
    if (!this.inside) return this.counted(operation);
    if (this.inside.getStore()) return operation();
    return this.counted(async () => {
      await this.ready;
      return operation();
    });
  }

  /** Runs plugin setup: counted (a close waits for it), and the desk calls it makes do not wait for its end. */
  setUp(operation: () => Promise<void>): Promise<void> {
    return this.counted(operation);
  }

  private async counted<T>(operation: () => Promise<T>): Promise<T> {
    if (!this.open) throw new ClosedError('desk');
    this.inFlight++;
    try {
      return await (this.inside ? this.inside.run(true, operation) : operation());
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
