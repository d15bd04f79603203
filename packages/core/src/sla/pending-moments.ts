import type { ComplaintStatus } from '@aduan/spec';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ComplaintContext } from '../machine/complaint-machine.js';
import { budgetMs, clockMath } from './clock-math.js';
import { instantReaching, isRunning } from './clock-record.js';
import type { PendingMoment, StageClocks } from './deadline-state.js';
import { AGENCY_STAGES, type SlaPolicyConfig } from './sla-policy-schema.js';
import { stageClock } from './stage-budget.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Every moment the sweep may have to act on, in a fixed order that also breaks ties: the
 * confirmation window, the missing-data window, then per agency stage its lapse and its
 * warnings not yet announced. Paused and missed clocks offer nothing.
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
    const clock = stageClock(policy, 'needsInfo', context);
    const math = clockMath(clock.unit, calendar, Date.parse(needsInfo.startedAt));
    const dueAt = iso(math.lapseAt(instantReaching(needsInfo, budgetMs(clock), math)));
    found.push({ kind: 'needsInfo', dueAt, stage: 'needsInfo', fraction: null, stageDueAt: dueAt });
  }
  for (const stage of AGENCY_STAGES) {
    const record = clocks[stage];
    if (!isRunning(record) || record.missed) continue;
    const clock = stageClock(policy, stage, context);
    const math = clockMath(clock.unit, calendar, Date.parse(record.startedAt));
    const total = budgetMs(clock);
    const stageDueAt = iso(math.lapseAt(instantReaching(record, total, math)));
    found.push({ kind: `${stage}.missed`, dueAt: stageDueAt, stage, fraction: null, stageDueAt });
    for (const fraction of policy.warnings.filter((f) => f > record.warnedUpTo)) {
      const reached = instantReaching(record, Math.max(1, Math.round(fraction * total)), math);
      found.push({ kind: `${stage}.warning`, dueAt: iso(math.warningAt(reached)), stage, fraction, stageDueAt });
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
