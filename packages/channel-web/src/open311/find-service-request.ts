import { InvalidInputError, NotFoundError, type ComplaintView, type PublicTracking } from '@aduan/spec';
import type { Open311Context } from './open311-options.js';

/**
 * Whether Open311 may show a complaint at all: never a rahasia one (its whole report, its topic
 * included, is kept from the public), and only one whose category is one of the services, so
 * every record has its `service_code`.
 */
export function isServiceRequest(context: Open311Context, complaint: { rahasia: boolean; category?: string | null | undefined }): boolean {
  return !complaint.rahasia && typeof complaint.category === 'string' && context.byCategory.has(complaint.category);
}

/**
 * The complaint behind a `service_request_id`, or undefined. An unknown number, a rahasia
 * complaint and a complaint of no service all answer the same way after the same single look-up
 * of the public tracking view, so a guess learns nothing about which it was.
 */
export async function findServiceRequest(context: Open311Context, trackingNumber: string): Promise<ComplaintView | undefined> {
  let tracking: PublicTracking;
  try {
    tracking = await context.desk.track(trackingNumber);
  } catch (error) {
    if (NotFoundError.isInstance(error) || InvalidInputError.isInstance(error)) return undefined;
    throw error;
  }
  if (!isServiceRequest(context, tracking)) return undefined;
  const view = await context.desk.getByTrackingNumber(context.actor, trackingNumber);
  // Checked again on the full view: the complaint may have changed between the two reads.
  return isServiceRequest(context, view) ? view : undefined;
}
