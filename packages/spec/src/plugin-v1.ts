import type { Actor, ComplaintProjection } from './domain.js';
import type { StoredEvent } from './events.js';

/** What a plugin sees before a command runs. */
export interface BeforeCommandContext {
  command: string;
  actor: Actor;
  /** The validated command input. */
  input: Readonly<Record<string, unknown>>;
  /** The complaint as it is now; undefined for `receive`. */
  complaint: Readonly<ComplaintProjection> | undefined;
}

/** A plugin may hold a command back; the desk throws `plugin_rejected` with this reason. */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing lets the command through.
export type BeforeCommandResult = void | { reject: string };

export interface AfterEventsContext {
  command: string;
  actor: Actor;
  events: readonly StoredEvent[];
  complaint: Readonly<ComplaintProjection>;
}

/** What a plugin declares about itself; the desk checks it at start-up. */
export interface PluginCapabilitiesV1 {
  /** The commands whose hooks should run (e.g. `['respond', 'requestInfo']`); absent = every command. */
  commands?: readonly string[];
  /** Whether `beforeCommand` may hold commands back (`{ reject }`), so operators know it can refuse work. */
  mayReject: boolean;
}

/**
 * Plugin contract, version 1. Hooks run in registration order. `beforeCommand` runs before
 * anything is written; `afterEvents` after the events are stored (its errors are reported, not
 * rethrown: the command has happened).
 */
export interface PluginV1 {
  readonly specificationVersion: 'v1';
  readonly name: string;
  readonly capabilities: PluginCapabilitiesV1;
  beforeCommand?(context: BeforeCommandContext): BeforeCommandResult | Promise<BeforeCommandResult>;
  afterEvents?(context: AfterEventsContext): void | Promise<void>;
}
