import type { LabelV1 } from '@aduan/spec';
import { z } from 'zod';
import type { KpiId } from './kpi-catalogue.js';

/** The colours a band may take (tables and charts map them to their own shades). */
export const BAND_COLOURS = ['green', 'blue', 'yellow', 'orange', 'red', 'grey'] as const;
export type BandColour = (typeof BAND_COLOURS)[number];

/** A band a figure falls in: its colour and what it means, Bahasa Indonesia first. */
export interface BandResult {
  colour: BandColour;
  label: LabelV1;
}

/**
 * The colour bands of one KPI. With `higherIsBetter`, a value gets the first step whose `threshold`
 * it reaches (value ≥ threshold; steps in descending order); otherwise the first step it stays
 * within (value ≤ threshold; steps in ascending order). A value that meets no step gets `otherwise`.
 * Shares are compared as fractions (0.9 = 90 %), days in working days, ratings on their 1–5 scale.
 */
export interface KpiBands {
  higherIsBetter: boolean;
  steps: readonly (BandResult & { threshold: number })[];
  otherwise: BandResult;
}

/** Colour bands by KPI id; a KPI without bands is shown without colour. */
export type BandsConfig = Partial<Record<KpiId, KpiBands>>;

const labelSchema = z.object({ id: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100).optional() }).strict();
const bandSchema = z.object({ colour: z.enum(BAND_COLOURS), label: labelSchema }).strict();

export const kpiBandsSchema = z
  .object({
    higherIsBetter: z.boolean(),
    steps: z
      .array(bandSchema.extend({ threshold: z.number().finite() }))
      .min(1)
      .max(6),
    otherwise: bandSchema,
  })
  .strict()
  .superRefine((bands, ctx) => {
    bands.steps.forEach((step, index) => {
      const previous = bands.steps[index - 1];
      if (!previous) return;
      const ordered = bands.higherIsBetter ? step.threshold < previous.threshold : step.threshold > previous.threshold;
      if (!ordered) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'threshold'],
          message: bands.higherIsBetter ? 'thresholds must descend when higher is better' : 'thresholds must ascend when lower is better',
        });
      }
    });
  });

/** SIPANDA's completion bands, which Indonesian coordinators already read: ≥ 90 % green, ≥ 60 % blue, below red. */
const COMPLETION: KpiBands = {
  higherIsBetter: true,
  steps: [
    { threshold: 0.9, colour: 'green', label: { id: 'Tinggi', en: 'High' } },
    { threshold: 0.6, colour: 'blue', label: { id: 'Normal', en: 'Normal' } },
  ],
  otherwise: { colour: 'red', label: { id: 'Rendah', en: 'Low' } },
};

/** Fewer is better (returns, reopenings): up to 5 % green, up to 15 % yellow, above red. */
const FEWER_IS_BETTER: KpiBands = {
  higherIsBetter: false,
  steps: [
    { threshold: 0.05, colour: 'green', label: { id: 'Baik', en: 'Good' } },
    { threshold: 0.15, colour: 'yellow', label: { id: 'Perlu perhatian', en: 'Needs attention' } },
  ],
  otherwise: { colour: 'red', label: { id: 'Tinggi', en: 'High' } },
};

/**
 * The default bands: completion-style shares as SIPANDA colours them, the working days to the first
 * answer against KemenPAN-RB's target of 5, the mean rating on the SKM-like 1–5 scale, and a unit's
 * inactivity against the "active in the last month" reading of the monev (20 working days).
 */
export const DEFAULT_BANDS: BandsConfig = {
  verifiedOnTime: COMPLETION,
  disposed: COMPLETION,
  followedUpOfDisposed: COMPLETION,
  followedUpOfReceived: COMPLETION,
  resolvedOfDisposed: COMPLETION,
  resolvedOfReceived: COMPLETION,
  answeredOnTime: COMPLETION,
  resolvedWithinBudget: COMPLETION,
  satisfactionFixed: COMPLETION,
  returned: FEWER_IS_BETTER,
  reopened: FEWER_IS_BETTER,
  daysToFirstAnswer: {
    higherIsBetter: false,
    steps: [
      { threshold: 5, colour: 'green', label: { id: 'Sesuai target', en: 'On target' } },
      { threshold: 7, colour: 'yellow', label: { id: 'Mendekati target', en: 'Near the target' } },
    ],
    otherwise: { colour: 'red', label: { id: 'Melewati target', en: 'Over the target' } },
  },
  satisfactionRating: {
    higherIsBetter: true,
    steps: [
      { threshold: 4, colour: 'green', label: { id: 'Puas', en: 'Satisfied' } },
      { threshold: 3, colour: 'yellow', label: { id: 'Cukup', en: 'Fair' } },
    ],
    otherwise: { colour: 'red', label: { id: 'Kurang puas', en: 'Dissatisfied' } },
  },
  lastUnitAction: {
    higherIsBetter: false,
    steps: [
      { threshold: 5, colour: 'green', label: { id: 'Aktif', en: 'Active' } },
      { threshold: 20, colour: 'yellow', label: { id: 'Kurang aktif', en: 'Less active' } },
    ],
    otherwise: { colour: 'red', label: { id: 'Tidak aktif', en: 'Inactive' } },
  },
};

/** The band `value` falls in, or null without bands or value. */
export function bandOf(bands: KpiBands | undefined, value: number | null): BandResult | null {
  if (!bands || value === null) return null;
  const step = bands.steps.find((candidate) => (bands.higherIsBetter ? value >= candidate.threshold : value <= candidate.threshold));
  const chosen = step ?? bands.otherwise;
  return { colour: chosen.colour, label: chosen.label };
}
