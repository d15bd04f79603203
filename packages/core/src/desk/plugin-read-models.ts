import { ReadModelFailedError, type DeskPlugin, type PluginReadModelV2, type StoredEvent } from '@aduan/spec';
import { replayStreams } from './replay-streams.js';
import type { DeskRuntime } from './runtime.js';

interface HeldReadModel {
  plugin: string;
  model: PluginReadModelV2;
}

const readModelOf = (plugin: DeskPlugin): PluginReadModelV2 | undefined =>
  plugin.specificationVersion === 'v2' ? plugin.readModel : undefined;

/** Runs one read model's step; whatever it throws becomes the start's `ReadModelFailedError` naming the plugin. */
async function step(held: HeldReadModel, complaintId: string | undefined, work: () => unknown): Promise<void> {
  try {
    await work();
  } catch (error) {
    throw new ReadModelFailedError(held.plugin, complaintId, { cause: error });
  }
}

/**
 * Builds every V2 plugin's read model in one pass over the history: each is reset, the store's
 * streams are read once, page by page, and each stream goes to every read model in registration
 * order; then each hears that the replay is over. A store failure propagates as it is; a read model
 * that throws stops the pass with `ReadModelFailedError`.
 */
export async function buildReadModels(runtime: DeskRuntime): Promise<void> {
  const held: HeldReadModel[] = [];
  for (const plugin of runtime.plugins) {
    const model = readModelOf(plugin);
    if (model) held.push({ plugin: plugin.name, model });
  }
  if (held.length === 0) return;
  for (const entry of held) await step(entry, undefined, () => entry.model.reset?.());
  await replayStreams(runtime, async (events, complaintId) => {
    for (const entry of held) await step(entry, complaintId, () => entry.model.apply(events));
  });
  for (const entry of held) await step(entry, undefined, () => entry.model.replayed?.());
}

/**
 * Keeps the read models current after an append, with its events, before the `afterEvents` hooks
 * (whatever `capabilities.commands` says: a read model folds every event). The events are stored, so
 * a failure is reported as `plugin-failed` and the others still apply them.
 */
export async function applyToReadModels(runtime: DeskRuntime, events: readonly StoredEvent[]): Promise<void> {
  for (const plugin of runtime.plugins) {
    const model = readModelOf(plugin);
    if (!model) continue;
    try {
      await model.apply(events);
    } catch (error) {
      runtime.emitter.emit('plugin-failed', { plugin: plugin.name, hook: 'readModel', error });
    }
  }
}
