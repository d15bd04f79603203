import { z } from 'zod';
import { attachmentSchema, classificationSchema, idString, nonEmptyText, rejectionReasonSchema } from './common.js';

const target = {
  complaintId: idString,
  /** Optimistic concurrency: fail with `version_conflict` unless the complaint is at this version. */
  expectedVersion: z.number().int().nonnegative().optional(),
};

/** Input schema of every command except `receive`, by command name. */
export const commandSchemas = {
  requestInfo: z.object({ ...target, message: nonEmptyText(2_000) }).strict(),
  provideInfo: z
    .object({ ...target, message: nonEmptyText(10_000), attachments: z.array(attachmentSchema).max(20).default([]) })
    .strict(),
  verify: z
    .object({
      ...target,
      classification: classificationSchema.optional(),
      category: z.string().trim().min(1).max(120).optional(),
      tier: z.enum(['ringan', 'normatif', 'tidak_berkadar_pengawasan', 'berkadar_pengawasan']).optional(),
      note: z.string().trim().max(2_000).optional(),
    })
    .strict(),
  reject: z.object({ ...target, reason: rejectionReasonSchema, note: z.string().trim().max(2_000).optional() }).strict(),
  dispose: z.object({ ...target, unitId: idString, note: z.string().trim().max(2_000).optional() }).strict(),
  returnNotOurs: z.object({ ...target, reason: nonEmptyText(2_000), suggestedUnitId: idString.optional() }).strict(),
  respond: z.object({ ...target, message: nonEmptyText(10_000), attachments: z.array(attachmentSchema).max(20).default([]) }).strict(),
  confirm: z.object({ ...target, note: z.string().trim().max(2_000).optional() }).strict(),
  reopen: z.object({ ...target, reason: nonEmptyText(2_000) }).strict(),
  resolve: z.object({ ...target, note: z.string().trim().max(2_000).optional() }).strict(),
  escalate: z.object({ ...target, level: z.number().int().min(1).max(10), reason: nonEmptyText(2_000) }).strict(),
  merge: z.object({ ...target, intoId: idString }).strict(),
  /** A further message from the complainant that changes no state (it is kept in the history). */
  followUp: z
    .object({ ...target, message: nonEmptyText(10_000), attachments: z.array(attachmentSchema).max(20).default([]) })
    .strict(),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandInput<C extends CommandName> = z.input<(typeof commandSchemas)[C]>;
export type ParsedCommand<C extends CommandName> = z.output<(typeof commandSchemas)[C]>;
