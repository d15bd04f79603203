import { z } from 'zod';
import {
  attachmentSchema,
  classificationSchema,
  externalRefListSchema,
  externalIdSchema,
  syncFieldsSchema,
  syncTimestampsSchema,
  systemName,
  idString,
  isoInstant,
  locationSchema,
  nonEmptyText,
  noteText,
  rejectionReasonSchema,
  text,
} from './common.js';

const note = noteText();

/**
 * Payload schema of every domain event, schema version 1. A payload change adds a new version
 * with an upcaster; stored events are never rewritten (their hashes would break). Optional
 * members added later (the `location` of data and follow-ups) leave older events valid.
 */
export const eventPayloadSchemas = {
  'complaint-received': z
    .object({
      trackingNumber: idString,
      channel: idString,
      channelMessageId: idString.optional(),
      title: nonEmptyText(200),
      description: nonEmptyText(10_000),
      classification: classificationSchema,
      category: text().optional(),
      location: locationSchema.optional(),
      occurredAt: isoInstant.optional(),
      attachments: z.array(attachmentSchema),
      complainantId: idString,
      anonim: z.boolean(),
      rahasia: z.boolean(),
      externalRefs: externalRefListSchema.optional(),
    })
    .strict(),
  'complaint-info-requested': z.object({ message: nonEmptyText(2_000) }).strict(),
  'complaint-info-provided': z
    .object({ message: nonEmptyText(10_000), attachments: z.array(attachmentSchema), location: locationSchema.optional() })
    .strict(),
  'complaint-verified': z
    .object({
      classification: classificationSchema,
      category: text().optional(),
      tier: text().optional(),
      note,
    })
    .strict(),
  'complaint-rejected': z.object({ reason: rejectionReasonSchema, note }).strict(),
  'complaint-disposed': z.object({ unitId: idString, note }).strict(),
  'complaint-returned': z.object({ unitId: idString, reason: nonEmptyText(2_000), suggestedUnitId: idString.optional() }).strict(),
  'complaint-responded': z
    .object({ unitId: idString.nullable(), message: nonEmptyText(10_000), attachments: z.array(attachmentSchema), confirmBy: isoInstant })
    .strict(),
  'complaint-confirmed': z.object({ note }).strict(),
  'complaint-reopened': z.object({ reason: nonEmptyText(2_000) }).strict(),
  /** `external`: closed in another system (`system`, e.g. SP4N-LAPOR!) and brought in by a sync. */
  'complaint-resolved': z.object({ cause: z.enum(['coordinator', 'silence', 'external']), system: systemName.optional(), note }).strict(),
  'complaint-escalated': z.object({ level: z.number().int().min(1), reason: nonEmptyText(2_000) }).strict(),
  'complaint-merged': z.object({ intoId: idString }).strict(),
  'complaint-linked': z.object({ system: systemName, id: externalIdSchema, note }).strict(),
  /** Dialihkan: handed to another authority through SP4N-LAPOR!, with its Tracking ID when known. */
  'complaint-handed-over': z
    .object({ authority: nonEmptyText(200), reason: nonEmptyText(2_000), trackingId: idString.optional() })
    .strict(),
  /**
   * What another system says of the complaint (its own fields, owned by it), with the source's
   * original timestamps and a digest of both: a sync that brings nothing new is not recorded.
   */
  'complaint-synced': z
    .object({
      system: systemName,
      id: externalIdSchema,
      transport: idString,
      fields: syncFieldsSchema,
      sourceTimestamps: syncTimestampsSchema,
      digest: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .strict(),
  'complaint-deadline-approaching': z.object({ stage: idString, fraction: z.number().gt(0).lt(1), dueAt: isoInstant }).strict(),
  'complaint-deadline-missed': z.object({ stage: idString, dueAt: isoInstant }).strict(),
  'complaint-follow-up-received': z
    .object({
      message: nonEmptyText(10_000),
      attachments: z.array(attachmentSchema),
      location: locationSchema.optional(),
      channelMessageId: idString.optional(),
    })
    .strict(),
} as const;

export type ComplaintEventType = keyof typeof eventPayloadSchemas;
export type EventPayload<T extends ComplaintEventType> = z.output<(typeof eventPayloadSchemas)[T]>;

export const EVENT_SCHEMA_VERSION = 1;

export const COMPLAINT_EVENT_TYPES = Object.keys(eventPayloadSchemas) as ComplaintEventType[];

/** An event as the lifecycle machine consumes it: type, time and payload. */
export type LifecycleEvent = {
  [T in ComplaintEventType]: { type: T; at: string; payload: EventPayload<T> };
}[ComplaintEventType];
