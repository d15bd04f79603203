import { FINAL_COMPLAINT_STATUSES, type Actor, type ComplaintProjection, type ComplaintStatus, type DedupeKey } from '@aduan/spec';
import type { LifecycleSnapshot } from '../machine/lifecycle.js';
import { projectionOf } from '../projection.js';
import type { LifecycleEvent } from '../schemas/events.js';
import { addPluginEvents, anyAddsEvents } from './add-plugin-events.js';
import { announce } from './announce.js';
import type { PendingPluginEvent } from './plugin-events.js';
import type { DeskRuntime } from './runtime.js';
import { sealEvents, sealPluginEventsAfter, type SealedEvents } from './seal-events.js';

const FINAL: readonly ComplaintStatus[] = FINAL_COMPLAINT_STATUSES;

export interface CommitOptions {
  dedupeKey?: DedupeKey;
  /** Plugin events stored first, in the same append (an approval before the answer it publishes). */
  leading?: readonly PendingPluginEvent[];
}

/**
 * Applies lifecycle events to a complaint and stores them in one atomic append: each event checked
 * by the machine and validated, hash-chained, folded into the deadline state; the projection, the
 * outbox rows and the references the events link written with them; then announced. The append
 * carries the version the caller loaded, so a concurrent change makes it fail with
 * `version_conflict` instead of forking history. Plugin events ride in the same append: those the
 * command runs with first, then those plugins add once the machine has accepted the lifecycle
 * events (`addEvents`).
 */
export async function commitEvents(
  runtime: DeskRuntime,
  complaint: ComplaintProjection,
  snapshot: LifecycleSnapshot,
  actor: Actor,
  lifecycleEvents: readonly LifecycleEvent[],
  command: string,
  options: CommitOptions = {},
): Promise<ComplaintProjection> {
  const sealed = sealEvents(runtime, complaint, snapshot, actor, lifecycleEvents, command, { leading: options.leading });
  if (anyAddsEvents(runtime)) await addPluginEventsTo(runtime, complaint, actor, command, sealed);
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

/** Seals the events plugins add after the lifecycle events into `sealed`, and projects again. */
async function addPluginEventsTo(
  runtime: DeskRuntime,
  complaint: ComplaintProjection,
  actor: Actor,
  command: string,
  sealed: SealedEvents,
): Promise<void> {
  const added = await addPluginEvents(runtime, {
    command,
    actor,
    events: sealed.events,
    complaint: sealed.projection,
    previous: complaint,
    identity: () => runtime.store.doLoadIdentity(complaint.complainantId),
  });
  if (added.length === 0) return;
  sealPluginEventsAfter(runtime, complaint, added, sealed.events[0]!.at, sealed.events, sealed.outbox);
  sealed.projection = projectionOf(sealed.snapshot, sealed.events.at(-1)!, sealed.deadlines);
}

/** Keeps the new head's snapshot for the complaint's next command, and forgets the old head's. */
function remember(runtime: DeskRuntime, oldHeadHash: string | undefined, head: Pick<SealedEvents, 'snapshot' | 'projection'>): void {
  // The old head's snapshot names a state no complaint is in any more: drop it rather than keep it
  // alive (and promoted by the GC) until the cache evicts it.
  if (oldHeadHash !== undefined) runtime.snapshots.delete(oldHeadHash);
  // A closed complaint takes at most a sync now and then: caching it would only keep it alive for nothing.
  if (!FINAL.includes(head.projection.status)) runtime.snapshots.set(head.projection.lastEventHash, head.snapshot);
}
