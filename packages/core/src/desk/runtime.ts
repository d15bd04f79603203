import type { EventEmitter } from 'eventemitter3';
import type { Clock, DeadlinePolicyV1, DeskPlugin, PluginDeskV2, StoreV1 } from '@aduan/spec';
import type { LifecycleSnapshot } from '../machine/lifecycle.js';
import type { ValidationLanguage } from '../schemas/validation-messages.js';
import type { LruCache } from '../support/lru-cache.js';
import type { TrackingNumberGenerator } from '../support/tracking-number.js';
import type { DeskEventMap } from './desk-events.js';
import type { DeskGate } from './desk-gate.js';
import type { PluginRegistry } from './plugin-registry.js';

/** Everything the desk's operations share; built once by `createDesk`. */
export interface DeskRuntime {
  store: StoreV1;
  clock: Clock;
  /** V1 and V2 plugins, in registration order (their hooks run in it). */
  plugins: readonly DeskPlugin[];
  /** The event types and commands V2 plugins declared at setup. */
  registry: PluginRegistry;
  /** Each V2 plugin's view of the desk, by plugin name. */
  pluginDesks: Map<string, PluginDeskV2>;
  gate: DeskGate;
  emitter: EventEmitter<DeskEventMap>;
  deadlines: DeadlinePolicyV1;
  nextTrackingNumber: TrackingNumberGenerator;
  newId: () => string;
  /** Finds a quoted tracking number in a resident's message. */
  trackingPattern: RegExp;
  /** Secret for the contact keys of channel addresses; inbound routing needs it. */
  pseudonymKey: string | undefined;
  /** The language of validation messages. */
  language: ValidationLanguage;
  /**
   * Machine snapshots of recently changed complaints, keyed by the hash of their last event: that
   * hash names one exact state, so a hit can never be stale, and restoring is skipped.
   */
  snapshots: LruCache<string, LifecycleSnapshot>;
}
