import { z } from 'zod';
import {
  attachmentSchema,
  classificationSchema,
  COMPLAINT_TIERS,
  externalIdSchema,
  isLaporTrackingId,
  LAPOR_TRACKING_ID_RULE,
  syncFieldsSchema,
  syncTimestampsSchema,
  systemName,
  idString,
  locationSchema,
  nonEmptyText,
  noteText,
  rejectionReasonSchema,
  text,
} from './common.js';

const target = {
  complaintId: idString,
  /** Optimistic concurrency: fail with `version_conflict` unless the complaint is at this version. */
  expectedVersion: z.number().int().nonnegative().optional(),
};

const attachments = z.array(attachmentSchema).max(20).default([]);

/** Input schema of every command except `receive`, by command name. */
export const commandSchemas = {
  requestInfo: z.object({ ...target, message: nonEmptyText(2_000) }).strict(),
  /** The data the complainant was asked for; a location they send fills in the complaint's place if it had none. */
  provideInfo: z.object({ ...target, message: nonEmptyText(10_000), attachments, location: locationSchema.optional() }).strict(),
  verify: z
    .object({
      ...target,
      classification: classificationSchema.optional(),
      category: text().trim().min(1).max(120).optional(),
      tier: z.enum(COMPLAINT_TIERS).optional(),
      note: noteText(),
    })
    .strict(),
  reject: z.object({ ...target, reason: rejectionReasonSchema, note: noteText() }).strict(),
  dispose: z.object({ ...target, unitId: idString, note: noteText() }).strict(),
  returnNotOurs: z.object({ ...target, reason: nonEmptyText(2_000), suggestedUnitId: idString.optional() }).strict(),
  respond: z.object({ ...target, message: nonEmptyText(10_000), attachments }).strict(),
  confirm: z.object({ ...target, note: noteText() }).strict(),
  reopen: z.object({ ...target, reason: nonEmptyText(2_000) }).strict(),
  /** `closedIn`: the complaint was closed in that other system (e.g. `lapor`) and a sync brings it in. */
  resolve: z.object({ ...target, note: noteText(), closedIn: systemName.optional() }).strict(),
  escalate: z.object({ ...target, level: z.number().int().min(1).max(10), reason: nonEmptyText(2_000) }).strict(),
  merge: z.object({ ...target, intoId: idString }).strict(),
  /** Links the complaint to its id in another system (an SP4N-LAPOR! Tracking ID: `system: 'lapor'`). */
  link: z
    .object({ ...target, system: systemName, id: externalIdSchema, note: noteText() })
    .strict()
    .refine((input) => input.system !== 'lapor' || isLaporTrackingId(input.id), { path: ['id'], ...LAPOR_TRACKING_ID_RULE }),
  /** Dialihkan: hands the complaint to another authority through SP4N-LAPOR!, with the Tracking ID when known. */
  handOver: z
    .object({ ...target, authority: nonEmptyText(200), reason: nonEmptyText(2_000), trackingId: externalIdSchema.optional() })
    .strict()
    .refine((input) => input.trackingId === undefined || isLaporTrackingId(input.trackingId), {
      path: ['trackingId'],
      ...LAPOR_TRACKING_ID_RULE,
    }),
  /** Records what another system says of the complaint (its own fields and timestamps); a repeat is not recorded again. */
  sync: z
    .object({
      ...target,
      system: systemName,
      id: externalIdSchema,
      transport: idString,
      fields: syncFieldsSchema,
      sourceTimestamps: syncTimestampsSchema.default({}),
    })
    .strict(),
  /** A further message from the complainant that changes no state (it is kept in the history). */
  followUp: z.object({ ...target, message: nonEmptyText(10_000), attachments, location: locationSchema.optional() }).strict(),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandInput<C extends CommandName> = z.input<(typeof commandSchemas)[C]>;
export type ParsedCommand<C extends CommandName> = z.output<(typeof commandSchemas)[C]>;
