import { createActor, createMachine, type ActorScope, type AnyActorRef, type EventObject, type SnapshotFrom } from 'xstate';
import { RebuildRequiredError, type ComplaintStatus, type MachineSnapshotRecord } from '@aduan/spec';
import type { DeadlineState } from '../deadlines.js';
import { deepFreeze } from '../support/deep-freeze.js';
import type { LifecycleEvent } from '../schemas/events.js';
import { complaintMachine, MACHINE_SCHEMA_VERSION, type ComplaintContext, type ComplaintMachineInput } from './complaint-machine.js';

export type LifecycleSnapshot = SnapshotFrom<typeof complaintMachine>;

/**
 * One actor scope shared by every pure transition. xstate's `transition()` builds a throwaway actor
 * per call (half the desk's time in benchmarks); the lifecycle machine only assigns context, spawns
 * nothing and runs no side effects, so a single inert scope is safe to reuse.
 */
const scopeOwner: AnyActorRef = createActor(createMachine({}));
const inertScope = {
  self: scopeOwner,
  system: scopeOwner.system,
  id: '',
  sessionId: '',
  logger: () => {},
  defer: () => {},
  emit: () => {},
  stopChild: () => {},
  actionExecutor: () => {},
} as unknown as ActorScope<LifecycleSnapshot, EventObject>;

export function startLifecycle(input: ComplaintMachineInput): LifecycleSnapshot {
  return complaintMachine.getInitialSnapshot(inertScope as never, input);
}

/** Restores the machine from a projection's snapshot record (never from a live actor). */
export function restoreLifecycle(record: MachineSnapshotRecord): LifecycleSnapshot {
  if (record.schemaVersion !== MACHINE_SCHEMA_VERSION) {
    throw new RebuildRequiredError(`Lifecycle snapshot schema ${record.schemaVersion} is not supported (expected ${MACHINE_SCHEMA_VERSION})`, {
      schemaVersion: record.schemaVersion,
    });
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
  return complaintMachine.transition(snapshot, event, inertScope as never);
}

/**
 * The persisted form of a snapshot, with the policy's deadline bookkeeping. It shares the
 * snapshot's context instead of copying it (xstate never changes a context: assign builds a new
 * one), frozen, because the projection reaches listeners and plugins while the snapshot stays
 * cached for the complaint's next command.
 */
export function toSnapshotRecord(snapshot: LifecycleSnapshot, deadlines: DeadlineState): MachineSnapshotRecord {
  const context = deepFreeze(snapshot.context) as unknown as Record<string, unknown>;
  return { schemaVersion: MACHINE_SCHEMA_VERSION, value: statusOf(snapshot), context, deadlines };
}
