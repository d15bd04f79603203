import type { ComplaintContext, DeadlineClockV1 } from '@aduan/spec';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { accruedBy, isOpen } from './clock-record.js';
import { TRACKED_STAGES, type SlaDeadlineState } from './deadline-state.js';
import { lapseOf, stageTiming } from './pending-moments.js';
import type { SlaPolicyConfig } from './sla-policy-schema.js';
import { STAGE_LABELS } from './stage-labels.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Every stage clock of a complaint as people see it at `now`, in stage order: open clocks are
 * `running` or `paused` until their deadline passes (`breached`); ended ones are `met` when they
 * ended in time, `breached` otherwise.
 */
export function stageClocks(
  state: SlaDeadlineState,
  context: Readonly<ComplaintContext>,
  now: Date,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
): DeadlineClockV1[] {
  const clocks: DeadlineClockV1[] = [];
  for (const stage of TRACKED_STAGES) {
    const record = state.clocks[stage];
    if (!record) continue;
    const timing = stageTiming(record, stage, context, policy, calendar);
    const lapse = lapseOf(record, timing);
    const open = isOpen(record);
    const until = open ? now.getTime() : Date.parse(record.endedAt!);
    const used = accruedBy(record, until, timing.math) / timing.total;
    const late = lapse !== null && until > lapse;
    const clockState: DeadlineClockV1['state'] = late ? 'breached' : !open ? 'met' : record.runningSince === null ? 'paused' : 'running';
    clocks.push({
      stage,
      label: STAGE_LABELS[stage],
      state: clockState,
      startedAt: record.startedAt,
      dueAt: lapse === null ? null : iso(lapse),
      budget: { amount: timing.clock.amount, unit: timing.clock.unit },
      usedFraction: used,
    });
  }
  return clocks;
}
