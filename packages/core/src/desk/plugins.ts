import { InvalidConfigError, PluginRejectedError, type AfterEventsContext, type BeforeCommandContext, type PluginV1 } from '@aduan/spec';
import type { EventEmitter } from 'eventemitter3';
import type { DeskEventMap } from './desk-events.js';

const wants = (plugin: PluginV1, command: string) => plugin.capabilities.commands?.includes(command) ?? true;

/** Fails fast at start-up on anything that is not a PluginV1. */
export function checkPlugins(plugins: readonly unknown[]): PluginV1[] {
  return plugins.map((plugin, index) => {
    const candidate = plugin as Partial<PluginV1> | null;
    if (candidate?.specificationVersion !== 'v1' || typeof candidate.name !== 'string' || candidate.name === '') {
      throw new InvalidConfigError('plugin', [
        {
          path: `plugins.${index}`,
          message:
            'must be a PluginV1: { specificationVersion: "v1", name, capabilities: { mayReject, commands? }, beforeCommand?, afterEvents? }',
        },
      ]);
    }
    const { capabilities } = candidate;
    if (typeof capabilities?.mayReject !== 'boolean' || (capabilities.commands !== undefined && !Array.isArray(capabilities.commands))) {
      throw new InvalidConfigError('plugin', [
        {
          path: `plugins.${index}.capabilities`,
          message: `plugin "${candidate.name}" must declare { mayReject: boolean, commands?: string[] }`,
        },
      ]);
    }
    return candidate as PluginV1;
  });
}

/** Runs every `beforeCommand` hook; the first that rejects stops the command before anything is written. */
export async function runBeforeCommand(plugins: readonly PluginV1[], context: BeforeCommandContext): Promise<void> {
  for (const plugin of plugins) {
    if (!wants(plugin, context.command)) continue;
    const verdict = await plugin.beforeCommand?.(context);
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

/** Runs every `afterEvents` hook; the command already happened, so failures are reported, not thrown. */
export async function runAfterEvents(
  plugins: readonly PluginV1[],
  context: AfterEventsContext,
  emitter: EventEmitter<DeskEventMap>,
): Promise<void> {
  for (const plugin of plugins) {
    if (!wants(plugin, context.command)) continue;
    try {
      await plugin.afterEvents?.(context);
    } catch (error) {
      emitter.emit('plugin-failed', { plugin: plugin.name, hook: 'afterEvents', error });
    }
  }
}
