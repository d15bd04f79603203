import {
  InvalidConfigError,
  PluginRejectedError,
  type Actor,
  type BeforeCommandContext,
  type BeforeCommandContextV2,
  type BeforeCommandResult,
  type ComplaintProjection,
  type DeskPlugin,
  type StoredEvent,
} from '@aduan/spec';
import { isPluginEventType } from '../support/plugin-event-type.js';
import { applyToReadModels } from './plugin-read-models.js';
import type { DeskRuntime } from './runtime.js';

/** Whether a plugin's hooks run for `command` (its `capabilities.commands`, absent = every command). */
export const wantsCommand = (plugin: DeskPlugin, command: string): boolean => plugin.capabilities.commands?.includes(command) ?? true;

/**
 * Runs every `beforeCommand` hook; the first that rejects stops the command before anything is
 * written. `via` names the plugin whose `PluginDeskV2.run` issued the command (V2 hooks see it).
 */
export async function runBeforeCommand(plugins: readonly DeskPlugin[], context: BeforeCommandContext, via?: string): Promise<void> {
  let withVia: BeforeCommandContextV2 | undefined;
  for (const plugin of plugins) {
    if (!plugin.beforeCommand || !wantsCommand(plugin, context.command)) continue;
    let verdict: BeforeCommandResult;
    if (plugin.specificationVersion === 'v2') {
      withVia ??= { ...context, via };
      verdict = await plugin.beforeCommand(withVia);
    } else {
      verdict = await plugin.beforeCommand(context);
    }
    if (verdict && 'reject' in verdict) {
      if (!plugin.capabilities.mayReject) {
        throw new InvalidConfigError('plugin', [
          { path: `${plugin.name}.capabilities.mayReject`, message: 'the plugin rejected a command although it declares it never does' },
        ]);
      }
      throw new PluginRejectedError(plugin.name, context.command, verdict.reject);
    }
  }
}

export interface StoredCommand {
  command: string;
  actor: Actor;
  events: readonly StoredEvent[];
  complaint: ComplaintProjection;
}

/**
 * Brings the V2 plugins' read models up to date, then runs every `afterEvents` hook; the command
 * already happened, so failures are reported as `plugin-failed`, not thrown. V1 plugins were written
 * for lifecycle events: they see only those, and nothing of an append that holds plugin events alone.
 */
export async function runAfterEvents(runtime: DeskRuntime, stored: StoredCommand): Promise<void> {
  await applyToReadModels(runtime, stored.events);
  let lifecycleEvents: readonly StoredEvent[] | undefined;
  for (const plugin of runtime.plugins) {
    if (!plugin.afterEvents || !wantsCommand(plugin, stored.command)) continue;
    try {
      if (plugin.specificationVersion === 'v2') {
        await plugin.afterEvents({ ...stored, desk: runtime.pluginDesks.get(plugin.name)! });
        continue;
      }
      lifecycleEvents ??= stored.events.some((event) => isPluginEventType(event.type))
        ? stored.events.filter((event) => !isPluginEventType(event.type))
        : stored.events;
      if (lifecycleEvents.length > 0) await plugin.afterEvents({ ...stored, events: lifecycleEvents });
    } catch (error) {
      runtime.emitter.emit('plugin-failed', { plugin: plugin.name, hook: 'afterEvents', error });
    }
  }
}
