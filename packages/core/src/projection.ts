import type { ComplaintProjection, StoredEvent } from '@aduan/spec';
import type { DeadlineState } from './deadlines.js';
import type { ComplaintContext } from './machine/complaint-machine.js';
import { statusOf, toSnapshotRecord, type LifecycleSnapshot } from './machine/lifecycle.js';

/** The query row after `lastEvent`: state and context from the machine, bookkeeping from the event. */
export function projectionOf(
  snapshot: LifecycleSnapshot,
  lastEvent: StoredEvent,
  deadlines: DeadlineState,
): ComplaintProjection {
  const context: ComplaintContext = snapshot.context;
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
    createdAt: context.createdAt,
    updatedAt: lastEvent.at,
    lastEventHash: lastEvent.hash,
    deadline: deadlines.deadline,
    machine: toSnapshotRecord(snapshot, deadlines),
  };
}
