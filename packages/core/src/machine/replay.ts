import { StoreFailureError, type ComplaintProjection, type DeadlinePolicyV1, type StoredEvent } from '@aduan/spec';
import { projectionOf } from '../projection.js';
import type { EventPayload, LifecycleEvent } from '../schemas/events.js';
import { isPluginEventType } from '../support/plugin-event-type.js';
import { accepts, advance, startLifecycle, statusOf } from './lifecycle.js';

/**
 * Re-derives a complaint's projection from its events alone: the source of truth, used by
 * `desk.rebuild()`. Plugin events (`<plugin>/<event>`) are part of the chain but not of the
 * lifecycle: they move the head (version, hash, time) and nothing else. A stream the machine
 * cannot replay is a `StoreFailureError`.
 */
export function replayProjection(events: readonly StoredEvent[], policy: DeadlinePolicyV1): ComplaintProjection {
  const [first, ...rest] = events;
  if (first?.type !== 'complaint-received') {
    throw new StoreFailureError('A complaint stream must start with complaint-received');
  }
  let snapshot = startLifecycle({
    complaintId: first.complaintId,
    at: first.at,
    received: first.payload as EventPayload<'complaint-received'>,
  });
  let last = first;
  let deadlines = policy.advance(null, first, statusOf(snapshot), snapshot.context);
  for (const event of rest) {
    // A plugin's event changes no state: it only moves the head of the chain.
    if (isPluginEventType(event.type)) {
      last = event;
      continue;
    }
    const lifecycleEvent = { type: event.type, at: event.at, payload: event.payload } as LifecycleEvent;
    if (!accepts(snapshot, lifecycleEvent)) {
      throw new StoreFailureError(
        `Stream ${event.complaintId} holds ${event.type} at version ${event.version}, which state "${statusOf(snapshot)}" does not accept`,
      );
    }
    snapshot = advance(snapshot, lifecycleEvent);
    deadlines = policy.advance(deadlines, event, statusOf(snapshot), snapshot.context);
    last = event;
  }
  return projectionOf(snapshot, last, deadlines);
}
