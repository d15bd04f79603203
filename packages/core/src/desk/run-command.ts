import { InvalidInputError, VersionConflictError, type Actor, type ComplaintProjection } from '@aduan/spec';
import { restoreLifecycle } from '../machine/lifecycle.js';
import { commandSchemas, type CommandInput, type CommandName, type ParsedCommand } from '../schemas/commands.js';
import { actorSchema } from '../schemas/common.js';
import { parseInput } from '../support/parse.js';
import { alreadyRecorded } from './already-recorded.js';
import { authorizeCommand } from './authorization.js';
import { assertAccepted } from './assert-accepted.js';
import { commitEvents, type CommitOptions } from './commit-events.js';
import { buildLifecycleEvent } from './event-builders.js';
import { loadComplaint } from './load.js';
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
 * `via` names the plugin that issues it (`PluginDeskV2.run`); `leading` are that plugin's events,
 * stored first in the same append.
 */
export async function runCommand<C extends CommandName>(
  runtime: DeskRuntime,
  command: C,
  rawActor: Actor,
  rawInput: CommandInput<C>,
  options: CommitOptions & { via?: string } = {},
): Promise<ComplaintProjection> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  const input = parseInput(commandSchemas[command], rawInput, `${command} input`, runtime.language) as ParsedCommand<C>;
  const complaint = await loadComplaint(runtime.store, input.complaintId);
  authorizeCommand(actor, command, complaint);
  if (input.expectedVersion !== undefined && input.expectedVersion !== complaint.version) {
    throw new VersionConflictError(complaint.id, input.expectedVersion, complaint.version);
  }
  if (runtime.plugins.length > 0) await runBeforeCommand(runtime.plugins, { command, actor, input, complaint }, options.via);

  const snapshot = runtime.snapshots.get(complaint.lastEventHash) ?? restoreLifecycle(complaint.machine);
  const lifecycleEvent = buildLifecycleEvent(command, input, {
    context: snapshot.context,
    actor,
    at: runtime.clock.now(),
    deadlines: runtime.deadlines,
  });
  if (alreadyRecorded(lifecycleEvent, snapshot)) return complaint;
  if (command === 'merge') {
    // Checked before the target: a final complaint is refused as such, whatever the target.
    // Every other command is checked once, by commitEvents.
    assertAccepted(complaint.id, snapshot, lifecycleEvent, command);
    await checkMergeTarget(runtime, input as ParsedCommand<'merge'>);
  }
  return commitEvents(runtime, complaint, snapshot, actor, [lifecycleEvent], command, options);
}
