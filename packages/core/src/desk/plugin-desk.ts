import { InvalidInputError, type PluginDeskV2, type PluginV2 } from '@aduan/spec';
import { commandSchemas, type CommandName } from '../schemas/commands.js';
import { appendPluginEvent, checkedDedupeKey } from './append-plugin-event.js';
import { pendingPluginEvent, pluginActor } from './plugin-events.js';
import { replayStreams } from './replay-streams.js';
import { complaintHistory, getComplaint, listComplaints } from './reads.js';
import { identityVisibility } from './redaction.js';
import { runCommand } from './run-command.js';
import type { DeskRuntime } from './runtime.js';
import { summaryOf } from './summary.js';

/** Plugin events one `run` may carry in front of its command. */
const MAX_LEADING_EVENTS = 10;

const isCommandName = (command: unknown): command is CommandName => typeof command === 'string' && Object.hasOwn(commandSchemas, command);

/**
 * The desk as one V2 plugin sees it: the desk's own operations, through the same gate, checks and
 * hooks, plus writing the plugin's events. Commands it runs carry `via` (the plugin's name) to the
 * other plugins' `beforeCommand` hooks.
 */
export function createPluginDesk(runtime: DeskRuntime, plugin: PluginV2): PluginDeskV2 {
  const { gate } = runtime;
  return {
    actor: pluginActor(plugin),
    run: (command, actor, input, options = {}) =>
      gate.run(async () => {
        if (!isCommandName(command)) {
          throw new InvalidInputError('plugin run', [
            {
              path: 'command',
              message: `"${command}" is not a command on an existing complaint (${Object.keys(commandSchemas).join(', ')})`,
            },
          ]);
        }
        const drafts = options.events ?? [];
        if (!Array.isArray(drafts) || drafts.length > MAX_LEADING_EVENTS) {
          throw new InvalidInputError('plugin run', [
            { path: 'events', message: `must be a list of at most ${MAX_LEADING_EVENTS} events` },
          ]);
        }
        const leading = drafts.map((draft) => pendingPluginEvent(runtime, plugin, draft));
        const dedupeKey = checkedDedupeKey(runtime, options.dedupeKey);
        const complaint = await runCommand(runtime, command, actor, input as never, { via: plugin.name, leading, dedupeKey });
        return summaryOf(complaint, identityVisibility(actor, complaint));
      }),
    appendEvent: (input) => gate.run(() => appendPluginEvent(runtime, plugin, input)),
    get: (actor, complaintId) => gate.run(() => getComplaint(runtime, actor, complaintId)),
    list: (actor, query) => gate.run(() => listComplaints(runtime, actor, query)),
    history: (actor, complaintId) => gate.run(() => complaintHistory(runtime, actor, complaintId)),
    replay: (visit) => gate.run(() => replayStreams(runtime, (events) => visit(events))),
  };
}
