import type { Actor, ComplainantIdentity, ComplaintContext, ComplaintProjection, ComplaintTimelineV2, StoredEvent } from '@aduan/spec';
import { pendingPluginEvent, type PendingPluginEvent } from './plugin-events.js';
import { wantsCommand } from './plugins.js';
import type { DeskRuntime } from './runtime.js';

export interface CommandUnderWay {
  command: string;
  actor: Actor;
  /** The events sealed so far (plugin events the command runs with, then its lifecycle events). */
  events: readonly StoredEvent[];
  /** The complaint after those events. */
  complaint: ComplaintProjection;
  previous: ComplaintProjection | undefined;
  identity(): Promise<ComplainantIdentity | undefined>;
}

/** The policy's clocks and expected resolution of a complaint at `at`. */
function timelineOf(runtime: DeskRuntime, complaint: ComplaintProjection, at: string): ComplaintTimelineV2 {
  const state = complaint.machine.deadlines;
  const context = complaint.machine.context as unknown as ComplaintContext;
  if (!state) return { clocks: [], expectedResolutionAt: null };
  return {
    clocks: runtime.deadlines.clocks(state, context, new Date(at)),
    expectedResolutionAt: runtime.deadlines.expectedResolution(state, context),
  };
}

/**
 * Asks every V2 plugin with an `addEvents` hook for events to store with a command's events, in
 * registration order, and checks each against its plugin's declarations. A hook that throws fails
 * the command: its events are part of the command's one append.
 */
export async function addPluginEvents(runtime: DeskRuntime, underWay: CommandUnderWay): Promise<PendingPluginEvent[]> {
  const added: PendingPluginEvent[] = [];
  let timeline: ComplaintTimelineV2 | undefined;
  for (const plugin of runtime.plugins) {
    if (plugin.specificationVersion !== 'v2' || !plugin.addEvents || !wantsCommand(plugin, underWay.command)) continue;
    const drafts = await plugin.addEvents({
      ...underWay,
      timeline: () => (timeline ??= timelineOf(runtime, underWay.complaint, underWay.events.at(-1)!.at)),
      desk: runtime.pluginDesks.get(plugin.name)!,
    });
    for (const draft of drafts ?? []) added.push(pendingPluginEvent(runtime, plugin, draft));
  }
  return added;
}

/** Whether any plugin may add events to a command, so commands without such plugins skip the work. */
export const anyAddsEvents = (runtime: DeskRuntime): boolean =>
  runtime.plugins.some((plugin) => plugin.specificationVersion === 'v2' && plugin.addEvents !== undefined);
