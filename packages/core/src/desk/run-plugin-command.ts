import { InvalidInputError, NotFoundError, VersionConflictError, type Actor, type ComplaintProjection } from '@aduan/spec';
import { actorSchema, idString } from '../schemas/common.js';
import { PLUGIN_SEPARATOR } from '../support/plugin-event-type.js';
import { parseInput } from '../support/parse.js';
import { authorizePluginCommand } from './authorization.js';
import { loadComplaint } from './load.js';
import { runBeforeCommand } from './plugins.js';
import type { DeskRuntime } from './runtime.js';

/**
 * Runs a command a V2 plugin declared, by the rules of the desk's own commands: the actor and the
 * input validated (`invalid_input` naming every bad field), the complaint the input names loaded
 * (`not_found`), the role and the actor's unit scope or ownership checked (`forbidden`), an
 * `expectedVersion` compared (`version_conflict`), and every plugin's `beforeCommand` asked
 * (`plugin_rejected`) before the command runs. Hooks see it as `<plugin>/<command>`.
 */
export async function runPluginCommand(
  runtime: DeskRuntime,
  rawActor: Actor,
  pluginName: string,
  commandName: string,
  rawInput: Record<string, unknown>,
): Promise<unknown> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  const command = `${pluginName}${PLUGIN_SEPARATOR}${commandName}`;
  const registered =
    typeof pluginName === 'string' && typeof commandName === 'string' ? runtime.registry.command(pluginName, commandName) : undefined;
  if (!registered) throw new NotFoundError('Plugin command', command);
  if (typeof rawInput !== 'object' || rawInput === null || Array.isArray(rawInput)) {
    throw new InvalidInputError(`${command} input`, [
      { path: '', message: runtime.language === 'id' ? 'harus berupa objek' : 'must be an object' },
    ]);
  }
  const issues = registered.command.check(rawInput);
  if (issues.length > 0) throw new InvalidInputError(`${command} input`, issues);
  let complaint: ComplaintProjection | undefined;
  if (rawInput['complaintId'] !== undefined) {
    complaint = await loadComplaint(runtime.store, parseInput(idString, rawInput['complaintId'], 'complaint id', runtime.language));
  }
  authorizePluginCommand(actor, command, registered.command.roles, complaint);
  const expectedVersion = rawInput['expectedVersion'];
  if (complaint && typeof expectedVersion === 'number' && expectedVersion !== complaint.version) {
    throw new VersionConflictError(complaint.id, expectedVersion, complaint.version);
  }
  if (runtime.plugins.length > 0) await runBeforeCommand(runtime.plugins, { command, actor, input: rawInput, complaint });
  return registered.command.run({ actor, input: rawInput, complaint, desk: runtime.pluginDesks.get(registered.plugin.name)! });
}
