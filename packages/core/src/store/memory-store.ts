import {
  DuplicateMessageError,
  DuplicateTrackingNumberError,
  NotFoundError,
  VersionConflictError,
  type AppendInput,
  type ClaimDueInput,
  type ClaimOutboxInput,
  type ComplainantIdentity,
  type ComplaintProjection,
  type CountDimension,
  type DedupeKey,
  type DueClaim,
  type OutboxRecord,
  type OutboxSettlement,
  type ProjectionFilter,
  type ProjectionPage,
  type ProjectionQuery,
  type StoredEvent,
  type StoreV1,
} from '@aduan/spec';
import { decodeCursor, encodeCursor } from './cursor.js';
import { matchesFilter } from './projection-filter.js';
import { deepFreeze } from '../support/deep-freeze.js';
import { DeadlineQueue } from './deadline-queue.js';
import { compareCodeUnits } from '../support/compare-code-units.js';

/** Raw contents of a memory store, for the test kit's probe and for debugging. Deep copies. */
export interface MemoryStoreContents {
  events: StoredEvent[];
  projections: ComplaintProjection[];
  identities: ComplainantIdentity[];
  dedupeKeys: (DedupeKey & { complaintId: string })[];
  outbox: OutboxRecord[];
}

export interface MemoryStore extends StoreV1 {
  /** Deep copy of everything held: what the store really contains, bypassing its query methods. */
  contents(): MemoryStoreContents;
  /** Overwrites one stored event in place (tests of tamper detection only). */
  tamperEvent(complaintId: string, version: number, patch: Partial<StoredEvent>): void;
}

const dedupeId = (key: DedupeKey) => `${key.channel}\u0000${key.messageId}`;

/**
 * A frozen shallow copy of what the caller handed in, the members frozen in place. Copied with
 * `Object.assign`, not spread: once a spread site has seen several shapes, V8 gives each frozen
 * clone a hidden class of its own (several hundred bytes per stored object, and work for the GC).
 */
const frozenCopy = <T extends object>(value: T): T => deepFreeze(Object.assign({}, value));

/**
 * StoreV1 in process memory: for tests, simulations, demos and one-process apps that accept losing
 * data on exit. What it stores is deep-frozen (including the objects handed to `doAppend`) and
 * handed out without copying, so nobody can alter stored data and reads cost nothing.
 */
export function createMemoryStore(): MemoryStore {
  const streams = new Map<string, StoredEvent[]>();
  const projections = new Map<string, ComplaintProjection>();
  const byTrackingNumber = new Map<string, string>();
  const dedupe = new Map<string, { key: DedupeKey; complaintId: string }>();
  const identities = new Map<string, ComplainantIdentity>();
  const outbox = new Map<string, OutboxRecord>();
  const deadlines = new DeadlineQueue();
  /** A complainant's complaints: inbound routing looks up the sender's open one on every message. */
  const byComplainant = new Map<string, Set<string>>();
  function assertTrackingNumberFree(projection: ComplaintProjection): void {
    const holder = byTrackingNumber.get(projection.trackingNumber);
    if (holder !== undefined && holder !== projection.id) throw new DuplicateTrackingNumberError(projection.trackingNumber);
  }

  /** Stores a projection and keeps every index over it (tracking number, complainant, deadline) in step. */
  function putProjection(projection: ComplaintProjection): void {
    const previous = projections.get(projection.id);
    if (previous && previous.trackingNumber !== projection.trackingNumber) byTrackingNumber.delete(previous.trackingNumber);
    if (previous && previous.complainantId !== projection.complainantId) byComplainant.get(previous.complainantId)?.delete(projection.id);
    projections.set(projection.id, frozenCopy(projection));
    byTrackingNumber.set(projection.trackingNumber, projection.id);
    const own = byComplainant.get(projection.complainantId) ?? new Set<string>();
    byComplainant.set(projection.complainantId, own.add(projection.id));
    deadlines.set(projection.id, projection.deadline ? Date.parse(projection.deadline.dueAt) : null);
  }

  function candidates(filter: ProjectionFilter): Iterable<ComplaintProjection> {
    if (filter.complainantId === undefined) return projections.values();
    const ids = byComplainant.get(filter.complainantId) ?? new Set<string>();
    return [...ids].map((id) => projections.get(id)!);
  }

  function sortedMatches(query: ProjectionQuery): { rows: ComplaintProjection[]; key: (p: ComplaintProjection) => string } {
    const byDeadline = query.orderBy === 'deadline';
    const key = byDeadline ? (p: ComplaintProjection) => p.deadline?.dueAt ?? '' : (p: ComplaintProjection) => p.createdAt;
    const rows = [...candidates(query)].filter((p) => matchesFilter(p, query) && (!byDeadline || p.deadline !== null));
    const direction = byDeadline ? 1 : -1;
    rows.sort((a, b) => direction * (compareCodeUnits(key(a), key(b)) || compareCodeUnits(a.id, b.id)));
    return { rows, key };
  }

  const store: MemoryStore = {
    specificationVersion: 'v1',
    provider: 'memory',
    capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: false },

    async doAppend(input: AppendInput) {
      const stream = streams.get(input.complaintId);
      const actualVersion = stream?.length ?? 0;
      if (actualVersion !== input.expectedVersion) {
        throw new VersionConflictError(input.complaintId, input.expectedVersion, actualVersion);
      }
      if (input.dedupeKey) {
        const existing = dedupe.get(dedupeId(input.dedupeKey));
        if (existing) throw new DuplicateMessageError(input.dedupeKey.channel, input.dedupeKey.messageId, existing.complaintId);
      }
      assertTrackingNumberFree(input.projection);

      // All checks passed: nothing below can fail, so the write is all or nothing.
      const events = input.events.map(frozenCopy);
      if (stream) stream.push(...events);
      else streams.set(input.complaintId, events);
      putProjection(input.projection);
      if (input.dedupeKey) dedupe.set(dedupeId(input.dedupeKey), { key: { ...input.dedupeKey }, complaintId: input.complaintId });
      if (input.identity) identities.set(input.identity.complainantId, frozenCopy(input.identity));
      for (const message of input.outbox ?? []) {
        // Object.assign, not spread, for the reason given at frozenCopy: one hidden class for all rows.
        outbox.set(message.id, Object.assign({}, message, { status: 'pending' as const, attempts: 0, nextAttemptAt: message.createdAt, lastError: null }));
      }
    },

    async doReadStream(complaintId) {
      return [...(streams.get(complaintId) ?? [])];
    },

    async doLoadProjection(complaintId) {
      return projections.get(complaintId);
    },

    async doFindByTrackingNumber(trackingNumber) {
      const id = byTrackingNumber.get(trackingNumber);
      return id === undefined ? undefined : store.doLoadProjection(id);
    },

    async doFindByDedupeKey(key) {
      return dedupe.get(dedupeId(key))?.complaintId;
    },

    async doQuery(query): Promise<ProjectionPage> {
      const { rows, key } = sortedMatches(query);
      let start = 0;
      if (query.cursor) {
        const after = decodeCursor(query.cursor);
        const direction = query.orderBy === 'deadline' ? 1 : -1;
        start = rows.findIndex((p) => direction * (compareCodeUnits(key(p), after.sortKey) || compareCodeUnits(p.id, after.id)) > 0);
        if (start === -1) start = rows.length;
      }
      const items = rows.slice(start, start + query.limit);
      const last = items.at(-1);
      const more = start + query.limit < rows.length;
      return { items, nextCursor: more && last ? encodeCursor(key(last), last.id) : null };
    },

    async doCount(filter: ProjectionFilter, groupBy: CountDimension) {
      const counts: Record<string, number> = {};
      for (const projection of projections.values()) {
        if (!matchesFilter(projection, filter)) continue;
        const group = String(projection[groupBy] ?? '');
        counts[group] = (counts[group] ?? 0) + 1;
      }
      return counts;
    },

    async doListStreams({ cursor, limit }) {
      const ids = [...streams.keys()].sort();
      const start = cursor ? ids.findIndex((id) => id > cursor) : 0;
      const page = start === -1 ? [] : ids.slice(start, start + limit);
      const last = page.at(-1);
      return { ids: page, nextCursor: last !== undefined && last !== ids.at(-1) ? last : null };
    },

    async doReplaceProjection(projection) {
      if (!streams.has(projection.id)) throw new NotFoundError('Complaint stream', projection.id);
      assertTrackingNumberFree(projection);
      putProjection(projection);
    },

    async doLoadIdentity(complainantId) {
      return identities.get(complainantId);
    },

    async doEraseIdentity(complainantId) {
      return identities.delete(complainantId);
    },

    async doClaimDue(input: ClaimDueInput): Promise<DueClaim[]> {
      return deadlines.claim(Date.parse(input.now), input.limit, input.leaseMs).map((id) => {
        const p = projections.get(id)!;
        return { complaintId: p.id, version: p.version, kind: p.deadline!.kind, dueAt: p.deadline!.dueAt };
      });
    },

    async doClaimOutbox(input: ClaimOutboxInput): Promise<OutboxRecord[]> {
      const now = Date.parse(input.now);
      const due = [...outbox.values()]
        .filter((row) => row.status === 'pending' && Date.parse(row.nextAttemptAt) <= now)
        .sort((a, b) => compareCodeUnits(a.nextAttemptAt, b.nextAttemptAt) || compareCodeUnits(a.id, b.id))
        .slice(0, input.limit);
      return due.map((row) => {
        row.attempts += 1;
        row.nextAttemptAt = new Date(now + input.leaseMs).toISOString();
        return { ...row };
      });
    },

    async doSettleOutbox(id: string, settlement: OutboxSettlement) {
      const row = outbox.get(id);
      if (!row) throw new NotFoundError('Outbox message', id);
      if (settlement.outcome === 'delivered') {
        row.status = 'delivered';
        row.lastError = null;
      } else if (settlement.outcome === 'retry') {
        row.nextAttemptAt = settlement.nextAttemptAt;
        row.lastError = settlement.error;
      } else {
        row.status = 'dead';
        row.lastError = settlement.error;
      }
    },

    contents() {
      return structuredClone({
        events: [...streams.values()].flat(),
        projections: [...projections.values()],
        identities: [...identities.values()],
        dedupeKeys: [...dedupe.values()].map(({ key, complaintId }) => ({ ...key, complaintId })),
        outbox: [...outbox.values()],
      });
    },

    tamperEvent(complaintId, version, patch) {
      const event = streams.get(complaintId)?.[version - 1];
      if (!event) throw new NotFoundError('Event', `${complaintId}@${version}`);
      streams.get(complaintId)![version - 1] = deepFreeze({ ...event, ...structuredClone(patch) });
    },
  };
  return store;
}
