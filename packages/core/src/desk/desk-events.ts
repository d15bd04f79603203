import type { ComplaintProjection, StoredEvent } from '@aduan/spec';
import type { ComplaintEventType } from '../schemas/events.js';

/** What listeners receive for every stored event. Contact details are never part of it. */
export interface ComplaintNotice {
  event: StoredEvent;
  complaint: ComplaintProjection;
}

export interface PluginFailure {
  plugin: string;
  hook: 'afterEvents';
  error: unknown;
}

/** Typed event map of the desk: one entry per domain event type, plus operational signals. */
export type DeskEventMap = { [T in ComplaintEventType]: [notice: ComplaintNotice] } & {
  'plugin-failed': [failure: PluginFailure];
};

export type DeskEventName = keyof DeskEventMap;
