import { z } from 'zod';
import type { ClockMath } from './clock-math.js';

/**
 * One running stage clock, as plain JSON. Time accrues only in `spans` (closed) and from
 * `runningSince` (null while paused), so a pause simply leaves a gap. Budgets are not stored:
 * they are looked up from the policy and the complaint's current classification and tier.
 */
export const clockRecordSchema = z
  .object({
    startedAt: z.string(),
    spans: z.array(z.tuple([z.string(), z.string()])),
    runningSince: z.string().nullable(),
    /** The highest warning fraction already announced; 0 when none was. */
    warnedUpTo: z.number(),
    missed: z.boolean(),
  })
  .strict();

export type ClockRecord = z.output<typeof clockRecordSchema>;

export function startClock(at: string): ClockRecord {
  return { startedAt: at, spans: [], runningSince: at, warnedUpTo: 0, missed: false };
}

export function pauseClock(clock: ClockRecord, at: string): ClockRecord {
  if (clock.runningSince === null) return clock;
  return { ...clock, spans: [...clock.spans, [clock.runningSince, at]], runningSince: null };
}

export function resumeClock(clock: ClockRecord, at: string): ClockRecord {
  return clock.runningSince === null ? { ...clock, runningSince: at } : clock;
}

export type RunningClock = ClockRecord & { runningSince: string };

export const isRunning = (clock: ClockRecord | undefined): clock is RunningClock => clock !== undefined && clock.runningSince !== null;

/**
 * The instant at which a running clock has accrued `targetMs` (> 0): inside an earlier span when
 * it got there before a pause, otherwise after `runningSince`.
 */
export function instantReaching(clock: RunningClock, targetMs: number, math: ClockMath): number {
  let accrued = 0;
  for (const [from, to] of clock.spans) {
    const start = Date.parse(from);
    const inSpan = math.elapsed(start, Date.parse(to));
    if (accrued + inSpan >= targetMs) return math.reach(start, targetMs - accrued);
    accrued += inSpan;
  }
  return math.reach(Date.parse(clock.runningSince), targetMs - accrued);
}
