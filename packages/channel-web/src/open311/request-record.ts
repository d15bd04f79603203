import type { ComplaintSummary, ComplaintView } from '@aduan/core';
import type { ComplaintStatus } from '@aduan/spec';
import type { Open311Context } from './open311-options.js';
import type { Open311Record } from './render.js';

/** Final states are `closed` to Open311; everything still being handled is `open`. */
export const CLOSED_STATUSES: readonly ComplaintStatus[] = ['resolved', 'rejected', 'merged'];

export function open311Status(status: ComplaintStatus): 'open' | 'closed' {
  return CLOSED_STATUSES.includes(status) ? 'closed' : 'open';
}

/** The spec's descriptions hold at most 4,000 characters; the desk allows longer ones. */
export const MAX_DESCRIPTION = 4_000;

/** The spec's example format, `2010-01-01T00:00:00Z`: some clients reject fractional seconds. */
export function w3DateTime(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

function addressOf(view: ComplaintView): string | null {
  const parts = [view.location?.address, view.location?.kelurahan, view.location?.kecamatan].filter((part) => part);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * Only a URL the submitter already made public through Open311 is republished; files uploaded
 * through other channels may show documents or faces and stay with the officers.
 */
function mediaUrlOf(view: ComplaintView): string | null {
  if (view.channel !== 'open311') return null;
  return view.attachments.find((attachment) => /^https?:\/\//i.test(attachment.url))?.url ?? null;
}

/**
 * One service request as the public sees it. A rahasia complaint shows only its id, status and
 * dates; no record ever carries the complainant's identity or contact.
 */
export function requestRecord(context: Open311Context, summary: ComplaintSummary, view: ComplaintView | undefined): Open311Record {
  const status = {
    service_request_id: summary.trackingNumber,
    status: open311Status(summary.status),
    status_notes: context.statusNotes[summary.status],
  };
  const dates = {
    requested_datetime: w3DateTime(summary.createdAt),
    updated_datetime: w3DateTime(summary.updatedAt),
  };
  const shown = summary.rahasia ? undefined : view;
  const service = shown && summary.category !== null ? context.byCategory.get(summary.category) : undefined;
  return {
    ...status,
    service_name: service?.service_name ?? null,
    service_code: service?.service_code ?? null,
    description: shown ? shown.description.slice(0, MAX_DESCRIPTION) : null,
    agency_responsible: shown && summary.unitId ? (context.agencies[summary.unitId] ?? summary.unitId) : null,
    ...dates,
    expected_datetime: shown && summary.deadline ? w3DateTime(summary.deadline.dueAt) : null,
    address: shown ? addressOf(shown) : null,
    lat: shown?.location?.lat ?? null,
    long: shown?.location?.long ?? null,
    media_url: shown ? mediaUrlOf(shown) : null,
  };
}
