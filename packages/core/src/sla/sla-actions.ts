import type { ComplaintContext, DueAction } from '@aduan/spec';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { PendingMoment, SlaDeadlineState } from './deadline-state.js';
import { stageTiming, warningMoments } from './pending-moments.js';
import { AGENCY_STAGES, type AgencyStage, type SlaPolicyConfig, type SlaStage } from './sla-policy-schema.js';

const isAgencyStage = (stage: SlaStage): stage is AgencyStage => (AGENCY_STAGES as readonly SlaStage[]).includes(stage);

function recordMissed(stage: AgencyStage, dueAt: string, context: Readonly<ComplaintContext>, policy: SlaPolicyConfig): DueAction {
  const next =
    policy.escalation.onMissed[stage] === 'escalate'
      ? policy.escalation.levels.find((level) => level.level > context.escalationLevel)
      : undefined;
  return {
    type: 'record_missed',
    event: { type: 'complaint-deadline-missed', payload: { stage, dueAt } },
    escalateTo: next ? { level: next.level, label: next.label } : null,
  };
}

/**
 * The warning worth announcing at `now`: the highest fraction whose moment has come (a sweep that
 * ran late skips the smaller ones), or the lapse itself once the stage is past due.
 */
function lateWarning(
  pending: PendingMoment & { stage: AgencyStage },
  state: SlaDeadlineState,
  context: Readonly<ComplaintContext>,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
  now: number,
): DueAction {
  if (now >= Date.parse(pending.stageDueAt)) return recordMissed(pending.stage, pending.stageDueAt, context, policy);
  const record = state.clocks[pending.stage];
  let fraction = pending.fraction!;
  if (record) {
    for (const warning of warningMoments(record, stageTiming(record, pending.stage, context, policy, calendar), policy)) {
      if (warning.dueAt <= now && warning.fraction > fraction) fraction = warning.fraction;
    }
  }
  return {
    type: 'announce_approaching',
    event: { type: 'complaint-deadline-approaching', payload: { stage: pending.stage, fraction, dueAt: pending.stageDueAt } },
  };
}

/**
 * What the sweep does for the pending moment at `now`: announce a warning, record a lapse (and
 * escalate one level above the complaint's current one when the policy says so and the chain has
 * one), resolve by silence, or archive as incomplete. A late sweep announces only what is still
 * news: the lapse when the stage is past due, else the latest warning reached.
 */
export function dueActionFor(
  state: SlaDeadlineState,
  context: Readonly<ComplaintContext>,
  now: Date,
  policy: SlaPolicyConfig,
  calendar: WorkingCalendar,
): DueAction | null {
  const pending = state.pending;
  if (!pending) return null;
  if (pending.stage === 'confirmation') return { type: 'resolve_by_silence', dueAt: pending.dueAt };
  if (!isAgencyStage(pending.stage)) return { type: 'archive_incomplete', dueAt: pending.dueAt };
  if (pending.fraction !== null) return lateWarning({ ...pending, stage: pending.stage }, state, context, policy, calendar, now.getTime());
  return recordMissed(pending.stage, pending.dueAt, context, policy);
}
