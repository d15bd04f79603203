import { RebuildRequiredError, type DeadlineState } from '@aduan/spec';
import { z } from 'zod';
import { clockRecordSchema } from './clock-record.js';
import { keyedObject } from './keyed-object.js';
import { AGENCY_STAGES, SLA_STAGES } from './sla-policy-schema.js';

/** The clocks that run over time and are shown to people, in the order the desk lists them. */
export const TRACKED_STAGES = ['verification', 'followUp', 'resolution', 'needsInfo', 'confirmation'] as const;
export type TrackedStage = (typeof TRACKED_STAGES)[number];

/**
 * The kinds of `deadline.kind`: `<stage>.warning` and `<stage>.missed` for the agency's stages,
 * `confirmation` (resolve by silence) and `needsInfo` (archive as incomplete).
 */
export type SlaDeadlineKind = `${(typeof AGENCY_STAGES)[number]}.${'warning' | 'missed'}` | 'confirmation' | 'needsInfo';

const DEADLINE_KINDS: readonly [SlaDeadlineKind, ...SlaDeadlineKind[]] = [
  'confirmation',
  'needsInfo',
  ...AGENCY_STAGES.flatMap((stage) => [`${stage}.warning`, `${stage}.missed`] as const),
];

const pendingSchema = z
  .object({
    kind: z.enum(DEADLINE_KINDS),
    dueAt: z.string(),
    stage: z.enum(SLA_STAGES),
    /** The warning's fraction of the stage's time; null for anything but a warning. */
    fraction: z.number().nullable(),
    /** When the stage itself lapses; for a warning, that is the deadline it warns of. */
    stageDueAt: z.string(),
  })
  .strict();

/** Format version of the bookkeeping; 2 keeps ended clocks and the nearest stage lapse. */
export const SLA_STATE_VERSION = 2;

const slaDeadlineStateSchema = z
  .object({
    deadline: z.object({ kind: z.string(), dueAt: z.string() }).strict().nullable(),
    dueAt: z.string().nullable(),
    sla: z.literal(SLA_STATE_VERSION),
    clocks: keyedObject(TRACKED_STAGES, clockRecordSchema.optional()),
    pending: pendingSchema.nullable(),
  })
  .strict();

export type SlaDeadlineState = z.output<typeof slaDeadlineStateSchema>;
export type PendingMoment = z.output<typeof pendingSchema>;
export type StageClocks = SlaDeadlineState['clocks'];

/** Reads bookkeeping back from a projection; anything else was written by another policy or format version. */
export function readSlaState(state: DeadlineState): SlaDeadlineState {
  const parsed = slaDeadlineStateSchema.safeParse(state);
  if (parsed.success) return parsed.data;
  throw new RebuildRequiredError('This complaint’s deadline bookkeeping was not written by this SLA policy version');
}
