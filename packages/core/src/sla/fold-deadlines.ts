import { FINAL_COMPLAINT_STATUSES, RebuildRequiredError, type ComplaintContext, type ComplaintStatus, type StoredEvent } from '@aduan/spec';
import { z } from 'zod';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { endClock, isOpen, pauseClock, resumeClock, startClock } from './clock-record.js';
import { SLA_STATE_VERSION, TRACKED_STAGES, type SlaDeadlineState, type StageClocks, type TrackedStage } from './deadline-state.js';
import { nearestLapse, nextMoment } from './pending-moments.js';
import { AGENCY_STAGES, type SlaPolicyConfig } from './sla-policy-schema.js';

/**
 * Which clocks an event ends and (re)starts. A restart is a fresh clock: a complaint disposed to
 * another unit, returned for re-routing or reopened gives the next actor its full time. An
 * escalation ends the stage clocks (a higher level takes over) but not the resolution clock.
 */
const STAGE_CHANGES: Readonly<Record<string, { end?: readonly TrackedStage[]; start?: readonly TrackedStage[] }>> = {
  'complaint-received': { start: ['verification', 'resolution'] },
  'complaint-info-requested': { start: ['needsInfo'] },
  'complaint-info-provided': { end: ['needsInfo'] },
  'complaint-disposed': { end: ['verification'], start: ['followUp'] },
  'complaint-returned': { end: ['followUp'], start: ['verification'] },
  'complaint-responded': { end: ['followUp'], start: ['confirmation'] },
  'complaint-confirmed': { end: ['confirmation'] },
  'complaint-reopened': { end: ['confirmation'], start: ['followUp'] },
  'complaint-escalated': { end: ['verification', 'followUp', 'confirmation'] },
  // Handed to another authority through SP4N-LAPOR!: forwarding ends the verification stage, and
  // the city no longer owes a resolution.
  'complaint-handed-over': { end: ['verification', 'followUp', 'resolution'] },
};

const FINAL: readonly ComplaintStatus[] = FINAL_COMPLAINT_STATUSES;

/** The sweep's own events, appended after it acted on a warning or a lapse. */
const approachingPayload = z.object({ stage: z.enum(AGENCY_STAGES), fraction: z.number() });
const missedPayload = z.object({ stage: z.enum(AGENCY_STAGES) });

function changeStages(clocks: StageClocks, event: StoredEvent, status: ComplaintStatus): StageClocks {
  const change = STAGE_CHANGES[event.type];
  const next: StageClocks = { ...clocks };
  for (const stage of change?.end ?? []) {
    const clock = next[stage];
    if (clock) next[stage] = endClock(clock, event.at);
  }
  for (const stage of change?.start ?? []) next[stage] = startClock(event.at);
  // A complaint waiting for verification always has a verification clock: one escalated before
  // verification and then sent for missing data gets a fresh clock when the data arrives.
  if (status === 'received' && !isOpen(next.verification)) next.verification = startClock(event.at);
  return next;
}

function recordAnnouncements(clocks: StageClocks, event: StoredEvent): StageClocks {
  if (event.type === 'complaint-deadline-approaching') {
    const payload = approachingPayload.safeParse(event.payload);
    const clock = payload.success ? clocks[payload.data.stage] : undefined;
    if (!payload.success || !clock) return clocks;
    return { ...clocks, [payload.data.stage]: { ...clock, warnedUpTo: Math.max(clock.warnedUpTo, payload.data.fraction) } };
  }
  if (event.type === 'complaint-deadline-missed') {
    const payload = missedPayload.safeParse(event.payload);
    const clock = payload.success ? clocks[payload.data.stage] : undefined;
    if (!payload.success || !clock) return clocks;
    return { ...clocks, [payload.data.stage]: { ...clock, missed: true } };
  }
  return clocks;
}

/**
 * Stage clocks stand still in the policy's `pauseWhile` statuses; the missing-data and
 * confirmation windows never do. A final status ends every clock still open.
 */
function pauseOrResume(clocks: StageClocks, status: ComplaintStatus, at: string, policy: SlaPolicyConfig): StageClocks {
  const next: StageClocks = { ...clocks };
  if (FINAL.includes(status)) {
    for (const stage of TRACKED_STAGES) {
      const clock = next[stage];
      if (clock) next[stage] = endClock(clock, at);
    }
    return next;
  }
  const paused = (policy.pauseWhile as readonly ComplaintStatus[]).includes(status);
  for (const stage of AGENCY_STAGES) {
    const clock = next[stage];
    if (clock) next[stage] = paused ? pauseClock(clock, at) : resumeClock(clock, at);
  }
  return next;
}

/**
 * Folds one event into the SLA bookkeeping. Pure: it reads only its arguments (the event's own
 * time, never a clock), so replaying a stream reproduces the state exactly.
 */
export function foldDeadlines(
  previous: SlaDeadlineState | null,
  event: StoredEvent,
  status: ComplaintStatus,
  context: Readonly<ComplaintContext>,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
): SlaDeadlineState {
  if (previous === null && event.type !== 'complaint-received') {
    throw new RebuildRequiredError(`No SLA bookkeeping precedes ${event.type} of complaint ${event.complaintId}`, {
      complaintId: event.complaintId,
    });
  }
  const changed = recordAnnouncements(changeStages(previous?.clocks ?? {}, event, status), event);
  const clocks = pauseOrResume(changed, status, event.at, policy);
  const pending = nextMoment(clocks, status, context, policy, calendar);
  return {
    deadline: pending && { kind: pending.kind, dueAt: pending.dueAt },
    dueAt: nearestLapse(clocks, context, policy, calendar),
    sla: SLA_STATE_VERSION,
    clocks,
    pending,
  };
}
