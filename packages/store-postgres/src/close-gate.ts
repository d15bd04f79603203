import { ClosedError } from '@aduan/spec';

/** Lets operations run until `close`, which waits for the running ones before releasing anything. */
export interface CloseGate {
  readonly closed: boolean;
  /** Runs `operation`, or fails with `ClosedError` once `close` was called. */
  run<T>(operation: () => Promise<T>): Promise<T>;
  /**
   * Refuses new operations at once, waits for the running ones to settle, then calls `release`
   * once. Later calls answer the first call's outcome: closing is idempotent.
   */
  close(release: () => Promise<void>): Promise<void>;
}

/** A gate for `what` (named in the `ClosedError` of calls after close, e.g. `PostgreSQL store`). */
export function createCloseGate(what: string): CloseGate {
  const running = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;
  return {
    get closed() {
      return closing !== undefined;
    },
    run<T>(operation: () => Promise<T>): Promise<T> {
      if (closing) return Promise.reject(new ClosedError(what));
      const pending = Promise.resolve().then(operation);
      running.add(pending);
      const forget = () => running.delete(pending);
      pending.then(forget, forget);
      return pending;
    },
    close(release) {
      closing ??= Promise.allSettled([...running]).then(release);
      return closing;
    },
  };
}
