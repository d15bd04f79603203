import { sealEvent } from '@aduan/core/history';
import type { Actor, StoreV1 } from '@aduan/spec';

/**
 * Appends an event the desk of this repository does not write yet (the SP4N-LAPOR! hand-over, the
 * satisfaction plugin's answers) at the end of a complaint's stream, sealed into its hash chain as
 * those packages will: the KPIs read them from the history like any other event.
 */
export async function appendForeignEvent(
  store: StoreV1,
  complaintId: string,
  event: { type: string; at: string; actor: Actor; payload: Record<string, unknown> },
): Promise<void> {
  const stream = await store.doReadStream(complaintId);
  const projection = await store.doLoadProjection(complaintId);
  const last = stream.at(-1);
  if (!projection || !last) throw new Error(`complaint ${complaintId} does not exist`);
  const sealed = sealEvent(
    { id: `${complaintId}-x${stream.length + 1}`, complaintId, version: stream.length + 1, schemaVersion: 1, ...event },
    last.hash,
  );
  await store.doAppend({
    complaintId,
    expectedVersion: stream.length,
    events: [sealed],
    projection: { ...projection, version: sealed.version, lastEventHash: sealed.hash, updatedAt: event.at },
  });
}
