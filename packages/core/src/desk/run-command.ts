import {
  IllegalTransitionError,
  InvalidInputError,
  VersionConflictError,
  type Actor,
  type ComplaintProjection,
  type DedupeKey,
} from '@aduan/spec';
import { complaintMachine } from '../machine/complaint-machine.js';
import { accepts, advance, restoreLifecycle, statusOf } from '../machine/lifecycle.js';
import { projectionOf } from '../projection.js';
import { commandSchemas, type CommandInput, type CommandName, type ParsedCommand } from '../schemas/commands.js';
import { actorSchema } from '../schemas/common.js';
import { EVENT_SCHEMA_VERSION, eventPayloadSchemas } from '../schemas/events.js';
import { sealEvent } from '../support/hash-chain.js';
import { parseInput } from '../support/parse.js';
import { announce } from './announce.js';
import { authorizeCommand } from './authorization.js';
import { buildLifecycleEvent, guardRefusal } from './event-builders.js';
import { loadComplaint } from './load.js';
import { outboxMessagesFor } from './outbox-messages.js';
import { runBeforeCommand } from './plugins.js';
import type { DeskRuntime } from './runtime.js';

/** The target of a merge must exist and still be a live complaint. */
async function checkMergeTarget(runtime: DeskRuntime, input: ParsedCommand<'merge'>): Promise<void> {
  const target = await loadComplaint(runtime.store, input.intoId);
  if (target.status === 'merged' || target.status === 'rejected') {
    throw new InvalidInputError('merge input', [
      { path: 'intoId', message: `complaint ${input.intoId} is ${target.status}; merge into the complaint it leads to instead` },
    ]);
  }
}

/**
 * The one path every command on an existing complaint takes: validate, authorize, check the
 * version, ask plugins, ask the machine, append event + projection + outbox atomically, announce.
 */
export async function runCommand<C extends CommandName>(
  runtime: DeskRuntime,
  command: C,
  rawActor: Actor,
  rawInput: CommandInput<C>,
  options: { dedupeKey?: DedupeKey } = {},
): Promise<ComplaintProjection> {
  const actor = parseInput(actorSchema, rawActor, 'actor');
  const input = parseInput(commandSchemas[command], rawInput, `${command} input`) as ParsedCommand<C>;
  const complaint = await loadComplaint(runtime.store, input.complaintId);
  authorizeCommand(actor, command, complaint);
  if (input.expectedVersion !== undefined && input.expectedVersion !== complaint.version) {
    throw new VersionConflictError(complaint.id, input.expectedVersion, complaint.version);
  }
  await runBeforeCommand(runtime.plugins, { command, actor, input, complaint });

  const snapshot = runtime.snapshots.get(complaint.lastEventHash) ?? restoreLifecycle(complaint.machine);
  const at = runtime.clock.now();
  const lifecycleEvent = buildLifecycleEvent(command, input, { context: snapshot.context, actor, at, deadlines: runtime.deadlines });
  if (!accepts(snapshot, lifecycleEvent)) {
    const state = statusOf(snapshot);
    const handled = complaintMachine.getStateNodeById(`complaint.${state}`).transitions.has(lifecycleEvent.type);
    throw new IllegalTransitionError(complaint.id, state, command, handled ? guardRefusal(lifecycleEvent, snapshot.context) : undefined);
  }
  // After the lifecycle check: a final complaint is refused as such, whatever the target.
  if (command === 'merge') await checkMergeTarget(runtime, input as ParsedCommand<'merge'>);
  const payload = parseInput(eventPayloadSchemas[lifecycleEvent.type], lifecycleEvent.payload, `${lifecycleEvent.type} event`);
  const next = advance(snapshot, lifecycleEvent);
  const event = sealEvent(
    {
      id: runtime.newId(),
      complaintId: complaint.id,
      version: complaint.version + 1,
      type: lifecycleEvent.type,
      schemaVersion: EVENT_SCHEMA_VERSION,
      at: lifecycleEvent.at,
      actor,
      payload,
    },
    complaint.lastEventHash,
  );
  const deadlines = runtime.deadlines.advance(complaint.machine.deadlines ?? null, event, statusOf(next), next.context);
  const projection = projectionOf(next, event, deadlines);
  await runtime.store.doAppend({
    complaintId: complaint.id,
    expectedVersion: complaint.version,
    events: [event],
    projection,
    outbox: outboxMessagesFor(event, next.context, runtime.newId),
    dedupeKey: options.dedupeKey,
  });
  runtime.snapshots.set(event.hash, next);
  await announce(runtime, command, actor, [event], projection);
  return projection;
}
