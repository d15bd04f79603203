import type { ComplaintProjection, StoredEvent } from '@aduan/spec';
import type { ComplaintEventType } from '../schemas/events.js';

/** What listeners receive for every stored event. Contact details are never part of it. */
export interface ComplaintNotice {
  event: StoredEvent;
  complaint: ComplaintProjection;
}

/** A plugin hook that failed where the desk cannot throw: the command happened, or the desk is closing. */
export interface PluginFailure {
  plugin: string;
  hook: 'afterEvents' | 'readModel' | 'sweep' | 'close';
  error: unknown;
}

/**
 * Typed event map of the desk: one entry per domain event type, `plugin-event-stored` for every
 * event of a V2 plugin (`notice.event.type` is `<plugin>/<event>`), plus operational signals.
 */
export type DeskEventMap = { [T in ComplaintEventType]: [notice: ComplaintNotice] } & {
  'plugin-event-stored': [notice: ComplaintNotice];
  'plugin-failed': [failure: PluginFailure];
};

export type DeskEventName = keyof DeskEventMap;
