import type { Actor, IdentityVisibility, StoredEvent } from '@aduan/spec';
import { isPluginEventType } from '../support/plugin-event-type.js';
import { redactEvent, redactPersonal } from './redaction.js';
import type { DeskRuntime } from './runtime.js';

/**
 * A complaint's events as one reader may see them. Lifecycle events: the complainant's id masked
 * unless visible. Plugin events besides: a resident sees only the types declared
 * `shownToComplainant`, and readers without full visibility see the members declared `personal`
 * redacted. A type no plugin on this desk declares (its plugin was removed) counts as internal and
 * wholly personal: privacy by default.
 */
export function historyFor(
  runtime: DeskRuntime,
  actor: Actor,
  visibility: IdentityVisibility,
  events: readonly StoredEvent[],
): StoredEvent[] {
  const visible: StoredEvent[] = [];
  for (const event of events) {
    if (!isPluginEventType(event.type)) {
      visible.push(redactEvent(event, visibility));
      continue;
    }
    const declared = runtime.registry.eventType(event.type)?.type;
    if (actor.role === 'complainant' && !declared?.shownToComplainant) continue;
    const personal = declared ? (declared.personal ?? false) : true;
    visible.push(redactEvent(redactPersonal(event, visibility, personal), visibility));
  }
  return visible;
}
