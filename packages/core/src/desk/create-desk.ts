import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'eventemitter3';
import { InvalidConfigError, type Actor, type Clock, type ComplaintProjection, type CountDimension, type InboundMessageV1, type StoredEvent } from '@aduan/spec';
import { createConfirmationOnlyPolicy, type DeadlinePolicy } from '../deadlines.js';
import type { CommandInput } from '../schemas/commands.js';
import type { IntakeInput } from '../schemas/intake.js';
import { checkStore } from '../store/check-store.js';
import type { ChainVerdict } from '../support/hash-chain.js';
import { systemClock } from '../support/clock.js';
import { createTrackingNumberGenerator, DEFAULT_TRACKING_FORMAT, trackingNumberPattern } from '../support/tracking-number.js';
import { routeInbound, type InboundOutcome } from '../inbound/route-inbound.js';
import { LruCache } from '../support/lru-cache.js';
import { startScheduler, type Scheduler, type SchedulerOptions } from './scheduler.js';
import { sweepDeadlines, type SweepOptions, type SweepReport } from './sweep.js';
import type { DeskEventMap } from './desk-events.js';
import { eraseIdentity, rebuildProjections, verifyComplaintHistory, type RebuildReport } from './maintenance.js';
import { checkPlugins } from './plugins.js';
import {
  complaintHistory,
  countComplaints,
  getComplaint,
  getComplaintByTrackingNumber,
  listComplaints,
  trackComplaint,
  type CountFilter,
  type ListQuery,
  type PublicTracking,
} from './reads.js';
import { receiveComplaint } from './receive.js';
import { identityVisibility } from './redaction.js';
import { runCommand } from './run-command.js';
import type { DeskRuntime } from './runtime.js';
import { summaryOf, type ComplaintSummary, type ComplaintView } from './summary.js';

function summaryFor(actor: Actor, complaint: ComplaintProjection): ComplaintSummary {
  return summaryOf(complaint, identityVisibility(actor, complaint));
}

export interface DeskOptions {
  /** A StoreV1, e.g. `createMemoryStore()` or `@aduan/store-postgres`. Checked at start-up. */
  store: unknown;
  /** Defaults to the system clock. */
  clock?: Clock;
  /** PluginV1 objects; checked at start-up, run in order. */
  plugins?: readonly unknown[];
  /** Template for tracking numbers; default `ADU-{yy}{mm}{dd}-{rand:6}`. */
  trackingNumberFormat?: string;
  /** When deadlines fall; the default knows only the 10-calendar-day confirmation window. */
  deadlines?: DeadlinePolicy;
  /** Id generator for complaints, events and outbox rows; defaults to random UUIDs. */
  newId?: () => string;
  /**
   * Secret key (at least 16 characters) for complainant pseudonyms of channel addresses. Needed to
   * route channel messages (`routeInbound`); keep it stable, or residents are no longer recognised.
   */
  pseudonymKey?: string;
}

/** Every command answers with the complaint's new summary, redacted for the acting actor. */
type Command<C extends Parameters<typeof runCommand>[1]> = (actor: Actor, input: CommandInput<C>) => Promise<ComplaintSummary>;

export interface ReceiveOutcome {
  complaint: ComplaintSummary;
  /** True when this channel message had been received before; `complaint` is the existing one. */
  duplicate: boolean;
}

/** The one door to complaints: every command and every read goes through it. */
export interface Desk {
  /** Registers a complaint from any channel; the same channel message twice yields one complaint. */
  receive(actor: Actor, intake: IntakeInput): Promise<ReceiveOutcome>;
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

  get(actor: Actor, complaintId: string): Promise<ComplaintView>;
  /**
   * `get` by tracking number, for staff a resident reads the number out to: the same
   * authorization and redaction as `get`; `not_found` for a number no complaint has.
   */
  getByTrackingNumber(actor: Actor, trackingNumber: string): Promise<ComplaintView>;
  history(actor: Actor, complaintId: string): Promise<StoredEvent[]>;
  list(actor: Actor, query?: ListQuery): Promise<{ items: ComplaintSummary[]; nextCursor: string | null }>;
  count(actor: Actor, groupBy: CountDimension, filter?: CountFilter): Promise<Record<string, number>>;
  /** Public tracking by number: no identity ever, and only the status for a rahasia complaint. */
  track(trackingNumber: string): Promise<PublicTracking>;

  verifyHistory(complaintId: string): Promise<ChainVerdict>;
  rebuild(): Promise<RebuildReport>;
  eraseIdentity(actor: Actor, complainantId: string): Promise<boolean>;

  /** Fires every due deadline once (warnings, lapses and escalation, auto-resolve, auto-archive). */
  sweep(options?: SweepOptions): Promise<SweepReport>;
  /** Sweeps periodically until `stop()`; safe to run in every app instance at once. */
  startScheduler(options?: SchedulerOptions): Scheduler;
  /** Routes a normalised channel message: new complaint, data for needs_info, or a follow-up. */
  routeInbound(message: InboundMessageV1): Promise<{ outcome: InboundOutcome; complaint: ComplaintSummary }>;
  /** Throws `invalid_config` unless this desk can route channel messages (checked by channel endpoints at start-up). */
  assertInboundReady(): void;

  on<E extends keyof DeskEventMap>(event: E, listener: (...args: DeskEventMap[E]) => void): () => void;
}

/** Enough for the complaints a busy desk touches within minutes; each entry is a few hundred bytes. */
const SNAPSHOT_CACHE_SIZE = 2_000;

function checkPseudonymKey(key: string | undefined): string | undefined {
  if (key !== undefined && key.length < 16) {
    throw new InvalidConfigError('desk', [{ path: 'pseudonymKey', message: 'must be at least 16 characters of secret' }]);
  }
  return key;
}

export function createDesk(options: DeskOptions): Desk {
  const runtime: DeskRuntime = {
    store: checkStore(options.store),
    clock: options.clock ?? systemClock,
    plugins: checkPlugins(options.plugins ?? []),
    emitter: new EventEmitter<DeskEventMap>(),
    deadlines: options.deadlines ?? createConfirmationOnlyPolicy(),
    nextTrackingNumber: createTrackingNumberGenerator(options.trackingNumberFormat ?? DEFAULT_TRACKING_FORMAT),
    newId: options.newId ?? randomUUID,
    trackingPattern: trackingNumberPattern(options.trackingNumberFormat ?? DEFAULT_TRACKING_FORMAT),
    pseudonymKey: checkPseudonymKey(options.pseudonymKey),
    snapshots: new LruCache(SNAPSHOT_CACHE_SIZE),
  };
  /** Names this desk's deadline claims, so a lease can be traced to the instance holding it. */
  const claimant = `desk-${randomUUID()}`;
  const command =
    <C extends Parameters<typeof runCommand>[1]>(name: C): Command<C> =>
    async (actor, input) =>
      summaryFor(actor, await runCommand(runtime, name, actor, input));

  return {
    receive: async (actor, intake) => {
      const { complaint, duplicate } = await receiveComplaint(runtime, actor, intake);
      return { complaint: summaryFor(actor, complaint), duplicate };
    },
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
    get: (actor, complaintId) => getComplaint(runtime, actor, complaintId),
    history: (actor, complaintId) => complaintHistory(runtime, actor, complaintId),
    list: (actor, query) => listComplaints(runtime, actor, query),
    count: (actor, groupBy, filter) => countComplaints(runtime, actor, groupBy, filter),
    getByTrackingNumber: (actor, trackingNumber) => getComplaintByTrackingNumber(runtime, actor, trackingNumber),
    track: (trackingNumber) => trackComplaint(runtime, trackingNumber),
    verifyHistory: (complaintId) => verifyComplaintHistory(runtime, complaintId),
    rebuild: () => rebuildProjections(runtime),
    eraseIdentity: (actor, complainantId) => eraseIdentity(runtime, actor, complainantId),
    sweep: (sweepOptions) => sweepDeadlines(runtime, claimant, sweepOptions),
    startScheduler: (schedulerOptions) => startScheduler((sweepOptions) => sweepDeadlines(runtime, claimant, sweepOptions), schedulerOptions),
    routeInbound: async (message) => {
      const { outcome, complaint } = await routeInbound(runtime, message);
      return { outcome, complaint: summaryOf(complaint, 'none') };
    },
    assertInboundReady() {
      if (!runtime.pseudonymKey) {
        throw new InvalidConfigError('desk', [{ path: 'pseudonymKey', message: 'channel endpoints need createDesk({ pseudonymKey })' }]);
      }
    },
    on(event, listener) {
      runtime.emitter.on(event, listener as never);
      return () => runtime.emitter.off(event, listener as never);
    },
  };
}
