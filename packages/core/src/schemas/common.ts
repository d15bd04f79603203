import { ACTOR_ROLES, CLASSIFICATIONS, REJECTION_REASONS } from '@aduan/spec';
import { z } from 'zod';

// Every string the desk takes in is built here, so that one check refuses NUL characters
// (`\u0000`) everywhere, with the same `invalid_input` whichever store is behind the desk.
// Messages come from `validationErrorMap` in the parse's language: no wording is fixed here.

const hasNoNul = (value: string) => !value.includes('\u0000');
const NO_NUL = { params: { rule: 'no_nul' }, abort: true } as const;

/** Any string without NUL characters. */
export const text = () => z.string().refine(hasNoNul, NO_NUL);
/** Trimmed text of 1..max characters. */
export const nonEmptyText = (max: number) => text().trim().min(1).max(max);
/** An optional remark, trimmed, up to 2,000 characters. */
export const noteText = () => text().trim().max(2_000).optional();

export const idString = text().trim().min(1).max(200);

export const isoInstant = z.iso.datetime({ offset: true });

/** Complaint tiers of the local SOPs (verify's `tier`): SLA policies may time each differently. */
export const COMPLAINT_TIERS = ['ringan', 'normatif', 'tidak_berkadar_pengawasan', 'berkadar_pengawasan'] as const;
export type ComplaintTier = (typeof COMPLAINT_TIERS)[number];

export const classificationSchema = z.enum(CLASSIFICATIONS);
export const rejectionReasonSchema = z.enum(REJECTION_REASONS);

export const actorSchema = z
  .object({
    id: idString,
    role: z.enum(ACTOR_ROLES),
    unitId: idString.optional(),
  })
  .strict()
  .refine((actor) => actor.role !== 'unit_officer' || actor.unitId !== undefined, { path: ['unitId'], params: { rule: 'unit_scope' } });

export const locationSchema = z
  .object({
    address: text().trim().max(500).optional(),
    kelurahan: text().trim().max(120).optional(),
    kecamatan: text().trim().max(120).optional(),
    lat: z.number().min(-90).max(90).optional(),
    long: z.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((loc) => (loc.lat === undefined) === (loc.long === undefined), { path: ['lat'], params: { rule: 'lat_long_together' } });

export const attachmentSchema = z
  .object({
    url: z.url({ protocol: /^(https?|s3|gs|file|urn)$/ }).refine(hasNoNul, NO_NUL),
    contentType: text().max(200).optional(),
    name: text().max(300).optional(),
    sizeBytes: z.number().int().nonnegative().optional(),
  })
  .strict();

const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const WHATSAPP = /^\+?[0-9]{6,20}$/;
const HANDLE_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

export const contactSchema = z
  .object({
    name: text().trim().min(1).max(200).optional(),
    phone: text()
      .trim()
      .refine((value) => PHONE.test(value), { params: { rule: 'phone' } })
      .optional(),
    email: z.email().refine(hasNoNul, NO_NUL).optional(),
    whatsapp: text()
      .trim()
      .refine((value) => WHATSAPP.test(value), { params: { rule: 'whatsapp' } })
      .optional(),
    address: text().trim().max(500).optional(),
    /** Addresses on channels whose ids are neither phone numbers nor e-mail (`{ telegram: '123456789' }`). */
    handles: z
      .record(
        z.string().refine((name) => HANDLE_NAME.test(name), { params: { rule: 'handle_name' } }),
        text().trim().min(1).max(200),
      )
      .refine((handles) => Object.keys(handles).length <= 10, { params: { rule: 'too_many_handles' } })
      .optional(),
  })
  .strict();

const SYSTEM_NAME = /^[a-z][a-z0-9_-]{0,39}$/;
/** The name of another system a complaint can be linked to (`lapor`, `laporgub`, …). */
export const systemName = z.string().refine((name) => SYSTEM_NAME.test(name), { params: { rule: 'system_name' } });
/** SP4N-LAPOR! Tracking IDs are 7 to 9 digits (`5049672`). */
const LAPOR_TRACKING_ID = /^[0-9]{7,9}$/;
/** Whether `id` has the form of an SP4N-LAPOR! Tracking ID. */
export const isLaporTrackingId = (id: string): boolean => LAPOR_TRACKING_ID.test(id);
/** The refinement every input naming an SP4N-LAPOR! Tracking ID carries. */
export const LAPOR_TRACKING_ID_RULE = { params: { rule: 'lapor_tracking_id' } } as const;

/** An id in another system, 1..100 characters. */
export const externalIdSchema = text().trim().min(1).max(100);

/** A complaint's identity in another system; an SP4N-LAPOR! reference must be a Tracking ID. */
export const externalRefSchema = z
  .object({ system: systemName, id: externalIdSchema })
  .strict()
  .refine((ref) => ref.system !== 'lapor' || LAPOR_TRACKING_ID.test(ref.id), { path: ['id'], params: { rule: 'lapor_tracking_id' } });

/** References of one complaint: at most one per system. */
export const externalRefListSchema = z
  .array(externalRefSchema)
  .max(10)
  .refine((refs) => new Set(refs.map((ref) => ref.system)).size === refs.length, { params: { rule: 'one_ref_per_system' } });

const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,59}$/;
const fieldName = z.string().refine((name) => FIELD_NAME.test(name), { params: { rule: 'field_name' } });

/** Another system's own fields of a complaint, by name (at most 40; text up to 10,000 characters, or null). */
export const syncFieldsSchema = z
  .record(fieldName, text().max(10_000).nullable())
  .refine((fields) => Object.keys(fields).length <= 40, { params: { rule: 'too_many_fields' } });

/** The other system's own timestamps, by name (at most 10). */
export const syncTimestampsSchema = z
  .record(fieldName, isoInstant)
  .refine((stamps) => Object.keys(stamps).length <= 10, { params: { rule: 'too_many_fields' } });
