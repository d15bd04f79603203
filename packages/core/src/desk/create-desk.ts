import { randomUUID } from 'node:crypto';
import { systemClock } from '@aduan/adapter-utils';
import { EventEmitter } from 'eventemitter3';
import {
  ClosedError,
  InvalidConfigError,
  type Actor,
  type ComplaintProjection,
  type ComplaintSummary,
  type ExternalRef,
  type InboundMessageV1,
  type IntakeDeskV1,
  type QuarantinedInbound,
  type StoredEvent,
} from '@aduan/spec';
import { routeInbound, type RoutedInbound } from '../inbound/route-inbound.js';
import type { CommandInput } from '../schemas/commands.js';
import { createConfirmationOnlyPolicy } from '../sla/create-confirmation-only-policy.js';
import { checkStore } from '../store/check-store.js';
import type { ChainVerdict } from '../support/hash-chain.js';
import { LruCache } from '../support/lru-cache.js';
import { createTrackingNumberGenerator, DEFAULT_TRACKING_FORMAT, trackingNumberPattern } from '../support/tracking-number.js';
import { checkDeskOptions } from './check-desk-options.js';
import type { DeskEventMap } from './desk-events.js';
import { DeskGate } from './desk-gate.js';
import type { DeskOptions } from './desk-options.js';
import { importBatch, type ImportItem, type ImportOutcome } from './import-batch.js';
import { eraseIdentity, rebuildProjections, verifyComplaintHistory, type RebuildReport } from './maintenance.js';
import { attachPluginDesks, closePlugins, setUpPlugins, sweepPlugins } from './plugin-lifecycle.js';
import { PluginRegistry } from './plugin-registry.js';
import { checkPlugins } from './check-plugins.js';
import { discardQuarantined, listQuarantine } from './quarantine.js';
import {
  complaintHistory,
  countComplaints,
  findByExternalRef,
  getComplaint,
  getComplaintByTrackingNumber,
  listComplaints,
  trackComplaint,
} from './reads.js';
import { receiveComplaint } from './receive.js';
import { identityVisibility } from './redaction.js';
import { runCommand } from './run-command.js';
import { runPluginCommand } from './run-plugin-command.js';
import type { DeskRuntime } from './runtime.js';
import { startScheduler, type Scheduler, type SchedulerOptions } from './scheduler.js';
import { summaryOf } from './summary.js';
import { sweepDeadlines, type SweepOptions, type SweepReport } from './sweep.js';

function summaryFor(actor: Actor, complaint: ComplaintProjection): ComplaintSummary {
  return summaryOf(complaint, identityVisibility(actor, complaint));
}

type CommandName = Parameters<typeof runCommand>[1];

/** Every command answers with the complaint's new summary, redacted for the acting actor. */
type Command<C extends CommandName> = (actor: Actor, input: CommandInput<C>) => Promise<ComplaintSummary>;

/**
 * The one door to complaints: every command and every read goes through it, authorized for the
 * actor, validated, and (for commands) recorded as hash-chained events. Implements the
 * `IntakeDeskV1` contract that intake surfaces depend on.
 */
export interface Desk extends IntakeDeskV1, AsyncDisposable {
  requestInfo: Command<'requestInfo'>;
  provideInfo: Command<'provideInfo'>;
  verify: Command<'verify'>;
  reject: Command<'reject'>;
  dispose: Command<'dispose'>;
  returnNotOurs: Command<'returnNotOurs'>;
  respond: Command<'respond'>;
  confirm: Command<'confirm'>;
  reopen: Command<'reopen'>;
  resolve: Command<'resolve'>;
  escalate: Command<'escalate'>;
  merge: Command<'merge'>;
  /** Records a further message from the complainant; changes no state. */
  followUp: Command<'followUp'>;
  /**
   * Runs a command a V2 plugin declared (`desk.runPluginCommand(officer, 'sign-off', 'approve', { complaintId })`),
   * with the same validation, authorization and error rules as the desk's own commands. Answers
   * what the plugin's command answers; `not_found` for a command no plugin declared.
   */
  runPluginCommand(actor: Actor, plugin: string, command: string, input: Record<string, unknown>): Promise<unknown>;
  /** Resolves once every V2 plugin has set up (at once without them); rejects with the first setup failure, as every call then does. */
  ready(): Promise<void>;
  /**
   * Links the complaint to its id in another system (`{ system: 'lapor', id: '<Tracking ID>' }`),
   * with an event in its history; coordinators and the system, in every open state. Linking a
   * reference it already holds changes nothing; one another complaint holds is `duplicate_external_ref`.
   */
  link: Command<'link'>;
  /**
   * Dialihkan: hands a received or verified complaint (also one a unit returned as not its
   * authority) to another authority through SP4N-LAPOR!, naming the authority and, when known,
   * the Tracking ID (linked with it). Distinct from rejection: the complaint stays open until
   * LAPOR! closes it.
   */
  handOver: Command<'handOver'>;
  /**
   * Records what another system says of a linked complaint (its own fields, with the source's
   * timestamps) as a `complaint-synced` event; the same again records nothing. Never changes what
   * officers wrote here, nor the state: a closed complaint takes it too (LAPOR!'s rating after closing).
   */
  sync: Command<'sync'>;
  /** The complaint linked to a reference in another system, as the actor may see it; `not_found` when none is. */
  findByExternalRef(actor: Actor, ref: ExternalRef): Promise<ComplaintSummary>;
  /**
   * Applies a batch of imported changes (new complaints with the commands that follow, commands on
   * existing ones), each item all or nothing, the batch written in as few store calls as the store
   * allows. A bad item fails alone, with its error; the others go in. See `ImportItem`.
   */
  importBatch(actor: Actor, items: readonly ImportItem[]): Promise<ImportOutcome[]>;

  /** The complete event history as the actor may see it (complainant ids masked unless visible). */
  history(actor: Actor, complaintId: string): Promise<StoredEvent[]>;
  /** Checks the hash chain of a complaint's events and that its projection points at the head. */
  verifyHistory(complaintId: string): Promise<ChainVerdict>;
  /** Replays every stream and replaces its projection (after an upgrade that changed derived state). */
  rebuild(): Promise<RebuildReport>;
  /**
   * Erases a complainant (UU PDP): identity, contact keys and quarantined messages. Coordinators,
   * the system, or the complainant themselves. True when there was something to erase.
   */
  eraseIdentity(actor: Actor, complainantId: string): Promise<boolean>;

  /** Channel messages the desk refused, newest first, for a coordinator to deal with. */
  listQuarantine(
    actor: Actor,
    query?: { cursor?: string; limit?: number },
  ): Promise<{ items: QuarantinedInbound[]; nextCursor: string | null }>;
  /** Removes a quarantined message once dealt with (coordinators only); true when it existed. */
  discardQuarantined(actor: Actor, id: string): Promise<boolean>;

  /** Fires every due deadline once (warnings, lapses and escalation, auto-resolve, auto-archive). */
  sweep(options?: SweepOptions): Promise<SweepReport>;
  /** Sweeps periodically until `stop()` or `close()`; safe to run in every app instance at once. */
  startScheduler(options?: SchedulerOptions): Scheduler;
  /**
   * Routes a normalised channel message: new complaint, data for needs_info, or a follow-up. A
   * message the desk refuses is quarantined (`outcome: 'quarantined'`); only server faults throw.
   */
  routeInbound(message: InboundMessageV1): Promise<RoutedInbound>;
  /** Throws `invalid_config` unless this desk can route channel messages (checked by channel endpoints at start-up). */
  assertInboundReady(): void;

  on<E extends keyof DeskEventMap>(event: E, listener: (...args: DeskEventMap[E]) => void): () => void;

  /**
   * Stops the schedulers this desk started, refuses new calls with `ClosedError`, waits for the
   * running ones, then closes the store (unless `keepStoreOpen`). Calling it again waits for the
   * same close.
   */
  close(): Promise<void>;
}

/** Enough for the complaints a busy desk touches within minutes; each entry is a few hundred bytes. */
const SNAPSHOT_CACHE_SIZE = 2_000;

/**
 * Creates the desk, the one door to complaints. The store, plugins, deadline policy and other
 * options are checked at once: anything wrong is an `InvalidConfigError` naming the option, before
 * any work is done.
 *
 * @example
 * import { createDesk, createMemoryStore } from '@aduan/core';
 *
 * const desk = createDesk({ store: createMemoryStore(), pseudonymKey: process.env.ADUAN_PSEUDONYM_KEY });
 * const { complaint } = await desk.receive(
 *   { id: 'admin-1', role: 'coordinator' },
 *   { channel: 'in_person', title: 'Lampu jalan mati', description: 'Di depan SD Negeri 1 sejak Senin.' },
 * );
 * await desk.verify({ id: 'admin-1', role: 'coordinator' }, { complaintId: complaint.id });
 * await desk.close();
 */
export function createDesk(options: DeskOptions): Desk {
  const given: Partial<DeskOptions> = options ?? {};
  if (typeof given !== 'object') {
    throw new InvalidConfigError('desk options', [{ path: '(root)', message: 'must be an object: createDesk({ store, ... })' }]);
  }
  checkDeskOptions(given);
  const store = checkStore(given.store);
  const trackingFormat = given.trackingNumberFormat ?? DEFAULT_TRACKING_FORMAT;
  const plugins = checkPlugins(given.plugins ?? [], store);
  // V2 plugins set up asynchronously: until they have, the desk's calls wait (see DeskGate).
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const setup = { promise: new Promise<void>((resolve, reject) => (settle = { resolve, reject })) };
  const hasV2 = plugins.some((plugin) => plugin.specificationVersion === 'v2');
  const gate = new DeskGate(hasV2 ? setup.promise : undefined);
  const runtime: DeskRuntime = {
    store,
    clock: given.clock ?? systemClock,
    plugins,
    registry: new PluginRegistry(),
    pluginDesks: new Map(),
    gate,
    emitter: new EventEmitter<DeskEventMap>(),
    deadlines: given.deadlines ?? createConfirmationOnlyPolicy(),
    nextTrackingNumber: createTrackingNumberGenerator(trackingFormat),
    newId: given.newId ?? randomUUID,
    trackingPattern: trackingNumberPattern(trackingFormat),
    pseudonymKey: given.pseudonymKey,
    language: given.language ?? 'id',
    snapshots: new LruCache(SNAPSHOT_CACHE_SIZE),
  };
  if (attachPluginDesks(runtime)) {
    gate.setUp(() => setUpPlugins(runtime)).then(settle.resolve, settle.reject);
    // Marked as handled: the failure reaches whoever calls the desk (or `ready()`), not the process.
    setup.promise.catch(() => undefined);
  } else {
    settle.resolve();
  }
  const schedulers = new Set<Scheduler>();
  let closing: Promise<void> | undefined;
  /** Names this desk's deadline claims, so a lease can be traced to the instance holding it. */
  const claimant = `desk-${randomUUID()}`;
  const sweep = (sweepOptions?: SweepOptions) =>
    gate.run(async () => {
      const now = sweepOptions?.now ?? runtime.clock.now();
      const report = await sweepDeadlines(runtime, claimant, { ...sweepOptions, now });
      if (hasV2) await sweepPlugins(runtime, now, report);
      return report;
    });
  const command =
    <C extends CommandName>(name: C): Command<C> =>
    (actor, input) =>
      gate.run(async () => summaryFor(actor, await runCommand(runtime, name, actor, input)));

  async function close(): Promise<void> {
    const stopped = [...schedulers].map((scheduler) => scheduler.stop());
    await Promise.all([...stopped, gate.close()]);
    if (hasV2) await closePlugins(runtime);
    if (!given.keepStoreOpen) await store.doClose?.();
  }

  const desk: Desk = {
    receive: (actor, intake) =>
      gate.run(async () => {
        const { complaint, duplicate } = await receiveComplaint(runtime, actor, intake);
        return { complaint: summaryFor(actor, complaint), duplicate };
      }),
    requestInfo: command('requestInfo'),
    provideInfo: command('provideInfo'),
    verify: command('verify'),
    reject: command('reject'),
    dispose: command('dispose'),
    returnNotOurs: command('returnNotOurs'),
    respond: command('respond'),
    confirm: command('confirm'),
    reopen: command('reopen'),
    resolve: command('resolve'),
    escalate: command('escalate'),
    merge: command('merge'),
    followUp: command('followUp'),
    runPluginCommand: (actor, plugin, name, input) => gate.run(() => runPluginCommand(runtime, actor, plugin, name, input)),
    ready: () => setup.promise,
    link: command('link'),
    handOver: command('handOver'),
    sync: command('sync'),
    findByExternalRef: (actor, ref) => gate.run(() => findByExternalRef(runtime, actor, ref)),
    importBatch: (actor, items) => gate.run(() => importBatch(runtime, actor, items)),
    get: (actor, complaintId) => gate.run(() => getComplaint(runtime, actor, complaintId)),
    getByTrackingNumber: (actor, trackingNumber) => gate.run(() => getComplaintByTrackingNumber(runtime, actor, trackingNumber)),
    history: (actor, complaintId) => gate.run(() => complaintHistory(runtime, actor, complaintId)),
    list: (actor, query) => gate.run(() => listComplaints(runtime, actor, query)),
    count: (actor, groupBy, filter) => gate.run(() => countComplaints(runtime, actor, groupBy, filter)),
    track: (trackingNumber) => gate.run(() => trackComplaint(runtime, trackingNumber)),
    verifyHistory: (complaintId) => gate.run(() => verifyComplaintHistory(runtime, complaintId)),
    rebuild: () => gate.run(() => rebuildProjections(runtime)),
    eraseIdentity: (actor, complainantId) => gate.run(() => eraseIdentity(runtime, actor, complainantId)),
    listQuarantine: (actor, query) => gate.run(() => listQuarantine(runtime, actor, query)),
    discardQuarantined: (actor, id) => gate.run(() => discardQuarantined(runtime, actor, id)),
    sweep,
    startScheduler(schedulerOptions) {
      if (closing) throw new ClosedError('desk');
      const scheduler = startScheduler(sweep, schedulerOptions);
      schedulers.add(scheduler);
      return {
        async stop() {
          schedulers.delete(scheduler);
          await scheduler.stop();
        },
      };
    },
    routeInbound: (message) =>
      gate.run(async () => {
        const routed = await routeInbound(runtime, message);
        if (routed.outcome === 'quarantined')
          return { outcome: 'quarantined', quarantineId: routed.quarantined.id, reason: routed.quarantined.reason };
        if (routed.outcome === 'claimed')
          return { outcome: 'claimed', plugin: routed.plugin, complaint: summaryOf(routed.complaint, 'none') };
        return { outcome: routed.outcome, complaint: summaryOf(routed.complaint, 'none') };
      }),
    assertInboundReady() {
      if (!runtime.pseudonymKey) {
        throw new InvalidConfigError('desk', [{ path: 'pseudonymKey', message: 'channel endpoints need createDesk({ pseudonymKey })' }]);
      }
    },
    on(event, listener) {
      runtime.emitter.on(event, listener as never);
      return () => runtime.emitter.off(event, listener as never);
    },
    close: () => (closing ??= close()),
    [Symbol.asyncDispose]: () => desk.close(),
  };
  return desk;
}
