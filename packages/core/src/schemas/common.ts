import { z } from 'zod';

export const isoInstant = z.iso.datetime({ offset: true });
export const nonEmptyText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const idString = z.string().trim().min(1, 'must not be empty').max(200);

export const classificationSchema = z.enum(['aspirasi', 'pengaduan', 'permintaan_informasi']);
export const rejectionReasonSchema = z.enum(['spam', 'not_eligible', 'duplicate', 'incomplete', 'other']);

export const actorSchema = z
  .object({
    id: idString,
    role: z.enum(['coordinator', 'unit_officer', 'complainant', 'system']),
    unitId: idString.optional(),
  })
  .refine((actor) => actor.role !== 'unit_officer' || actor.unitId !== undefined, {
    message: 'a unit officer must carry unitId',
    path: ['unitId'],
  });

export const locationSchema = z
  .object({
    address: z.string().trim().max(500).optional(),
    kelurahan: z.string().trim().max(120).optional(),
    kecamatan: z.string().trim().max(120).optional(),
    lat: z.number().min(-90).max(90).optional(),
    long: z.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((loc) => (loc.lat === undefined) === (loc.long === undefined), {
    message: 'lat and long must be given together',
    path: ['lat'],
  });

export const attachmentSchema = z
  .object({
    url: z.url({ protocol: /^(https?|s3|gs|file|urn)$/ }),
    contentType: z.string().max(200).optional(),
    name: z.string().max(300).optional(),
    sizeBytes: z.number().int().nonnegative().optional(),
  })
  .strict();

export const contactSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, 'must be a phone number such as +62 812 3456 7890')
      .optional(),
    email: z.email().optional(),
    whatsapp: z
      .string()
      .trim()
      .regex(/^\+?[0-9]{6,20}$/, 'must be a WhatsApp number such as 6281234567890')
      .optional(),
    address: z.string().trim().max(500).optional(),
  })
  .strict();
