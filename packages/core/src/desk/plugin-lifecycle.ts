import { AduanError, InvalidConfigError, type PluginV2 } from '@aduan/spec';
import { createPluginDesk } from './plugin-desk.js';
import { buildReadModels } from './plugin-read-models.js';
import type { DeskRuntime } from './runtime.js';
import type { SweepReport } from './sweep.js';

const v2Plugins = (runtime: DeskRuntime): PluginV2[] =>
  runtime.plugins.filter((plugin): plugin is PluginV2 => plugin.specificationVersion === 'v2');

/** Gives every V2 plugin its view of the desk; answers whether there is any (then the desk waits for their setup). */
export function attachPluginDesks(runtime: DeskRuntime): boolean {
  const plugins = v2Plugins(runtime);
  for (const plugin of plugins) runtime.pluginDesks.set(plugin.name, createPluginDesk(runtime, plugin));
  return plugins.length > 0;
}

/** A setup failure as the desk reports it: aduan errors as they are, anything else as `invalid_config` naming the plugin. */
function setupFailure(plugin: PluginV2, error: unknown): AduanError {
  if (AduanError.isInstance(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InvalidConfigError('plugin', [{ path: `${plugin.name}.setup`, message }], { cause: error });
}

/**
 * Runs every V2 plugin's `setup`, in registration order, closes registration, then builds every
 * plugin's read model in one pass over the history: the desk serves once all of it is done.
 */
export async function setUpPlugins(runtime: DeskRuntime): Promise<void> {
  for (const plugin of v2Plugins(runtime)) {
    if (!plugin.setup) continue;
    try {
      await plugin.setup({
        desk: runtime.pluginDesks.get(plugin.name)!,
        clock: runtime.clock,
        language: runtime.language,
        ...runtime.registry.registrar(plugin),
      });
    } catch (error) {
      throw setupFailure(plugin, error);
    }
  }
  runtime.registry.seal();
  await buildReadModels(runtime);
}

/**
 * Runs every V2 plugin's `sweep` at the sweep's instant, after the deadlines, and files what each
 * did under `report.plugins`. A plugin whose sweep throws is reported as `plugin-failed`; the others
 * still run.
 */
export async function sweepPlugins(runtime: DeskRuntime, now: Date, report: SweepReport): Promise<void> {
  for (const plugin of v2Plugins(runtime)) {
    if (!plugin.sweep) continue;
    try {
      const done = await plugin.sweep({ now, desk: runtime.pluginDesks.get(plugin.name)! });
      report.plugins = { ...report.plugins, [plugin.name]: { acted: done.acted, failed: [...done.failed] } };
    } catch (error) {
      runtime.emitter.emit('plugin-failed', { plugin: plugin.name, hook: 'sweep', error });
    }
  }
}

/** Closes the V2 plugins, last registered first; a failure is reported as `plugin-failed` and the others still close. */
export async function closePlugins(runtime: DeskRuntime): Promise<void> {
  for (const plugin of v2Plugins(runtime).reverse()) {
    if (!plugin.close) continue;
    try {
      await plugin.close();
    } catch (error) {
      runtime.emitter.emit('plugin-failed', { plugin: plugin.name, hook: 'close', error });
    }
  }
}
