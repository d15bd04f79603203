import type { DueAction } from '../deadlines.js';
import type { ComplaintContext } from '../machine/complaint-machine.js';
import type { SlaDeadlineState } from './deadline-state.js';
import { AGENCY_STAGES, type AgencyStage, type SlaPolicyConfig, type SlaStage } from './sla-policy-schema.js';

const isAgencyStage = (stage: SlaStage): stage is AgencyStage => (AGENCY_STAGES as readonly SlaStage[]).includes(stage);

/**
 * What the sweep does for the pending moment: announce a warning, record a lapse (and escalate
 * one level above the complaint's current one when the policy says so and the chain has one),
 * resolve by silence, or archive as incomplete.
 */
export function dueActionFor(state: SlaDeadlineState, context: Readonly<ComplaintContext>, policy: SlaPolicyConfig): DueAction | null {
  const pending = state.pending;
  if (!pending) return null;
  if (pending.stage === 'confirmation') return { type: 'resolve_by_silence', dueAt: pending.dueAt };
  if (!isAgencyStage(pending.stage)) return { type: 'archive_incomplete', dueAt: pending.dueAt };
  if (pending.fraction !== null) {
    return {
      type: 'announce_approaching',
      event: { type: 'complaint-deadline-approaching', payload: { stage: pending.stage, fraction: pending.fraction, dueAt: pending.stageDueAt } },
    };
  }
  const stage = pending.stage;
  const next = policy.escalation.onMissed[stage] === 'escalate' ? policy.escalation.levels.find((level) => level.level > context.escalationLevel) : undefined;
  return {
    type: 'record_missed',
    event: { type: 'complaint-deadline-missed', payload: { stage, dueAt: pending.dueAt } },
    escalateTo: next ? { level: next.level, label: next.label } : null,
  };
}
