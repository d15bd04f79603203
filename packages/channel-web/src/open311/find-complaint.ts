import type { ComplaintSummary } from '@aduan/core';
import { AduanError } from '@aduan/spec';
import type { Open311Context } from './open311-options.js';

/**
 * Finds a complaint by tracking number. The desk looks tracking numbers up only for its public
 * view, which lacks the complaint id, so the id is found by listing the complaints created in the
 * same millisecond (the tracking view tells when): one small indexed query.
 */
export async function findComplaint(context: Open311Context, trackingNumber: string): Promise<ComplaintSummary | undefined> {
  let createdAt: string;
  try {
    ({ createdAt } = await context.desk.track(trackingNumber));
  } catch (error) {
    if (AduanError.hasCode(error, 'not_found') || AduanError.hasCode(error, 'invalid_input')) return undefined;
    throw error;
  }
  const createdTo = new Date(Date.parse(createdAt) + 1).toISOString();
  let cursor: string | undefined;
  do {
    const page = await context.desk.list(context.actor, { createdFrom: createdAt, createdTo, limit: 500, ...(cursor ? { cursor } : {}) });
    const found = page.items.find((item) => item.trackingNumber === trackingNumber);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return undefined;
}
