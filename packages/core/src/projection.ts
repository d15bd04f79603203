import type { ComplaintProjection, DeadlineState, StoredEvent } from '@aduan/spec';
import { statusOf, toSnapshotRecord, type LifecycleSnapshot } from './machine/lifecycle.js';

/** The query row after `lastEvent`: state and context from the machine, deadlines from the policy's bookkeeping. */
export function projectionOf(snapshot: LifecycleSnapshot, lastEvent: StoredEvent, deadlines: DeadlineState): ComplaintProjection {
  const context = snapshot.context;
  return {
    id: context.complaintId,
    trackingNumber: context.trackingNumber,
    version: lastEvent.version,
    status: statusOf(snapshot),
    channel: context.channel,
    classification: context.classification,
    category: context.category,
    title: context.title,
    unitId: context.unitId,
    escalationLevel: context.escalationLevel,
    complainantId: context.complainantId,
    anonim: context.anonim,
    rahasia: context.rahasia,
    mergedInto: context.mergedInto,
    kelurahan: context.kelurahan,
    geo: context.geo,
    externalRefs: context.externalRefs,
    createdAt: context.createdAt,
    updatedAt: lastEvent.at,
    lastEventHash: lastEvent.hash,
    deadline: deadlines.deadline,
    dueAt: deadlines.dueAt,
    machine: toSnapshotRecord(snapshot, deadlines),
  };
}

/**
 * The query row after events that change no state (plugin events): the same row with its head
 * moved to `lastEvent`. Replay derives exactly this, since the machine and the deadline policy
 * never see such events.
 */
export function withHead(projection: ComplaintProjection, lastEvent: StoredEvent): ComplaintProjection {
  return { ...projection, version: lastEvent.version, updatedAt: lastEvent.at, lastEventHash: lastEvent.hash };
}
