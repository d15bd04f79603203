import type { Actor, ActorRole, ComplaintProjection } from './domain.js';
import type { StoredEvent } from './events.js';
import type { FieldIssue } from './errors.js';
import type { BeforeCommandContext, BeforeCommandResult } from './plugin-v1.js';
import type { Clock } from './clock.js';
import type { ComplaintSummary, ComplaintView, ListQuery } from './desk-v1.js';

/**
 * Plugin contract, version 2: what a plugin needs beyond V1's two hooks — its own commands, its own
 * events in the complaint's history, messages to the resident, and read models it keeps up to date.
 * V1 plugins keep working unchanged; a desk accepts both versions side by side.
 *
 * Plugin events live in the complaint's hash-chained stream like lifecycle events, under the type
 * `<plugin name>/<event name>` (e.g. `sign-off/draft-submitted`). They never change the lifecycle
 * state; any lifecycle change a plugin wants goes through a desk command (`PluginDeskV2.run`), so
 * the machine stays the one source of transitions. They are kept out of public tracking and of the
 * resident's conversation; readers see them in `history` with the same redaction as other events.
 */

/** Validates a plugin command's input or a plugin event's payload; answers the issues found (empty = valid). */
export type PayloadCheckV2 = (value: unknown) => readonly FieldIssue[];

/** An event type a plugin declares at setup. */
export interface PluginEventTypeV2 {
  /** The part after `<plugin>/`, kebab-case, e.g. `draft-submitted`. */
  name: string;
  /** Bump when the payload changes; stored events keep their version. */
  schemaVersion: number;
  check: PayloadCheckV2;
  /** Whether the payload may hold the resident's words or identity: then readers without full identity visibility see it redacted. */
  personal?: boolean;
}

/** A message to the resident written with a plugin event, in the same transaction (the outbox). */
export interface PluginOutboxMessageV2 {
  body: string;
}

export interface AppendPluginEventInputV2 {
  complaintId: string;
  /** The plugin's event name (without the plugin prefix). */
  name: string;
  payload: Record<string, unknown>;
  /** Who caused it; defaults to the plugin's own system actor. */
  actor?: Actor;
  /** Optimistic concurrency: fail with `version_conflict` unless the complaint is at this version. */
  expectedVersion?: number;
  /** Messages to the resident on the complaint's channel, sent through the outbox. */
  outbox?: readonly PluginOutboxMessageV2[];
}

/**
 * The desk as a plugin sees it. Commands run with full authorization and validation, exactly as
 * if called on the desk; the plugin's own actor is `{ id: 'plugin:<name>', role: 'system' }`.
 */
export interface PluginDeskV2 {
  /** The plugin's own system actor. */
  readonly actor: Actor;
  /** Runs a lifecycle command (`respond`, `confirm`, `reopen`, `merge`, …) as `actor`. */
  run(command: string, actor: Actor, input: Record<string, unknown>): Promise<ComplaintSummary>;
  /** Appends one of this plugin's events (and its outbox messages) to a complaint's stream. */
  appendEvent(input: AppendPluginEventInputV2): Promise<StoredEvent>;
  get(actor: Actor, complaintId: string): Promise<ComplaintView>;
  list(actor: Actor, query?: ListQuery): Promise<{ items: ComplaintSummary[]; nextCursor: string | null }>;
  history(actor: Actor, complaintId: string): Promise<StoredEvent[]>;
  /** Every stored event of every complaint, stream by stream, for rebuilding a read model. */
  replay(visit: (events: readonly StoredEvent[]) => void | Promise<void>): Promise<void>;
}

/** A command a plugin adds to the desk, run through `desk.runPluginCommand(actor, plugin, name, input)`. */
export interface PluginCommandV2 {
  name: string;
  /** Roles that may issue it; unit scope is checked by the desk when the input has a `complaintId`. */
  roles: readonly ActorRole[];
  check: PayloadCheckV2;
  run(context: { actor: Actor; input: Record<string, unknown>; complaint: Readonly<ComplaintProjection> | undefined }): Promise<unknown>;
}

export interface PluginSetupContextV2 {
  desk: PluginDeskV2;
  clock: Clock;
  registerEventType(type: PluginEventTypeV2): void;
  registerCommand(command: PluginCommandV2): void;
}

export interface AfterEventsContextV2 {
  command: string;
  actor: Actor;
  /** Lifecycle and plugin events stored by the command, in order. */
  events: readonly StoredEvent[];
  complaint: Readonly<ComplaintProjection>;
  desk: PluginDeskV2;
}

export interface PluginCapabilitiesV2 {
  /** The desk commands whose `beforeCommand`/`afterEvents` hooks should run; absent = every command. */
  commands?: readonly string[];
  /** Whether `beforeCommand` may hold commands back. */
  mayReject: boolean;
  /** Whether the plugin sends messages to residents (operators can see which plugins talk to people). */
  sendsMessages: boolean;
}

export interface PluginV2 {
  readonly specificationVersion: 'v2';
  readonly name: string;
  readonly capabilities: PluginCapabilitiesV2;
  /** Called once when the desk is created, before any command; registration happens here. */
  setup?(context: PluginSetupContextV2): void | Promise<void>;
  beforeCommand?(context: BeforeCommandContext): BeforeCommandResult | Promise<BeforeCommandResult>;
  /** After the events are stored (plugin events too); failures are reported as `plugin-failed`, not thrown. */
  afterEvents?(context: AfterEventsContextV2): void | Promise<void>;
  /** Releases what the plugin opened; called by `desk.close()`. */
  close?(): Promise<void>;
}
