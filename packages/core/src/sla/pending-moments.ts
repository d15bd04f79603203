import type { ComplaintContext, ComplaintStatus } from '@aduan/spec';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { budgetMs, clockMath, type ClockMath } from './clock-math.js';
import { accruedBy, instantReaching, isRunning, type ClockRecord } from './clock-record.js';
import type { PendingMoment, StageClocks } from './deadline-state.js';
import { AGENCY_STAGES, type AgencyStage, type SlaClock, type SlaPolicyConfig, type SlaStage } from './sla-policy-schema.js';
import { stageClock } from './stage-budget.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** A stage clock's budget and arithmetic for this complaint now. */
export interface StageTiming {
  clock: SlaClock;
  math: ClockMath;
  total: number;
}

export function stageTiming(
  record: ClockRecord,
  stage: SlaStage,
  context: Readonly<ComplaintContext>,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
): StageTiming {
  const clock = stageClock(policy, stage, context);
  return { clock, math: clockMath(clock.unit, calendar, Date.parse(record.startedAt)), total: budgetMs(clock) };
}

/**
 * When a clock's stage lapses: for a running clock its deadline, for an ended one the deadline it
 * had (as if it had run on), for a paused one the moment its budget ran out before the pause, or
 * null when it had not (no end in sight while it stands still).
 */
export function lapseOf(record: ClockRecord, timing: StageTiming): number | null {
  const resumedAt = record.runningSince ?? record.endedAt;
  if (resumedAt === null && accruedBy(record, Number.POSITIVE_INFINITY, timing.math) < timing.total) return null;
  return timing.math.lapseAt(instantReaching(record, resumedAt ?? record.startedAt, timing.total, timing.math));
}

/** The warnings of a running clock not announced yet, each with the moment it is due. */
export function warningMoments(record: ClockRecord, timing: StageTiming, policy: SlaPolicyConfig): { fraction: number; dueAt: number }[] {
  const resumedAt = record.runningSince ?? record.startedAt;
  return policy.warnings
    .filter((fraction) => fraction > record.warnedUpTo)
    .map((fraction) => {
      const reached = instantReaching(record, resumedAt, Math.max(1, Math.round(fraction * timing.total)), timing.math);
      return { fraction, dueAt: timing.math.warningAt(reached) };
    });
}

/**
 * Every moment the sweep may have to act on, in a fixed order that also breaks ties: the
 * confirmation window, the missing-data window, then per agency stage its lapse and its
 * warnings not yet announced. Paused, ended and missed clocks offer nothing.
 */
function candidates(
  clocks: StageClocks,
  status: ComplaintStatus,
  context: Readonly<ComplaintContext>,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
): PendingMoment[] {
  const found: PendingMoment[] = [];
  if (status === 'responded' && context.confirmBy) {
    found.push({ kind: 'confirmation', dueAt: context.confirmBy, stage: 'confirmation', fraction: null, stageDueAt: context.confirmBy });
  }
  const needsInfo = clocks.needsInfo;
  if (isRunning(needsInfo)) {
    const dueAt = iso(lapseOf(needsInfo, stageTiming(needsInfo, 'needsInfo', context, policy, calendar))!);
    found.push({ kind: 'needsInfo', dueAt, stage: 'needsInfo', fraction: null, stageDueAt: dueAt });
  }
  for (const stage of AGENCY_STAGES) {
    const record = clocks[stage];
    if (!isRunning(record) || record.missed) continue;
    const timing = stageTiming(record, stage, context, policy, calendar);
    const stageDueAt = iso(lapseOf(record, timing)!);
    found.push({ kind: `${stage}.missed`, dueAt: stageDueAt, stage, fraction: null, stageDueAt });
    for (const warning of warningMoments(record, timing, policy)) {
      found.push({ kind: `${stage}.warning`, dueAt: iso(warning.dueAt), stage, fraction: warning.fraction, stageDueAt });
    }
  }
  return found;
}

/** The earliest pending moment, or null when nothing is pending. */
export function nextMoment(
  clocks: StageClocks,
  status: ComplaintStatus,
  context: Readonly<ComplaintContext>,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
): PendingMoment | null {
  let earliest: PendingMoment | null = null;
  for (const moment of candidates(clocks, status, context, policy, calendar)) {
    if (earliest === null || Date.parse(moment.dueAt) < Date.parse(earliest.dueAt)) earliest = moment;
  }
  return earliest;
}

/** When the nearest running agency stage lapses, also when that has passed (overdue); null when none runs. */
export function nearestLapse(
  clocks: StageClocks,
  context: Readonly<ComplaintContext>,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
): string | null {
  let nearest: number | null = null;
  for (const stage of AGENCY_STAGES as readonly AgencyStage[]) {
    const record = clocks[stage];
    if (!isRunning(record)) continue;
    const lapse = lapseOf(record, stageTiming(record, stage, context, policy, calendar))!;
    if (nearest === null || lapse < nearest) nearest = lapse;
  }
  return nearest === null ? null : iso(nearest);
}
