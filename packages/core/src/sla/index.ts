export { createSlaPolicy, type SlaDeadlinePolicy } from './create-sla-policy.js';
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
export type { PendingMoment, SlaDeadlineKind, SlaDeadlineState } from './deadline-state.js';
