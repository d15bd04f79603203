import { createActor, type Actor, type ActorOptions, type SnapshotFrom } from 'xstate';
import {
  RebuildRequiredError,
  type ComplaintContext,
  type ComplaintStatus,
  type DeadlineState,
  type MachineSnapshotRecord,
} from '@aduan/spec';
import { deepFreeze } from '../support/deep-freeze.js';
import type { LifecycleEvent } from '../schemas/events.js';
import { copyContext } from './context-copy.js';
import { complaintMachine, MACHINE_SCHEMA_VERSION, type ComplaintMachineInput } from './complaint-machine.js';

export type LifecycleSnapshot = SnapshotFrom<typeof complaintMachine>;
type LifecycleActor = Actor<typeof complaintMachine>;

/**
 * The started actor that holds each recent snapshot, so the next event on a snapshot is one
 * `send` instead of a new actor (xstate's `transition()` builds a throwaway actor per call, which
 * costs more than the rest of a desk command: see docs/benchmarks.md). Snapshots stay values:
 * an actor that has moved past a snapshot no longer counts for it, and advancing that snapshot
 * again starts a fresh actor from it. Entries go with their snapshots (a WeakMap).
 */
const holders = new WeakMap<LifecycleSnapshot, LifecycleActor>();

/** Starts an actor whose failures surface as thrown errors, never as xstate's unhandled-error report. */
function started(actor: LifecycleActor): LifecycleActor {
  actor.subscribe({ error: () => undefined });
  return actor.start();
}

function settled(actor: LifecycleActor): LifecycleSnapshot {
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') throw snapshot.error;
  if (snapshot.status === 'active') holders.set(snapshot, actor);
  return snapshot;
}

/**
 * Options that start an actor from a snapshot. xstate's types ask for the machine's input with
 * every actor of a machine that has one, but an actor started from a snapshot never reads it.
 */
function restoring(snapshot: LifecycleSnapshot): ActorOptions<typeof complaintMachine> & { input: ComplaintMachineInput } {
  const options: ActorOptions<typeof complaintMachine> = { snapshot };
  return options as typeof options & { input: ComplaintMachineInput };
}

export function startLifecycle(input: ComplaintMachineInput): LifecycleSnapshot {
  return settled(started(createActor(complaintMachine, { input })));
}

/** Restores the machine from a projection's snapshot record (never from a live actor). */
export function restoreLifecycle(record: MachineSnapshotRecord): LifecycleSnapshot {
  if (record.schemaVersion !== MACHINE_SCHEMA_VERSION) {
    throw new RebuildRequiredError(
      `Lifecycle snapshot schema ${record.schemaVersion} is not supported (expected ${MACHINE_SCHEMA_VERSION})`,
      {
        schemaVersion: record.schemaVersion,
      },
    );
  }
  return complaintMachine.resolveState({ value: record.value, context: record.context as unknown as ComplaintContext });
}

export function statusOf(snapshot: LifecycleSnapshot): ComplaintStatus {
  return snapshot.value as ComplaintStatus;
}

/** Whether the machine accepts the event in this state, guards included. */
export function accepts(snapshot: LifecycleSnapshot, event: LifecycleEvent): boolean {
  return snapshot.can(event);
}

/** The next state; callers check `accepts` first (replay trusts the stored stream). */
export function advance(snapshot: LifecycleSnapshot, event: LifecycleEvent): LifecycleSnapshot {
  const held = holders.get(snapshot);
  const actor = held !== undefined && held.getSnapshot() === snapshot ? held : started(createActor(complaintMachine, restoring(snapshot)));
  actor.send(event);
  return settled(actor);
}

/**
 * The persisted form of a snapshot, with the policy's deadline bookkeeping. Its context is a
 * compact copy (see `copyContext`), frozen, because the projection reaches listeners and plugins.
 */
export function toSnapshotRecord(snapshot: LifecycleSnapshot, deadlines: DeadlineState): MachineSnapshotRecord {
  const context = deepFreeze(copyContext(snapshot.context)) as unknown as Record<string, unknown>;
  return { schemaVersion: MACHINE_SCHEMA_VERSION, value: statusOf(snapshot), context, deadlines };
}
