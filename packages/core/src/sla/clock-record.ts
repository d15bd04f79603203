import { z } from 'zod';
import type { ClockMath } from './clock-math.js';

/**
 * One stage clock, as plain JSON. Time accrues only in `spans` (closed) and from `runningSince`
 * (null while paused or ended), so a pause simply leaves a gap. An ended clock keeps its record
 * (`endedAt`) so the desk can show whether the stage was met. Budgets are not stored: they are
 * looked up from the policy and the complaint's current classification and tier.
 */
export const clockRecordSchema = z
  .object({
    startedAt: z.string(),
    spans: z.array(z.tuple([z.string(), z.string()])),
    runningSince: z.string().nullable(),
    /** The highest warning fraction already announced; 0 when none was. */
    warnedUpTo: z.number(),
    missed: z.boolean(),
    /** When the stage ended (met, or handed on); null while it is open. */
    endedAt: z.string().nullable(),
  })
  .strict();

export type ClockRecord = z.output<typeof clockRecordSchema>;

export function startClock(at: string): ClockRecord {
  return { startedAt: at, spans: [], runningSince: at, warnedUpTo: 0, missed: false, endedAt: null };
}

export function pauseClock(clock: ClockRecord, at: string): ClockRecord {
  if (clock.runningSince === null) return clock;
  return { ...clock, spans: [...clock.spans, [clock.runningSince, at]], runningSince: null };
}

export function resumeClock(clock: ClockRecord, at: string): ClockRecord {
  return clock.runningSince === null && clock.endedAt === null ? { ...clock, runningSince: at } : clock;
}

export function endClock(clock: ClockRecord, at: string): ClockRecord {
  return clock.endedAt === null ? { ...pauseClock(clock, at), endedAt: at } : clock;
}

export type RunningClock = ClockRecord & { runningSince: string };

export const isRunning = (clock: ClockRecord | undefined): clock is RunningClock => clock !== undefined && clock.runningSince !== null;

/** Whether a clock exists and has not ended (it may be paused). */
export const isOpen = (clock: ClockRecord | undefined): boolean => clock !== undefined && clock.endedAt === null;

/** Clock time accrued by `at` (at most up to the clock's end). */
export function accruedBy(clock: ClockRecord, at: number, math: ClockMath): number {
  let accrued = 0;
  for (const [from, to] of clock.spans) accrued += Math.max(0, math.elapsed(Date.parse(from), Math.min(Date.parse(to), at)));
  if (clock.runningSince !== null) accrued += Math.max(0, math.elapsed(Date.parse(clock.runningSince), at));
  return accrued;
}

/**
 * The instant at which a clock has accrued `targetMs` (> 0): inside an earlier span when it got
 * there before a pause, otherwise after `resumedAt` (where a running clock runs from; for an
 * ended or paused clock, where it would run from if it went on).
 */
export function instantReaching(clock: ClockRecord, resumedAt: string, targetMs: number, math: ClockMath): number {
  let accrued = 0;
  for (const [from, to] of clock.spans) {
    const start = Date.parse(from);
    const inSpan = math.elapsed(start, Date.parse(to));
    if (accrued + inSpan >= targetMs) return math.reach(start, targetMs - accrued);
    accrued += inSpan;
  }
  return math.reach(Date.parse(resumedAt), targetMs - accrued);
}
