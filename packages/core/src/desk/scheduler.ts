import type { SweepOptions, SweepReport } from './sweep.js';

export interface SchedulerOptions extends Omit<SweepOptions, 'now'> {
  /** Time between sweeps. Default 60 s. */
  intervalMs?: number;
  onSweep?: (report: SweepReport) => void;
  /** A failed round (e.g. the database was unreachable); the next round tries again. */
  onError?: (error: unknown) => void;
}

export interface Scheduler {
  /** Stops the timer and waits for a running sweep to finish. */
  stop(): Promise<void>;
}

/** Runs `sweep` periodically, never two rounds at once. Timers hold no state: deadlines are in the store. */
export function startScheduler(sweep: (options: SweepOptions) => Promise<SweepReport>, options: SchedulerOptions = {}): Scheduler {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = sweep(options)
      .then((report) => options.onSweep?.(report))
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
  }, options.intervalMs ?? 60_000);
  timer.unref?.();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
