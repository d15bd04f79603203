import type { ComplaintStatus, ComplaintView } from '@aduan/spec';
import { FINAL_COMPLAINT_STATUSES } from '@aduan/spec';
import type { Open311Context } from './open311-options.js';
import type { Open311Record } from './render.js';

/** Final states are `closed` to Open311; everything still being handled is `open`. */
export const CLOSED_STATUSES: readonly ComplaintStatus[] = FINAL_COMPLAINT_STATUSES;

function open311Status(status: ComplaintStatus): 'open' | 'closed' {
  return CLOSED_STATUSES.includes(status) ? 'closed' : 'open';
}

/** The spec's descriptions hold at most 4,000 characters; the desk allows longer ones. */
export const MAX_DESCRIPTION = 4_000;

/** The spec's example format, `2010-01-01T00:00:00Z`: some clients reject fractional seconds. */
function w3DateTime(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

function addressOf(view: ComplaintView): string | null {
  const parts = [view.location?.address, view.location?.kelurahan, view.location?.kecamatan].filter((part) => part);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Only a URL the submitter already made public through Open311 is republished. */
function mediaUrlOf(view: ComplaintView): string | null {
  return view.attachments.find((attachment) => /^https?:\/\//i.test(attachment.url))?.url ?? null;
}

/**
 * One service request as the public sees it; the caller passes only complaints Open311 may show
 * (`isServiceRequest`). What a request filed through Open311 said (its text, place and photo) is
 * public by its submitter's choice; of a complaint from another channel only what the city's own
 * tracking page shows is published: its title (as description), status, dates and unit. No record
 * ever carries the complainant's identity or contact. `expected_datetime` is when the complaint is
 * expected to be done, and absent when no such clock runs.
 */
export function requestRecord(context: Open311Context, view: ComplaintView): Open311Record {
  const service = context.byCategory.get(view.category!)!;
  const filedHere = view.channel === 'open311';
  return {
    service_request_id: view.trackingNumber,
    status: open311Status(view.status),
    status_notes: context.statusNotes[view.status],
    service_name: service.service_name,
    service_code: service.service_code,
    description: (filedHere ? view.description : view.title).slice(0, MAX_DESCRIPTION),
    agency_responsible: view.unitId ? (context.agencies[view.unitId] ?? view.unitId) : null,
    requested_datetime: w3DateTime(view.createdAt),
    updated_datetime: w3DateTime(view.updatedAt),
    ...(view.expectedResolutionAt ? { expected_datetime: w3DateTime(view.expectedResolutionAt) } : {}),
    address: filedHere ? addressOf(view) : null,
    lat: filedHere ? (view.location?.lat ?? null) : null,
    long: filedHere ? (view.location?.long ?? null) : null,
    media_url: filedHere ? mediaUrlOf(view) : null,
  };
}
