import { z } from 'zod';
import { classificationSchema, COMPLAINT_TIERS, type ComplaintTier } from '../schemas/common.js';
import { keyedObject } from './keyed-object.js';

/** Every clock an SLA policy sets. */
export const SLA_STAGES = ['verification', 'followUp', 'confirmation', 'resolution', 'needsInfo'] as const;
export type SlaStage = (typeof SLA_STAGES)[number];

/** The stages that are the agency's work: they get warnings, and a lapse is "missed". */
export const AGENCY_STAGES = ['verification', 'followUp', 'resolution'] as const;
export type AgencyStage = (typeof AGENCY_STAGES)[number];

export { COMPLAINT_TIERS, type ComplaintTier };

export const SLA_UNITS = ['working_days', 'calendar_days', 'office_hours'] as const;
export type SlaUnit = (typeof SLA_UNITS)[number];

const clockSchema = z
  .object({ amount: z.number().positive().max(3_650), unit: z.enum(SLA_UNITS) })
  .strict()
  .refine((clock) => clock.unit !== 'working_days' || Number.isInteger(clock.amount), {
    path: ['amount'],
    message: 'working days must be a whole number',
  });

const clocksSchema = keyedObject(SLA_STAGES, clockSchema);
const clockOverridesSchema = clocksSchema.partial();

const labelSchema = z.object({ id: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200).optional() }).strict();

const isAscending = (values: readonly number[]): boolean =>
  values.every((value, index) => index === 0 || value > (values[index - 1] ?? -Infinity));

const escalationSchema = z
  .object({
    levels: z
      .array(z.object({ level: z.number().int().min(1).max(10), label: labelSchema }).strict())
      .min(1)
      .refine((levels) => isAscending(levels.map((level) => level.level)), 'levels must be in ascending order'),
    /** What a lapsed agency stage does besides recording it: also escalate one level, or only notify. */
    onMissed: keyedObject(AGENCY_STAGES, z.enum(['escalate', 'notify'])),
  })
  .strict();

type EscalationConfig = z.output<typeof escalationSchema>;

/** Unit head → coordinator → Sekda / Wali Kota: the chain users of other systems ask for most. */
export function defaultEscalation(): EscalationConfig {
  return {
    levels: [
      { level: 1, label: { id: 'Kepala unit', en: 'Unit head' } },
      { level: 2, label: { id: 'Admin koordinator', en: 'Coordinator' } },
      { level: 3, label: { id: 'Sekda / Wali Kota', en: 'Regional secretary / Mayor' } },
    ],
    onMissed: { verification: 'escalate', followUp: 'escalate', resolution: 'escalate' },
  };
}

/**
 * An SLA policy as data: a clock per stage, overrides by classification and by tier (the tier
 * wins), warning fractions, the statuses in which clocks stand still, and the escalation chain.
 */
export const slaPolicySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    clocks: clocksSchema,
    overrides: z
      .object({
        classification: keyedObject(classificationSchema.options, clockOverridesSchema.optional()).default({}),
        tier: keyedObject(COMPLAINT_TIERS, clockOverridesSchema.optional()).default({}),
      })
      .strict()
      .default({ classification: {}, tier: {} }),
    warnings: z.array(z.number().gt(0).lt(1)).max(5).refine(isAscending, 'fractions must be ascending and distinct').default([0.5, 0.8]),
    /** Clocks stand still while the complaint waits on the complainant. */
    pauseWhile: z.array(z.enum(['needs_info', 'responded'])).default(['needs_info']),
    escalation: escalationSchema.default(defaultEscalation),
  })
  .strict();

export type SlaPolicyInput = z.input<typeof slaPolicySchema>;
export type SlaPolicyConfig = z.output<typeof slaPolicySchema>;
export type SlaClock = z.output<typeof clockSchema>;
export type EscalationLevel = EscalationConfig['levels'][number];
