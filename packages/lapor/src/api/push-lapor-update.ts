import type { Desk } from '@aduan/core';
import { type Actor, type ComplaintStatus, InvalidInputError, type LaporUpdateV1 } from '@aduan/spec';
import { LAPOR_SYSTEM } from '../plan-import-item.js';
import type { LaporApiClient } from './lapor-api-client.js';

/**
 * The LAPOR! status string each aduan state is pushed as. States not listed (`received`, `merged`,
 * `handed_over`) are not the city's update to report: pushing them is refused.
 */
export const DEFAULT_LAPOR_PUSH_STATUS: Readonly<Partial<Record<ComplaintStatus, string>>> = {
  needs_info: 'Tertunda',
  verified: 'Terverifikasi',
  disposed: 'Terdisposisi',
  escalated: 'Terdisposisi',
  responded: 'Ditindaklanjuti',
  resolved: 'Selesai',
  rejected: 'Diarsipkan oleh Admin',
};

/**
 * Pushes a linked complaint's status (as `pushStatus` names it) and the unit's latest answer to
 * LAPOR!, read through the desk as `actor` may see it. Refuses (`invalid_input`) a complaint with
 * no LAPOR! Tracking ID or in a state with no LAPOR! status; a failed call is a `LaporApiError`.
 */
export async function pushLaporUpdate(
  client: LaporApiClient,
  desk: Desk,
  actor: Actor,
  complaintId: string,
  pushStatus: Readonly<Partial<Record<ComplaintStatus, string>>> = DEFAULT_LAPOR_PUSH_STATUS,
): Promise<LaporUpdateV1> {
  const view = await desk.get(actor, complaintId);
  const trackingId = view.externalRefs.find((ref) => ref.system === LAPOR_SYSTEM)?.id;
  if (trackingId === undefined) {
    throw new InvalidInputError('SP4N-LAPOR! push', [
      {
        path: 'complaintId',
        message:
          'aduan ini belum ditautkan ke Tracking ID SP4N-LAPOR!: tautkan dulu (desk.link) / link the complaint to its Tracking ID first',
      },
    ]);
  }
  const status = pushStatus[view.status];
  if (status === undefined) {
    throw new InvalidInputError('SP4N-LAPOR! push', [
      {
        path: 'status',
        message: `status "${view.status}" tidak dikirim ke SP4N-LAPOR! (no LAPOR! status for this state)`,
      },
    ]);
  }
  const answer = view.conversation.findLast((entry) => entry.kind === 'responded')?.message;
  const update: LaporUpdateV1 = { trackingId, status, ...(answer === undefined ? {} : { answer }), updatedAt: view.updatedAt };
  await client.sendUpdate(update);
  return update;
}
