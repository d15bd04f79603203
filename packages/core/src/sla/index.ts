/**
 * Deadline policies for the desk (`createDesk({ deadlines })`): the SLA engine, driven by a
 * policy as data and a working calendar (`@aduan/core/calendar`), its presets, and the default
 * confirmation-only policy.
 *
 * @packageDocumentation
 * @module @aduan/core/sla
 */
export { createSlaPolicy, type SlaDeadlinePolicy } from './create-sla-policy.js';
export { createConfirmationOnlyPolicy } from './create-confirmation-only-policy.js';
export { laporSlaPolicy, pekalonganSlaPolicy, slaPresets } from './presets.js';
export {
  AGENCY_STAGES,
  COMPLAINT_TIERS,
  defaultEscalation,
  SLA_STAGES,
  SLA_UNITS,
  slaPolicySchema,
  type AgencyStage,
  type ComplaintTier,
  type EscalationLevel,
  type SlaClock,
  type SlaPolicyConfig,
  type SlaPolicyInput,
  type SlaStage,
  type SlaUnit,
} from './sla-policy-schema.js';
export { STAGE_LABELS } from './stage-labels.js';
export type { PendingMoment, SlaDeadlineKind, SlaDeadlineState, TrackedStage } from './deadline-state.js';
