import {
  IllegalTransitionError,
  type Actor,
  type ComplaintProjection,
  type DedupeKey,
  type OutboxMessage,
  type StoredEvent,
} from '@aduan/spec';
import { complaintMachine } from '../machine/complaint-machine.js';
import { accepts, advance, statusOf, type LifecycleSnapshot } from '../machine/lifecycle.js';
import { refusalOf } from '../machine/lifecycle-rules.js';
import { projectionOf } from '../projection.js';
import { EVENT_SCHEMA_VERSION, eventPayloadSchemas, type LifecycleEvent } from '../schemas/events.js';
import { sealEvent } from '../support/hash-chain.js';
import { parseInput } from '../support/parse.js';
import { addPluginEvents, anyAddsEvents } from './add-plugin-events.js';
import { announce } from './announce.js';
import { outboxMessagesFor } from './outbox-messages.js';
import { pluginOutboxRows, sealPluginEvents, type PendingPluginEvent } from './plugin-events.js';
import type { DeskRuntime } from './runtime.js';

/**
 * Throws `illegal_transition` unless the machine accepts the event. When the state has
 * transitions for the event and only guards stood in the way, the error names the rule that
 * refused it (`refusal`); otherwise the state simply has no such transition.
 */
export function assertAccepted(complaintId: string, snapshot: LifecycleSnapshot, event: LifecycleEvent, command: string): void {
  if (accepts(snapshot, event)) return;
  const state = statusOf(snapshot);
  const handled = complaintMachine.getStateNodeById(`complaint.${state}`).transitions.has(event.type);
  throw new IllegalTransitionError(complaintId, state, command, handled ? refusalOf(snapshot.context, event) : undefined);
}

export interface CommitOptions {
  dedupeKey?: DedupeKey;
  /** Plugin events stored first, in the same append (an approval before the answer it publishes). */
  leading?: readonly PendingPluginEvent[];
}

/** Seals plugin events after the ones already in `events`, adding their outbox rows. */
function appendPluginEvents(
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

/**
 * Applies lifecycle events to a complaint and stores them in one atomic append: each event checked
 * by the machine and validated, hash-chained, folded into the deadline state; the projection and
 * the outbox rows written with them; then announced. The append carries the version the caller
 * loaded, so a concurrent change makes it fail with `version_conflict` instead of forking history.
 * Plugin events ride in the same append: those the command runs with first, then those plugins
 * add once the machine has accepted the lifecycle events (`addEvents`).
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
  let current = snapshot;
  let deadlines = complaint.machine.deadlines ?? null;
  const events: StoredEvent[] = [];
  const outbox: OutboxMessage[] = [];
  const at = lifecycleEvents[0]?.at;
  if (at === undefined) throw new RangeError('commitEvents needs at least one event');
  if (options.leading?.length) appendPluginEvents(runtime, complaint, options.leading, at, events, outbox);
  let prevHash = events.at(-1)?.hash ?? complaint.lastEventHash;
  for (const lifecycleEvent of lifecycleEvents) {
    assertAccepted(complaint.id, current, lifecycleEvent, command);
    const payload = parseInput(
      eventPayloadSchemas[lifecycleEvent.type],
      lifecycleEvent.payload,
      `${lifecycleEvent.type} event`,
      runtime.language,
    );
    current = advance(current, lifecycleEvent);
    const event = sealEvent(
      {
        id: runtime.newId(),
        complaintId: complaint.id,
        version: complaint.version + events.length + 1,
        type: lifecycleEvent.type,
        schemaVersion: EVENT_SCHEMA_VERSION,
        at: lifecycleEvent.at,
        actor,
        payload,
      },
      prevHash,
    );
    deadlines = runtime.deadlines.advance(deadlines, event, statusOf(current), current.context);
    outbox.push(...outboxMessagesFor(event, current.context, runtime.newId));
    events.push(event);
    prevHash = event.hash;
  }
  if (!deadlines) throw new RangeError('commitEvents needs at least one event');
  let projection = projectionOf(current, events.at(-1)!, deadlines);
  if (anyAddsEvents(runtime)) {
    const added = await addPluginEvents(runtime, {
      command,
      actor,
      events,
      complaint: projection,
      previous: complaint,
      identity: () => runtime.store.doLoadIdentity(complaint.complainantId),
    });
    if (added.length > 0) {
      appendPluginEvents(runtime, complaint, added, at, events, outbox);
      projection = projectionOf(current, events.at(-1)!, deadlines);
    }
  }
  const last = events.at(-1)!;
  await runtime.store.doAppend({
    complaintId: complaint.id,
    expectedVersion: complaint.version,
    events,
    projection,
    outbox,
    dedupeKey: options.dedupeKey,
  });
  // The old head's snapshot names a state no complaint is in any more: drop it rather than keep it
  // alive (and promoted by the GC) until the cache evicts it.
  runtime.snapshots.delete(complaint.lastEventHash);
  // A final state accepts no further event: caching it would only keep it alive for nothing.
  if (current.status !== 'done') runtime.snapshots.set(last.hash, current);
  await announce(runtime, command, actor, events, projection);
  return projection;
}
