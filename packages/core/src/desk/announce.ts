import type { Actor, ComplaintProjection, StoredEvent } from '@aduan/spec';
import type { ComplaintEventType } from '../schemas/events.js';
import { isPluginEventType } from '../support/plugin-event-type.js';
import { runAfterEvents } from './plugins.js';
import type { DeskRuntime } from './runtime.js';

/** After a successful append: tell listeners, then the plugins' `afterEvents` hooks. */
export async function announce(
  runtime: DeskRuntime,
  command: string,
  actor: Actor,
  events: readonly StoredEvent[],
  complaint: ComplaintProjection,
): Promise<void> {
  for (const event of events) {
    const type = isPluginEventType(event.type) ? 'plugin-event-stored' : (event.type as ComplaintEventType);
    // No notice object is built for an event nobody listens to.
    if (runtime.emitter.listenerCount(type) > 0) runtime.emitter.emit(type, { event, complaint });
  }
  if (runtime.plugins.length > 0) await runAfterEvents(runtime, { command, actor, events, complaint });
}
