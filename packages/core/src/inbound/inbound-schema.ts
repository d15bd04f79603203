import { z } from 'zod';
import { attachmentSchema, contactSchema, idString, isoInstant, locationSchema, text } from '../schemas/common.js';

/** An InboundMessageV1 as a channel adapter hands it over; validated before anything is stored. */
export const inboundMessageSchema = z
  .object({
    channel: text().trim().min(1).max(40),
    messageId: idString,
    receivedAt: isoInstant,
    senderAddress: text().trim().min(1).max(200),
    contact: contactSchema,
    text: text().max(10_000),
    attachments: z.array(attachmentSchema).max(20),
    location: locationSchema.optional(),
  })
  .strict();
