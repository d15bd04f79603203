import type { Actor, ComplaintProjection, DedupeKey } from '@aduan/spec';
import type { LifecycleSnapshot } from '../machine/lifecycle.js';
import type { LifecycleEvent } from '../schemas/events.js';
import { announce } from './announce.js';
import type { DeskRuntime } from './runtime.js';
import { sealEvents, type SealedEvents } from './seal-events.js';

/**
 * Applies lifecycle events to a complaint and stores them in one atomic append: each event checked
 * by the machine and validated, hash-chained, folded into the deadline state; the projection, the
 * outbox rows and the references the events link written with them; then announced. The append
 * carries the version the caller loaded, so a concurrent change makes it fail with
 * `version_conflict` instead of forking history.
 */
export async function commitEvents(
  runtime: DeskRuntime,
  complaint: ComplaintProjection,
  snapshot: LifecycleSnapshot,
  actor: Actor,
  lifecycleEvents: readonly LifecycleEvent[],
  command: string,
  options: { dedupeKey?: DedupeKey } = {},
): Promise<ComplaintProjection> {
  const sealed = sealEvents(runtime, complaint, snapshot, actor, lifecycleEvents, command);
  await runtime.store.doAppend({
    complaintId: complaint.id,
    expectedVersion: complaint.version,
    events: sealed.events,
    projection: sealed.projection,
    outbox: sealed.outbox,
    dedupeKey: options.dedupeKey,
    externalRefs: sealed.externalRefs.length > 0 ? sealed.externalRefs : undefined,
  });
  remember(runtime, complaint.lastEventHash, sealed);
  await announce(runtime, command, actor, sealed.events, sealed.projection);
  return sealed.projection;
}

/** Keeps the new head's snapshot for the complaint's next command, and forgets the old head's. */
export function remember(runtime: DeskRuntime, oldHeadHash: string | undefined, head: Pick<SealedEvents, 'snapshot' | 'projection'>): void {
  // The old head's snapshot names a state no complaint is in any more: drop it rather than keep it
  // alive (and promoted by the GC) until the cache evicts it.
  if (oldHeadHash !== undefined) runtime.snapshots.delete(oldHeadHash);
  // A final state accepts no further event: caching it would only keep it alive for nothing.
  if (head.snapshot.status !== 'done') runtime.snapshots.set(head.projection.lastEventHash, head.snapshot);
}
