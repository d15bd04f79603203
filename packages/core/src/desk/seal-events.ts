import type { Actor, ComplaintProjection, DeadlineState, ExternalRef, OutboxMessage, StoredEvent } from '@aduan/spec';
import { advance, statusOf, type LifecycleSnapshot } from '../machine/lifecycle.js';
import { projectionOf } from '../projection.js';
import { EVENT_SCHEMA_VERSION, eventPayloadSchemas, type LifecycleEvent } from '../schemas/events.js';
import { sealEvent } from '../support/hash-chain.js';
import { parseInput } from '../support/parse.js';
import { assertAccepted } from './assert-accepted.js';
import { outboxMessagesFor } from './outbox-messages.js';
import { pluginOutboxRows, sealPluginEvents, type PendingPluginEvent } from './plugin-events.js';
import type { DeskRuntime } from './runtime.js';

/** Events ready to append to a complaint, with everything written beside them. */
export interface SealedEvents {
  events: StoredEvent[];
  projection: ComplaintProjection;
  outbox: OutboxMessage[];
  /** References the events link to the complaint (the append writes them, unique across complaints). */
  externalRefs: ExternalRef[];
  /** The machine after the events. */
  snapshot: LifecycleSnapshot;
  /** The deadline policy's state after the events. */
  deadlines: DeadlineState;
}

export interface SealOptions {
  /** False for imported changes: they already reached the resident through their source. */
  outbox?: boolean;
  /** Plugin events sealed first, in the same chain (an approval before the answer it publishes). */
  leading?: readonly PendingPluginEvent[];
}

/** Where a complaint's chain stands: the version and hash of its last event. */
export interface ChainHead {
  complaintId: string;
  version: number;
  hash: string;
}

/** One lifecycle event sealed onto a chain, with the machine and the deadline state after it. */
export interface SealedStep {
  event: StoredEvent;
  snapshot: LifecycleSnapshot;
  deadlines: DeadlineState;
}

/**
 * Seals one lifecycle event after `head`: checked by the machine (`illegal_transition` when it
 * refuses), its payload validated, the machine advanced, hash-chained, folded into the deadline
 * state. The unit every writer of lifecycle events shares, so imported and commanded events are
 * built the same way.
 */
export function sealLifecycleEvent(
  runtime: DeskRuntime,
  head: ChainHead,
  snapshot: LifecycleSnapshot,
  deadlines: DeadlineState | null,
  actor: Actor,
  lifecycleEvent: LifecycleEvent,
  command: string,
): SealedStep {
  assertAccepted(head.complaintId, snapshot, lifecycleEvent, command);
  const payload = parseInput(
    eventPayloadSchemas[lifecycleEvent.type],
    lifecycleEvent.payload,
    `${lifecycleEvent.type} event`,
    runtime.language,
  );
  const next = advance(snapshot, lifecycleEvent);
  const event = sealEvent(
    {
      id: runtime.newId(),
      complaintId: head.complaintId,
      version: head.version + 1,
      type: lifecycleEvent.type,
      schemaVersion: EVENT_SCHEMA_VERSION,
      at: lifecycleEvent.at,
      actor,
      payload,
    },
    head.hash,
  );
  return { event, snapshot: next, deadlines: runtime.deadlines.advance(deadlines, event, statusOf(next), next.context) };
}

/**
 * Applies lifecycle events to a complaint in memory: each checked by the machine and validated,
 * hash-chained, folded into the deadline state, with the outbox rows it causes. Nothing is stored.
 */
export function sealEvents(
  runtime: DeskRuntime,
  complaint: ComplaintProjection,
  snapshot: LifecycleSnapshot,
  actor: Actor,
  lifecycleEvents: readonly LifecycleEvent[],
  command: string,
  options: SealOptions = {},
): SealedEvents {
  let current = snapshot;
  let deadlines = complaint.machine.deadlines ?? null;
  const events: StoredEvent[] = [];
  const outbox: OutboxMessage[] = [];
  const at = lifecycleEvents[0]?.at;
  if (at !== undefined && options.leading?.length) sealPluginEventsAfter(runtime, complaint, options.leading, at, events, outbox);
  for (const lifecycleEvent of lifecycleEvents) {
    const head = {
      complaintId: complaint.id,
      version: complaint.version + events.length,
      hash: events.at(-1)?.hash ?? complaint.lastEventHash,
    };
    const step = sealLifecycleEvent(runtime, head, current, deadlines, actor, lifecycleEvent, command);
    current = step.snapshot;
    deadlines = step.deadlines;
    if (options.outbox !== false) outbox.push(...outboxMessagesFor(step.event, current.context, runtime.newId));
    events.push(step.event);
  }
  const last = events.at(-1);
  if (!last || !deadlines) throw new RangeError('sealEvents needs at least one event');
  return {
    events,
    projection: projectionOf(current, last, deadlines),
    outbox,
    externalRefs: current.context.externalRefs.slice(snapshot.context.externalRefs.length),
    snapshot: current,
    deadlines,
  };
}

/** Seals plugin events after the ones already in `events`, adding their outbox rows to `outbox`. */
export function sealPluginEventsAfter(
  runtime: DeskRuntime,
  complaint: ComplaintProjection,
  pending: readonly PendingPluginEvent[],
  at: string,
  events: StoredEvent[],
  outbox: OutboxMessage[],
): void {
  const head = events.at(-1);
  const sealed = sealPluginEvents(
    runtime,
    complaint.id,
    pending,
    at,
    complaint.version + events.length + 1,
    head?.hash ?? complaint.lastEventHash,
  );
  for (const [index, event] of sealed.entries()) {
    events.push(event);
    outbox.push(...pluginOutboxRows(runtime, complaint, event, pending[index]!.outbox));
  }
}
