import type { ChannelName, ComplainantIdentity, ComplaintProjection, ComplaintStatus, ExternalRef } from './domain.js';
import type { StoredEvent } from './events.js';

/** What a store declares it can do; the core refuses to start when it needs what is missing. */
export interface StoreCapabilitiesV1 {
  /** `doClaimDue` with leases, so several desks can share the deadline sweep. */
  deadlineClaims: boolean;
  /** Outbox rows written with events and claimed by a relay. */
  outbox: boolean;
  /** Identity records can be erased (UU PDP) independently of events. */
  identityErasure: boolean;
  /** Several processes may use the store at once (a shared database). */
  multiProcess: boolean;
}

export interface DedupeKey {
  channel: ChannelName;
  messageId: string;
}

/** A message to the complainant, leaving through the outbox. */
export interface OutboxMessage {
  id: string;
  complaintId: string;
  channel: ChannelName;
  complainantId: string;
  body: string;
  /** Stable across retries; channels pass it to the provider so a retry never sends twice. */
  idempotencyKey: string;
  createdAt: string;
}

export type OutboxStatus = 'pending' | 'delivered' | 'dead';

export interface OutboxRecord extends OutboxMessage {
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
}

export type OutboxSettlement =
  | { outcome: 'delivered'; at: string }
  | { outcome: 'retry'; error: string; nextAttemptAt: string }
  | { outcome: 'dead'; error: string; at: string };

export interface AppendInput {
  complaintId: string;
  /** Version the writer saw; 0 for a new stream. A mismatch throws `version_conflict`. */
  expectedVersion: number;
  events: readonly StoredEvent[];
  /** The projection after these events, written atomically with them. */
  projection: ComplaintProjection;
  /** Written (or replaced) with the events; only on intake or contact updates. */
  identity?: ComplainantIdentity;
  /**
   * A pseudonymous key of the complainant's channel address (an HMAC the desk computes), stored
   * with the complaint's `complainantId` so later messages from that address find the same
   * complainant. Erasing the identity deletes it: afterwards nothing leads from the address back.
   * If another complainant already holds the key, the existing entry wins and this one is ignored.
   */
  contactKey?: string;
  /** Unique per inbound channel message; a repeat throws `duplicate_message`. */
  dedupeKey?: DedupeKey;
  /**
   * References in other systems this append links to the complaint; the projection's
   * `externalRefs` lists them after those of earlier appends. Unique per `(system, id)` across
   * complaints: one another complaint holds throws `duplicate_external_ref` and nothing is written.
   * A reference the complaint already holds is accepted again and stays once.
   */
  externalRefs?: readonly ExternalRef[];
  outbox?: readonly OutboxMessage[];
}

export interface ProjectionFilter {
  status?: readonly ComplaintStatus[];
  /** Limits to one unit: a unit officer's queries always carry it. */
  unitId?: string;
  category?: string;
  channel?: ChannelName;
  kelurahan?: string;
  complainantId?: string;
  /** Only complaints whose pending deadline (`deadline.dueAt`) is before this instant: the sweep's backlog. */
  overdueAt?: string;
  /** Only complaints whose nearest stage lapse (`dueAt`) is before this instant: "due soon" and "overdue" queues. */
  dueBefore?: string;
  /** Only complaints whose nearest stage lapse (`dueAt`) is at or after this instant ("due soon", not yet overdue). */
  dueFrom?: string;
  /** Created at or after this instant. */
  createdFrom?: string;
  /** Created before this instant. */
  createdTo?: string;
  /**
   * Case-insensitive search: complaints whose tracking number or title contains this text
   * (1..100 characters). Plain text, no patterns: `%` and `_` match themselves.
   */
  text?: string;
}

export interface ProjectionQuery extends ProjectionFilter {
  /** Page size, 1..500. */
  limit: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
  /**
   * `createdAt` (default): newest first, ties by id descending. `deadline`: the soonest pending
   * deadline first, only complaints that have one. `dueAt`: the soonest stage lapse first,
   * complaints without one (null) last. Ties of both by id ascending.
   */
  orderBy?: 'createdAt' | 'deadline' | 'dueAt';
}

export interface ProjectionPage {
  items: ComplaintProjection[];
  nextCursor: string | null;
}

export type CountDimension = 'status' | 'unitId' | 'category' | 'channel' | 'kelurahan';

export interface ClaimDueInput {
  now: string;
  limit: number;
  /** How long the claim holds; after it lapses another sweeper may claim the same deadline. */
  leaseMs: number;
  claimant: string;
}

export interface DueClaim {
  complaintId: string;
  version: number;
  kind: string;
  dueAt: string;
}

/**
 * An inbound channel message that could not become a complaint (too long, malformed, refused by
 * validation): kept where officers can see it instead of being dropped, and acknowledged to the
 * provider so it is not resent. It holds the resident's words and address: coordinators only, and
 * erased with the complainant it leads to (through `contactKey`).
 */
export interface QuarantinedInbound {
  id: string;
  channel: ChannelName;
  /** The provider's message id; quarantining the same message twice keeps one entry. */
  messageId: string;
  /** The pseudonymous key of the sender's address (see `AppendInput.contactKey`). */
  contactKey: string;
  receivedAt: string;
  quarantinedAt: string;
  /** Why it was refused, e.g. `description: must be at most 10000 characters`. */
  reason: string;
  /** The message as the channel normalised it (JSON), including the full text. */
  message: Record<string, unknown>;
}

export interface ClaimOutboxInput {
  now: string;
  limit: number;
  leaseMs: number;
}

/** The most references one `doFindByExternalRefs` call takes (an import batch's worth). */
export const MAX_EXTERNAL_REF_LOOKUP = 5_000;

/**
 * Storage contract, version 1. Frozen once released: changes go into `StoreV2`.
 * Every method is atomic on its own; `doAppend` writes events, projection, identity, dedupe key
 * and outbox rows all or nothing.
 *
 * Every instant crossing this contract is a UTC string in exactly the form `Date#toISOString`
 * gives (`2026-03-02T02:00:00.000Z`): stores may order and compare instants as text, and must hand
 * each back unchanged. Ties in every ordering are broken by id in plain code order, never by locale.
 */
export interface StoreV1 {
  readonly specificationVersion: 'v1';
  /** Adapter name for messages, e.g. `memory`, `postgres`. */
  readonly provider: string;
  readonly capabilities: StoreCapabilitiesV1;

  doAppend(input: AppendInput): Promise<void>;
  /**
   * Optional bulk path for imports: many appends to distinct streams, all or nothing, each checked
   * as `doAppend` checks it; two inputs may not share a stream, tracking number, dedupe key or
   * external reference (`invalid_input`). Callers fall back to `doAppend` when a store lacks it.
   */
  doAppendMany?(inputs: readonly AppendInput[]): Promise<void>;
  /** Events of a stream in version order; empty when the stream does not exist. */
  doReadStream(complaintId: string): Promise<StoredEvent[]>;
  doLoadProjection(complaintId: string): Promise<ComplaintProjection | undefined>;
  doFindByTrackingNumber(trackingNumber: string): Promise<ComplaintProjection | undefined>;
  doFindByDedupeKey(key: DedupeKey): Promise<string | undefined>;
  /** The complaint holding a reference in another system (see `AppendInput.externalRefs`). */
  doFindByExternalRef(ref: ExternalRef): Promise<ComplaintProjection | undefined>;
  /**
   * Optional bulk path for imports: the complaints holding each of up to
   * `MAX_EXTERNAL_REF_LOOKUP` references, in one read, answered in the order asked (undefined
   * where no complaint holds it; a reference asked twice is answered twice). More refs, or a ref
   * that is not `{ system, id }` strings, is `invalid_input`. Callers fall back to
   * `doFindByExternalRef` when a store lacks it.
   */
  doFindByExternalRefs?(refs: readonly ExternalRef[]): Promise<(ComplaintProjection | undefined)[]>;
  doQuery(query: ProjectionQuery): Promise<ProjectionPage>;
  /** Counts per value of `groupBy`; a null value (e.g. no unit yet) counts under the empty string. */
  doCount(filter: ProjectionFilter, groupBy: CountDimension): Promise<Record<string, number>>;
  /** Stream ids in a stable order, for rebuilds and exports. */
  doListStreams(input: { cursor?: string; limit: number }): Promise<{ ids: string[]; nextCursor: string | null }>;
  /** Replaces a projection with one rebuilt from events (no version check: replay is the truth). */
  doReplaceProjection(projection: ComplaintProjection): Promise<void>;
  doLoadIdentity(complainantId: string): Promise<ComplainantIdentity | undefined>;
  /** The complainant a contact key was stored for (see `AppendInput.contactKey`). */
  doFindComplainantByContactKey(contactKey: string): Promise<string | undefined>;
  /**
   * Erases a complainant (UU PDP): the identity record, every contact key that leads to them and
   * the quarantined messages of those keys, in one transaction. True when an identity or a key
   * existed. Events are untouched (they hold no identity).
   */
  doEraseIdentity(complainantId: string): Promise<boolean>;
  /** Keeps a refused inbound message; idempotent on (channel, messageId). */
  doQuarantineInbound(entry: QuarantinedInbound): Promise<void>;
  /** Quarantined messages, newest first (`quarantinedAt` descending, ties by id descending). */
  doListQuarantine(input: { cursor?: string; limit: number }): Promise<{ items: QuarantinedInbound[]; nextCursor: string | null }>;
  /** Removes a quarantined message once an officer has dealt with it; true when it existed. */
  doDiscardQuarantined(id: string): Promise<boolean>;
  /** Claims complaints whose deadline is due and not claimed by a live lease. */
  doClaimDue(input: ClaimDueInput): Promise<DueClaim[]>;
  /** Claims pending outbox rows whose next attempt is due, counting the attempt. */
  doClaimOutbox(input: ClaimOutboxInput): Promise<OutboxRecord[]>;
  doSettleOutbox(id: string, settlement: OutboxSettlement): Promise<void>;
  /**
   * Releases what the adapter opened itself (connections, a data folder's lock), by whoever owns
   * the store (the desk's `close()` when the desk was given it). Idempotent: a second call does
   * nothing; every other method called afterwards fails with `closed` (`ClosedError`).
   */
  doClose?(): Promise<void>;
}
