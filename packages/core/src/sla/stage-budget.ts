import type { ComplaintContext } from '@aduan/spec';
import { COMPLAINT_TIERS, type ComplaintTier, type SlaClock, type SlaPolicyConfig, type SlaStage } from './sla-policy-schema.js';

const isTier = (tier: string | null): tier is ComplaintTier => (COMPLAINT_TIERS as readonly (string | null)[]).includes(tier);

/**
 * The clock of `stage` for this complaint now: the tier's override, else the classification's,
 * else the policy's. Read at every fold, so verifying a complaint as `ringan` re-times it.
 */
export function stageClock(policy: SlaPolicyConfig, stage: SlaStage, context: Readonly<ComplaintContext>): SlaClock {
  const byTier = isTier(context.tier) ? policy.overrides.tier[context.tier]?.[stage] : undefined;
  return byTier ?? policy.overrides.classification[context.classification]?.[stage] ?? policy.clocks[stage];
}
