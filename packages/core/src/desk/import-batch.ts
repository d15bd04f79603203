import {
  AduanError,
  InvalidInputError,
  StoreFailureError,
  VersionConflictError,
  type Actor,
  type AppendInput,
  type ComplaintProjection,
  type ComplaintSummary,
  type DeadlineState,
  type IntakeInput,
  type StoredEvent,
} from '@aduan/spec';
import { restoreLifecycle, type LifecycleSnapshot } from '../machine/lifecycle.js';
import { commandSchemas, type CommandInput, type CommandName, type ParsedCommand } from '../schemas/commands.js';
import { actorSchema } from '../schemas/common.js';
import { intakeSchema } from '../schemas/intake.js';
import { projectionOf } from '../projection.js';
import { parseInput } from '../support/parse.js';
import { alreadyRecorded } from './already-recorded.js';
import { announce } from './announce.js';
import { authorizeCommand } from './authorization.js';
import { buildLifecycleEvent } from './event-builders.js';
import { runBeforeCommand } from './plugins.js';
import { sealFirstEvent } from './receive.js';
import { identityVisibility } from './redaction.js';
import type { DeskRuntime } from './runtime.js';
import { sealLifecycleEvent, type ChainHead } from './seal-events.js';
import { summaryOf } from './summary.js';

/** Commands an import may run; a merge needs its target checked and stays a desk command of its own. */
type ImportableCommand = Exclude<CommandName, 'merge'>;

/** One command of an import item, without the complaint it applies to (the item names it). */
type ImportCommand = {
  [C in ImportableCommand]: { command: C; input: Omit<CommandInput<C>, 'complaintId' | 'expectedVersion'> };
}[ImportableCommand];

/**
 * One imported change, applied all or nothing: a new complaint (`intake`, then `commands` in
 * order), or `commands` on an existing complaint. Commands that would only repeat what the
 * complaint records (a link it holds, a sync it has) are left out; an item left with nothing to do
 * is `unchanged`.
 */
export type ImportItem =
  | { intake: IntakeInput; commands?: readonly ImportCommand[] }
  | {
      complaintId: string;
      /** Fail with `version_conflict` unless the complaint is still at this version. */
      expectedVersion?: number;
      commands: readonly ImportCommand[];
    };

/** What became of one import item, in the order of the items. */
export type ImportOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged'; complaint: ComplaintSummary }
  | { outcome: 'failed'; error: AduanError };

/** The most items one batch takes: one store call writes them all. */
const MAX_BATCH = 5_000;

/** An item ready to store: its append and what it becomes. */
interface Planned {
  index: number;
  created: boolean;
  append: AppendInput;
  projection: ComplaintProjection;
  /** The head an updated complaint had before: its cached snapshot names a state it is no longer in. */
  oldHead: string | undefined;
}

const MERGE_REFUSED = 'an import cannot merge complaints: run desk.merge';

/** Where an item's chain stands while its commands are applied. */
interface ItemState {
  snapshot: LifecycleSnapshot;
  deadlines: DeadlineState | null;
  head: ChainHead;
}

/** An item's commands applied: the events they add (none when all repeat what is recorded) and the state after them. */
interface Applied {
  events: StoredEvent[];
  snapshot: LifecycleSnapshot;
  deadlines: DeadlineState | null;
}

/**
 * Applies an item's commands one after another to a complaint held in memory, each validated,
 * authorized and sealed as the desk's own command would be. No projection is built per command:
 * the item's one projection comes from the state after its last event (`projected`).
 */
function applyCommands(runtime: DeskRuntime, actor: Actor, start: ItemState, commands: readonly ImportCommand[], at: Date): Applied {
  let { snapshot, deadlines, head } = start;
  const events: StoredEvent[] = [];
  for (const [position, { command, input: rawInput }] of commands.entries()) {
    if ((command as string) === 'merge' || !Object.hasOwn(commandSchemas, command)) {
      throw new InvalidInputError('import item', [{ path: `commands.${position}.command`, message: MERGE_REFUSED }]);
    }
    const input = parseInput(
      commandSchemas[command],
      { ...rawInput, complaintId: head.complaintId },
      `${command} input`,
      runtime.language,
    ) as ParsedCommand<typeof command>;
    const { context } = snapshot;
    authorizeCommand(actor, command, { id: head.complaintId, unitId: context.unitId, complainantId: context.complainantId });
    const event = buildLifecycleEvent(command, input, { context, actor, at, deadlines: runtime.deadlines });
    if (alreadyRecorded(event, snapshot)) continue;
    const step = sealLifecycleEvent(runtime, head, snapshot, deadlines, actor, event, command);
    events.push(step.event);
    ({ snapshot, deadlines } = step);
    head = { complaintId: head.complaintId, version: step.event.version, hash: step.event.hash };
  }
  return { events, snapshot, deadlines };
}

/** The projection after an item's last event, and the references its events linked since `from`. */
function projected(applied: Applied, from: LifecycleSnapshot, last: StoredEvent) {
  const { snapshot, deadlines } = applied;
  if (!deadlines) throw new RangeError('an applied import item has no deadline state');
  return {
    projection: projectionOf(snapshot, last, deadlines),
    externalRefs: snapshot.context.externalRefs.slice(from.context.externalRefs.length),
  };
}

async function planCreate(
  runtime: DeskRuntime,
  actor: Actor,
  item: { intake: IntakeInput; commands?: readonly ImportCommand[] },
  at: Date,
): Promise<Omit<Planned, 'index'>> {
  authorizeCommand(actor, 'receive', undefined);
  const intake = parseInput(intakeSchema, item.intake, 'intake', runtime.language);
  if (runtime.plugins.length > 0)
    await runBeforeCommand(runtime.plugins, { command: 'receive', actor, input: intake, complaint: undefined });
  const known = actor.role === 'complainant' ? actor.id : intake.complainantId;
  const complainantId = known ?? runtime.newId();
  // A new complainant has no record to merge with; only a known one is read.
  const stored = known === undefined ? undefined : await runtime.store.doLoadIdentity(complainantId);
  const contact = Object.keys(intake.contact).length > 0 ? intake.contact : undefined;
  const identity = contact ? { ...stored, ...contact, complainantId } : undefined;
  const first = sealFirstEvent(runtime, actor, intake, complainantId);
  const head = { complaintId: first.event.complaintId, version: 1, hash: first.event.hash };
  const applied = applyCommands(runtime, actor, { snapshot: first.snapshot, deadlines: first.deadlines, head }, item.commands ?? [], at);
  const events = [first.event, ...applied.events];
  const { projection, externalRefs } = projected(applied, first.snapshot, events.at(-1)!);
  const refs = [...(intake.externalRefs ?? []), ...externalRefs];
  const append: AppendInput = {
    complaintId: head.complaintId,
    expectedVersion: 0,
    events,
    projection,
    identity,
    dedupeKey: intake.channelMessageId ? { channel: intake.channel, messageId: intake.channelMessageId } : undefined,
    externalRefs: refs.length ? refs : undefined,
  };
  return { created: true, append, projection, oldHead: undefined };
}

async function planUpdate(
  runtime: DeskRuntime,
  actor: Actor,
  item: { complaintId: string; expectedVersion?: number; commands: readonly ImportCommand[] },
  at: Date,
): Promise<Omit<Planned, 'index'> | ComplaintProjection> {
  const complaint = await runtime.store.doLoadProjection(String(item.complaintId));
  if (!complaint)
    throw new InvalidInputError('import item', [{ path: 'complaintId', message: `complaint ${item.complaintId} does not exist` }]);
  if (item.expectedVersion !== undefined && item.expectedVersion !== complaint.version) {
    throw new VersionConflictError(complaint.id, item.expectedVersion, complaint.version);
  }
  if (runtime.plugins.length > 0) {
    for (const { command, input } of item.commands) {
      await runBeforeCommand(runtime.plugins, { command, actor, input: { ...input, complaintId: complaint.id }, complaint });
    }
  }
  const snapshot = runtime.snapshots.get(complaint.lastEventHash) ?? restoreLifecycle(complaint.machine);
  const head = { complaintId: complaint.id, version: complaint.version, hash: complaint.lastEventHash };
  const applied = applyCommands(runtime, actor, { snapshot, deadlines: complaint.machine.deadlines ?? null, head }, item.commands, at);
  const last = applied.events.at(-1);
  if (!last) return complaint;
  const { projection, externalRefs } = projected(applied, snapshot, last);
  const append: AppendInput = {
    complaintId: complaint.id,
    expectedVersion: complaint.version,
    events: applied.events,
    projection,
    externalRefs: externalRefs.length ? externalRefs : undefined,
  };
  return { created: false, append, projection, oldHead: complaint.lastEventHash };
}

/** Errors that belong to one item (its input, its complaint's state); anything else stops the import. */
function itemError(error: unknown): AduanError {
  if (AduanError.isInstance(error) && !StoreFailureError.isInstance(error) && error.code !== 'closed') return error;
  throw error;
}

/** Writes the planned appends: all in one call when the store can, else (or after a refusal) one by one. */
async function persist(runtime: DeskRuntime, planned: readonly Planned[], outcomes: (ImportOutcome | undefined)[]): Promise<Planned[]> {
  if (planned.length === 0) return [];
  const { store } = runtime;
  if (store.doAppendMany && planned.length > 1) {
    try {
      await store.doAppendMany(planned.map((item) => item.append));
      return [...planned];
    } catch (error) {
      // One item's conflict refuses the whole call: write them one by one, so it fails alone.
      itemError(error);
    }
  }
  const written: Planned[] = [];
  for (const item of planned) {
    try {
      await store.doAppend(item.append);
      written.push(item);
    } catch (error) {
      outcomes[item.index] = { outcome: 'failed', error: itemError(error) };
    }
  }
  return written;
}

/**
 * Applies a batch of imported changes through the desk: every intake and command validated,
 * authorized, offered to plugins and checked by the lifecycle machine as if issued one by one,
 * then stored with as few store calls as the store allows (`doAppendMany` when it has it). Each
 * item is all or nothing; an item that fails (bad input, a transition the lifecycle refuses, a
 * reference another complaint holds) is reported and the others go in. Imported changes already
 * happened in their source, so they send no message to the resident. Store failures are thrown.
 */
export async function importBatch(runtime: DeskRuntime, rawActor: Actor, items: readonly ImportItem[]): Promise<ImportOutcome[]> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  if (!Array.isArray(items) || items.length > MAX_BATCH) {
    throw new InvalidInputError('import batch', [{ path: 'items', message: `must be a list of at most ${MAX_BATCH} items` }]);
  }
  const at = runtime.clock.now();
  const outcomes: (ImportOutcome | undefined)[] = new Array(items.length);
  const planned: Planned[] = [];
  const targets = new Set<string>();
  for (const [index, item] of items.entries()) {
    try {
      if ('intake' in item) {
        planned.push({ index, ...(await planCreate(runtime, actor, item, at)) });
        continue;
      }
      if (targets.has(item.complaintId)) {
        throw new InvalidInputError('import batch', [{ path: `${index}.complaintId`, message: 'appears twice in one batch' }]);
      }
      targets.add(item.complaintId);
      const plan = await planUpdate(runtime, actor, item, at);
      if ('append' in plan) planned.push({ index, ...plan });
      else outcomes[index] = { outcome: 'unchanged', complaint: summaryOf(plan, identityVisibility(actor, plan)) };
    } catch (error) {
      outcomes[index] = { outcome: 'failed', error: itemError(error) };
    }
  }
  for (const item of await persist(runtime, planned, outcomes)) {
    const { projection } = item;
    // Imported complaints are not kept in the snapshot cache: a large import would evict the
    // complaints officers are working on and hold a live machine for each of thousands it will not
    // touch again (13 MB of live heap at 2,000, about four times that in peak heap). Their next
    // command restores the machine from the projection. An updated complaint's old head is dropped.
    if (item.oldHead !== undefined) runtime.snapshots.delete(item.oldHead);
    outcomes[item.index] = {
      outcome: item.created ? 'created' : 'updated',
      complaint: summaryOf(projection, identityVisibility(actor, projection)),
    };
    await announce(runtime, 'import', actor, item.append.events, projection);
  }
  return outcomes as ImportOutcome[];
}
