import { z } from 'zod';
import {
  attachmentSchema,
  classificationSchema,
  contactSchema,
  externalRefListSchema,
  idString,
  isoInstant,
  locationSchema,
  nonEmptyText,
  text,
} from './common.js';

/**
 * A new complaint as any channel hands it over. `anonim` and `rahasia` default to true: a
 * forgotten flag must hide, never expose (leaks happened exactly that way).
 */
export const intakeSchema = z
  .object({
    channel: text().trim().min(1).max(40),
    /** The channel's own message id; the same id twice yields one complaint. */
    channelMessageId: idString.optional(),
    title: nonEmptyText(200),
    description: nonEmptyText(10_000),
    classification: classificationSchema.default('pengaduan'),
    category: text().trim().min(1).max(120).optional(),
    location: locationSchema.optional(),
    occurredAt: isoInstant.optional(),
    attachments: z.array(attachmentSchema).max(20).default([]),
    /** A known complainant (returning resident); otherwise a new id is issued. */
    complainantId: idString.optional(),
    contact: contactSchema.default({}),
    anonim: z.boolean().default(true),
    rahasia: z.boolean().default(true),
    /** References in other systems (an SP4N-LAPOR! Tracking ID), at most one per system, written with the complaint. */
    externalRefs: externalRefListSchema.optional(),
  })
  .strict();

/** A validated intake, defaults filled in. */
export type Intake = z.output<typeof intakeSchema>;
