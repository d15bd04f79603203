import type { Clock } from './clock.js';
import type { DeadlineClockV1 } from './deadline-policy-v1.js';
import type { ComplaintSummary, ComplaintView, ListQuery } from './desk-v1.js';
import type { Actor, ActorRole, ComplainantIdentity, ComplaintProjection } from './domain.js';
import type { FieldIssue } from './errors.js';
import type { StoredEvent } from './events.js';
import type { BeforeCommandContext, BeforeCommandResult, PluginV1 } from './plugin-v1.js';
import type { DedupeKey } from './store-v1.js';

/**
 * Plugin contract, version 2: what a plugin needs beyond V1's two hooks — its own commands, its own
 * events in the complaint's history, messages to the resident, events stored together with a
 * command's, messages from residents it waits for, work on the sweep's clock, and read models it
 * keeps up to date. V1 plugins keep working unchanged; a desk accepts both versions side by side.
 *
 * Plugin events live in the complaint's hash-chained stream like lifecycle events, under the type
 * `<plugin name>/<event name>` (e.g. `sign-off/draft-submitted`). They never change the lifecycle
 * state, and deadline policies never see them: replay and rebuild skip them for the machine but keep
 * them in the chain, so `verifyHistory` verifies them like any other event. Any lifecycle change a
 * plugin wants goes through a desk command (`PluginDeskV2.run`), so the machine stays the one source
 * of transitions. They are kept out of public tracking and of the resident's conversation; officers
 * see them in `history` with the same redaction as other events, residents only the types that say
 * `shownToComplainant`. A plugin event may be added to a complaint in any state, final ones included
 * (a survey answer after resolution).
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
  /**
   * Whether the payload may hold the resident's identity or words that could identify them: readers
   * without full identity visibility (unit officers, supervisors, auditors) then see the value
   * `[redacted]` in place of each such member — of every member (`true`) or of the members named.
   */
  personal?: boolean | readonly string[];
  /** Whether the resident sees these events in their own complaint's history. Default false: internal work (drafts, approvals) stays with officials. */
  shownToComplainant?: boolean;
}

/** A message to the resident written with a plugin event, in the same append (the outbox). */
export interface PluginOutboxMessageV2 {
  /** The text, 1 to 10,000 characters; the relay splits it to the channel's `maxTextLength`. */
  body: string;
}

/** One of the plugin's events, to be stored (the desk adds id, version, time and hash). */
export interface PluginEventDraftV2 {
  /** The plugin's event name (without the plugin prefix), registered at setup. */
  name: string;
  payload: Record<string, unknown>;
  /** Who caused it; defaults to the plugin's own system actor. */
  actor?: Actor;
  /** Messages to the resident on the complaint's channel, sent through the outbox (at most 5). */
  outbox?: readonly PluginOutboxMessageV2[];
}

export interface AppendPluginEventInputV2 extends PluginEventDraftV2 {
  complaintId: string;
  /** Optimistic concurrency: fail with `version_conflict` unless the complaint is at this version. */
  expectedVersion?: number;
  /** The inbound message this event records: a redelivery of it then fails with `duplicate_message`. */
  dedupeKey?: DedupeKey;
}

export interface RunCommandOptionsV2 {
  /**
   * Plugin events stored in the same append, before the command's own event (an approval and the
   * answer it publishes; a survey answer and the reopening it causes): all or nothing.
   */
  events?: readonly PluginEventDraftV2[];
  /** The inbound message the command records (see `AppendPluginEventInputV2.dedupeKey`). */
  dedupeKey?: DedupeKey;
}

/**
 * The desk as a plugin sees it. Commands run with full authorization and validation, exactly as
 * if called on the desk; the plugin's own actor is `{ id: 'plugin:<name>', role: 'system' }`.
 * Calls made while the desk runs one of the plugin's hooks or commands are part of that operation.
 */
export interface PluginDeskV2 {
  /** The plugin's own system actor. */
  readonly actor: Actor;
  /**
   * Runs a lifecycle command on an existing complaint (`respond`, `confirm`, `reopen`, `merge`, …)
   * as `actor`. Other plugins' `beforeCommand` hooks see it with `via` set to this plugin's name.
   */
  run(command: string, actor: Actor, input: Record<string, unknown>, options?: RunCommandOptionsV2): Promise<ComplaintSummary>;
  /** Appends one of this plugin's events (and its outbox messages) to a complaint's stream. */
  appendEvent(input: AppendPluginEventInputV2): Promise<StoredEvent>;
  get(actor: Actor, complaintId: string): Promise<ComplaintView>;
  list(actor: Actor, query?: ListQuery): Promise<{ items: ComplaintSummary[]; nextCursor: string | null }>;
  history(actor: Actor, complaintId: string): Promise<StoredEvent[]>;
  /**
   * Every stored event of every complaint, stream by stream, page by page. Each call reads the whole
   * history: a read model kept from start-up belongs in `PluginV2.readModel`, built in the desk's one pass.
   */
  replay(visit: (events: readonly StoredEvent[]) => void | Promise<void>): Promise<void>;
}

export interface PluginCommandContextV2 {
  actor: Actor;
  /** The input, already accepted by the command's `check`. */
  input: Record<string, unknown>;
  /** The complaint named by `input.complaintId`, as it is now (authorized for the actor); undefined when the input names none. */
  complaint: Readonly<ComplaintProjection> | undefined;
  desk: PluginDeskV2;
}

/** A command a plugin adds to the desk, run through `desk.runPluginCommand(actor, plugin, name, input)`. */
export interface PluginCommandV2 {
  /** Kebab-case, e.g. `submit-draft`; other plugins' hooks see it as `<plugin>/<name>`. */
  name: string;
  /** Roles that may issue it; unit scope and ownership are checked by the desk when the input has a `complaintId`. */
  roles: readonly ActorRole[];
  check: PayloadCheckV2;
  run(context: PluginCommandContextV2): Promise<unknown>;
}

export interface PluginSetupContextV2 {
  desk: PluginDeskV2;
  clock: Clock;
  /** The desk's language for messages to officers (`createDesk({ language })`): plugins word their refusals in it. */
  language: 'id' | 'en';
  /** Declares an event type; only during setup. */
  registerEventType(type: PluginEventTypeV2): void;
  /** Declares a command; only during setup. */
  registerCommand(command: PluginCommandV2): void;
}

/** What a V2 plugin's `beforeCommand` sees: V1's context, and which plugin issued the command. */
export interface BeforeCommandContextV2 extends BeforeCommandContext {
  /** The plugin whose `PluginDeskV2.run` issued the command; undefined for commands from the desk's callers. */
  via: string | undefined;
}

/** The timeline of a complaint at the moment of a command, from the deadline policy. */
export interface ComplaintTimelineV2 {
  clocks: DeadlineClockV1[];
  expectedResolutionAt: string | null;
}

/** What `addEvents` sees: a command whose events the machine accepted, before anything is stored. */
export interface AddEventsContextV2 {
  command: string;
  actor: Actor;
  /** The events the command will store so far (sealed: plugin events it runs with, then its lifecycle events). */
  events: readonly StoredEvent[];
  /** The complaint as it will be after those events. */
  complaint: Readonly<ComplaintProjection>;
  /** The complaint before the command; undefined for `receive`. */
  previous: Readonly<ComplaintProjection> | undefined;
  /** Stage clocks and expected resolution after the events (computed on demand). */
  timeline(): ComplaintTimelineV2;
  /** The complainant's identity (also on `receive`, before it is stored); undefined when none was given or it was erased. */
  identity(): Promise<ComplainantIdentity | undefined>;
  /** For reads only: a write from here would race with the append under way. */
  desk: PluginDeskV2;
}

export interface AfterEventsContextV2 {
  command: string;
  actor: Actor;
  /** Lifecycle and plugin events stored by the command, in order. */
  events: readonly StoredEvent[];
  complaint: Readonly<ComplaintProjection>;
  desk: PluginDeskV2;
}

/** A resident's channel message, offered to plugins before the desk routes it. */
export interface InboundContextV2 {
  /** The resident, recognised by their channel address (a `complainant` actor). */
  resident: Actor;
  channel: string;
  messageId: string;
  /** The message text, trimmed. */
  text: string;
  receivedAt: string;
  /** Pass it with the events that record the message, so a redelivery is not recorded twice. */
  dedupeKey: DedupeKey;
  desk: PluginDeskV2;
}

/** A message a plugin recorded itself: the desk routes it no further. */
export interface InboundClaimV2 {
  complaintId: string;
}

export interface PluginSweepContextV2 {
  /** The sweep's instant (the desk's clock, or the `now` the sweep was given). */
  now: Date;
  desk: PluginDeskV2;
}

export interface PluginSweepReportV2 {
  acted: number;
  failed: readonly { complaintId: string; reason: string }[];
}

/**
 * A read model a plugin keeps in memory: a fold of the history (an index, counts, a schedule) that
 * its commands and sweeps read instead of the store. The desk builds every plugin's read model in
 * one pass when it starts — it reads the history once, stream by stream and page by page (never the
 * whole history in memory), and hands each stream to every read model in registration order — then
 * keeps them current with the events of every append. The desk serves only once every read model is
 * built; one that throws fails the start with `ReadModelFailedError` naming the plugin.
 */
export interface PluginReadModelV2 {
  /** Forgets everything; called before the start-up replay, so a plugin object given to a new desk starts clean. */
  reset?(): void;
  /**
   * Folds stored events of one complaint, in stream order: at start-up each stream of the history,
   * then the events of every append (of every command, whatever `capabilities.commands` says), before
   * the `afterEvents` hooks run. Events already applied must change nothing (a plugin may apply what it
   * just appended itself, before the desk does). After start-up a failure is reported as `plugin-failed`.
   */
  apply(events: readonly StoredEvent[]): void | Promise<void>;
  /**
   * Called once every stream has been applied, after `setup`, before the desk serves: work that
   * needs the whole fold (a count compared with the one stored elsewhere).
   */
  replayed?(): void | Promise<void>;
}

export interface PluginCapabilitiesV2 {
  /** The desk commands whose `beforeCommand`, `addEvents` and `afterEvents` hooks should run; absent = every command. */
  commands?: readonly string[];
  /** Whether `beforeCommand` may hold commands back. */
  mayReject: boolean;
  /** Whether the plugin sends messages to residents (its events carry outbox messages; the store must have an outbox). */
  sendsMessages: boolean;
}

/**
 * A plugin, version 2. Hooks run in registration order (V1 and V2 plugins together). Command names
 * the hooks see: the desk's commands (`receive`, `respond`, …), `sweep` for the deadline sweep's
 * acts, `<plugin>/<command>` for plugin commands, and `<plugin>/<event>` for events appended alone.
 */
export interface PluginV2 {
  readonly specificationVersion: 'v2';
  /** Kebab-case, unique on the desk; it prefixes the plugin's event types. */
  readonly name: string;
  readonly capabilities: PluginCapabilitiesV2;
  /** Called once when the desk is created, before any command; registration happens here. */
  setup?(context: PluginSetupContextV2): void | Promise<void>;
  /**
   * The plugin's read model, built from the history in the desk's one start-up pass (after every
   * plugin's `setup`) and kept current from every append. Prefer it to reading `desk.replay` in
   * `setup`: each such replay reads the whole history again.
   */
  readonly readModel?: PluginReadModelV2;
  beforeCommand?(context: BeforeCommandContextV2): BeforeCommandResult | Promise<BeforeCommandResult>;
  /**
   * Events of this plugin to store with a command's events, in the same append (an acknowledgement
   * on receipt, a question after an answer): never lost, never stored without them. A failure fails
   * the command. Not called for events appended alone.
   */
  addEvents?(context: AddEventsContextV2): readonly PluginEventDraftV2[] | undefined | Promise<readonly PluginEventDraftV2[] | undefined>;
  /** After the events are stored (plugin events too); failures are reported as `plugin-failed`, not thrown. */
  afterEvents?(context: AfterEventsContextV2): void | Promise<void>;
  /**
   * Offered each message of a known resident before the desk routes it; a plugin that records it
   * (an answer to its question) returns the complaint it went to, and the desk routes it no further.
   */
  claimInbound?(context: InboundContextV2): Promise<InboundClaimV2 | undefined>;
  /** Called by every `desk.sweep()` after the deadlines: work due on the sweep's clock (never a timer). */
  sweep?(context: PluginSweepContextV2): Promise<PluginSweepReportV2>;
  /** Releases what the plugin opened; called by `desk.close()` once the desk's operations have finished. */
  close?(): Promise<void>;
}

/** Any plugin a desk accepts. */
export type DeskPlugin = PluginV1 | PluginV2;
