import type { Clock } from '@aduan/spec';

/** A clock that moves only when told to: a 60-working-day SLA can be simulated in milliseconds. */
export interface VirtualClock extends Clock {
  /** Moves forward by `ms` milliseconds (negative values are refused: time does not run back). */
  advanceBy(ms: number): Date;
  /** Jumps to an instant at or after the current one. */
  advanceTo(instant: Date | string): Date;
}

export function createVirtualClock(start: Date | string = '2026-01-05T01:00:00.000Z'): VirtualClock {
  let current = new Date(start).getTime();
  if (Number.isNaN(current)) throw new RangeError(`createVirtualClock: "${String(start)}" is not a date`);
  const moveTo = (next: number): Date => {
    if (Number.isNaN(next) || next < current) throw new RangeError('VirtualClock cannot move backwards or to an invalid instant');
    current = next;
    return new Date(current);
  };
  return {
    now: () => new Date(current),
    advanceBy: (ms) => moveTo(current + ms),
    advanceTo: (instant) => moveTo(new Date(instant).getTime()),
  };
}
