import { decodeCursor, encodeCursor } from '@aduan/adapter-utils';
import {
  ClosedError,
  DuplicateExternalRefError,
  DuplicateMessageError,
  DuplicateTrackingNumberError,
  InvalidInputError,
  MAX_EXTERNAL_REF_LOOKUP,
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
  type ExternalRef,
  type OutboxRecord,
  type OutboxSettlement,
  type ProjectionFilter,
  type ProjectionPage,
  type ProjectionQuery,
  type QuarantinedInbound,
  type StoredEvent,
  type StoreProbe,
  type StoreV1,
} from '@aduan/spec';
import { compareCodeUnits } from '../support/compare-code-units.js';
import { deepFreeze } from '../support/deep-freeze.js';
import { DeadlineQueue } from './deadline-queue.js';
import { matchesFilter } from './projection-filter.js';

/** Raw contents of a memory store, for the test kit's probe and for debugging. Deep copies. */
export interface MemoryStoreContents {
  events: StoredEvent[];
  projections: ComplaintProjection[];
  identities: ComplainantIdentity[];
  dedupeKeys: (DedupeKey & { complaintId: string })[];
  externalRefs: (ExternalRef & { complaintId: string })[];
  outbox: OutboxRecord[];
  contactKeys: { contactKey: string; complainantId: string }[];
  /** Newest first, as `doListQuarantine` orders them. */
  quarantine: QuarantinedInbound[];
}

export interface MemoryStore extends StoreV1, AsyncDisposable {
  /** Deep copy of everything held: what the store really contains, bypassing its query methods. */
  contents(): MemoryStoreContents;
  /** Raw reads for `@aduan/test-kit`'s `testStore`, answered from `contents()`. */
  probe(): StoreProbe;
  /** Overwrites one stored event in place (tests of tamper detection only). */
  tamperEvent(complaintId: string, version: number, patch: Partial<StoredEvent>): void;
  /** Forgets everything and refuses further calls with `ClosedError`. Calling it again does nothing. */
  close(): Promise<void>;
}

const pairId = (first: string, second: string) => `${first}\u0000${second}`;

/** Refuses a `doFindByExternalRefs` request that is not a list of at most MAX_EXTERNAL_REF_LOOKUP `{ system, id }`. */
function checkRefLookup(refs: readonly ExternalRef[]): void {
  if (!Array.isArray(refs) || refs.length > MAX_EXTERNAL_REF_LOOKUP) {
    throw new InvalidInputError('external reference lookup', [
      { path: 'refs', message: `must be a list of at most ${MAX_EXTERNAL_REF_LOOKUP} references` },
    ]);
  }
  const bad = refs.findIndex((ref) => typeof ref?.system !== 'string' || typeof ref.id !== 'string');
  if (bad >= 0)
    throw new InvalidInputError('external reference lookup', [{ path: `refs.${bad}`, message: 'must be { system, id } strings' }]);
}
/** Sorts after every instant: the `dueAt` order puts complaints without one last. */
const NULLS_LAST = '\uffff';

/** Longest `text` a filter may search for, as StoreV1 says. */
const MAX_SEARCH_LENGTH = 100;

/** Refuses a search text the contract does not allow (empty, or over 100 characters). */
function checkFilter(filter: ProjectionFilter): void {
  if (
    filter.text !== undefined &&
    (typeof filter.text !== 'string' || filter.text.length === 0 || filter.text.length > MAX_SEARCH_LENGTH)
  ) {
    throw new InvalidInputError('store query', [{ path: 'text', message: `must be 1 to ${MAX_SEARCH_LENGTH} characters` }]);
  }
}

/**
 * A frozen shallow copy of what the caller handed in, the members frozen in place. Copied with
 * `Object.assign`, not spread: once a spread site has seen several shapes, V8 gives each frozen
 * clone a hidden class of its own (several hundred bytes per stored object, and work for the GC).
 */
const frozenCopy = <T extends object>(value: T): T => deepFreeze(Object.assign({}, value));

/** The sort key and direction of each projection order (ties broken by id in the same direction). */
function orderOf(orderBy: ProjectionQuery['orderBy']): { key: (p: ComplaintProjection) => string; direction: 1 | -1 } {
  if (orderBy === 'deadline') return { key: (p) => p.deadline?.dueAt ?? NULLS_LAST, direction: 1 };
  if (orderBy === 'dueAt') return { key: (p) => p.dueAt ?? NULLS_LAST, direction: 1 };
  return { key: (p) => p.createdAt, direction: -1 };
}

/** Quarantined messages, newest first: by `quarantinedAt`, then id, both descending. */
const newestFirst = (a: QuarantinedInbound, b: QuarantinedInbound) =>
  compareCodeUnits(b.quarantinedAt, a.quarantinedAt) || compareCodeUnits(b.id, a.id);

/** The index of the first id after `cursor` in ids sorted by code unit (binary search; ids.length when none is). */
function firstAfter(ids: readonly string[], cursor: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareCodeUnits(ids[middle]!, cursor) > 0) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * StoreV1 in process memory: for tests, simulations, demos and one-process apps that accept losing
 * data on exit. What it stores is deep-frozen (the objects handed to `doAppend` are frozen in place,
 * the projection included) and handed out without copying, so nobody can alter stored data and
 * reads cost nothing.
 */
export function createMemoryStore(): MemoryStore {
  const streams = new Map<string, StoredEvent[]>();
  /** The stream ids in code-unit order, sorted once per new stream rather than once per page of a replay. */
  let sortedStreamIds: string[] | undefined;
  const projections = new Map<string, ComplaintProjection>();
  const byTrackingNumber = new Map<string, string>();
  const dedupe = new Map<string, { key: DedupeKey; complaintId: string }>();
  const identities = new Map<string, ComplainantIdentity>();
  /** Complaint ids by external reference (`system\0id`), in the order they were linked. */
  const externalRefs = new Map<string, { ref: ExternalRef; complaintId: string }>();
  const outbox = new Map<string, OutboxRecord>();
  const deadlines = new DeadlineQueue();
  /** A complainant's complaints: inbound routing looks up the sender's open one on every message. */
  const byComplainant = new Map<string, Set<string>>();
  const contactKeys = new Map<string, string>();
  const keysOfComplainant = new Map<string, Set<string>>();
  const quarantine = new Map<string, QuarantinedInbound>();
  /** Quarantine ids by channel and provider message id: the same message is kept once. */
  const quarantinedMessages = new Map<string, string>();
  let closed = false;

  function live(): void {
    if (closed) throw new ClosedError('memory store');
  }

  function assertTrackingNumberFree(projection: ComplaintProjection): void {
    const holder = byTrackingNumber.get(projection.trackingNumber);
    if (holder !== undefined && holder !== projection.id) throw new DuplicateTrackingNumberError(projection.trackingNumber);
  }

  /** Stores a projection and keeps every index over it (tracking number, complainant, deadline) in step. */
  function putProjection(projection: ComplaintProjection): void {
    const previous = projections.get(projection.id);
    if (previous && previous.trackingNumber !== projection.trackingNumber) byTrackingNumber.delete(previous.trackingNumber);
    if (previous && previous.complainantId !== projection.complainantId) byComplainant.get(previous.complainantId)?.delete(projection.id);
    // Frozen in place, not copied: a copy of an object this size made with Object.assign falls into
    // V8's dictionary mode, a hash table of about 2 KB per stored complaint.
    projections.set(projection.id, deepFreeze(projection));
    byTrackingNumber.set(projection.trackingNumber, projection.id);
    const own = byComplainant.get(projection.complainantId) ?? new Set<string>();
    byComplainant.set(projection.complainantId, own.add(projection.id));
    deadlines.set(projection.id, projection.deadline ? Date.parse(projection.deadline.dueAt) : null);
  }

  /** Keeps the first complainant a contact key was stored for. */
  function putContactKey(contactKey: string, complainantId: string): void {
    if (contactKeys.has(contactKey)) return;
    contactKeys.set(contactKey, complainantId);
    const own = keysOfComplainant.get(complainantId) ?? new Set<string>();
    keysOfComplainant.set(complainantId, own.add(contactKey));
  }

  function removeQuarantined(entry: QuarantinedInbound): void {
    quarantine.delete(entry.id);
    quarantinedMessages.delete(pairId(entry.channel, entry.messageId));
  }

  /** Throws what `doAppend` must refuse; writes nothing. */
  function checkAppend(input: AppendInput): void {
    const stream = streams.get(input.complaintId);
    const actualVersion = stream?.length ?? 0;
    if (actualVersion !== input.expectedVersion) {
      throw new VersionConflictError(input.complaintId, input.expectedVersion, actualVersion);
    }
    if (input.dedupeKey) {
      const existing = dedupe.get(pairId(input.dedupeKey.channel, input.dedupeKey.messageId));
      if (existing) throw new DuplicateMessageError(input.dedupeKey.channel, input.dedupeKey.messageId, existing.complaintId);
    }
    for (const ref of input.externalRefs ?? []) {
      const holder = externalRefs.get(pairId(ref.system, ref.id));
      if (holder && holder.complaintId !== input.complaintId) throw new DuplicateExternalRefError(ref.system, ref.id, holder.complaintId);
    }
    assertTrackingNumberFree(input.projection);
  }

  /** A batch is all or nothing, so two of its appends must not compete for one stream, number, message or reference. */
  function checkRepeats(inputs: readonly AppendInput[]): void {
    const seen = new Set<string>();
    const issues = inputs.flatMap((input, index) => {
      const keys: [string, string][] = [
        ['complaintId', `c\u0000${input.complaintId}`],
        ['projection.trackingNumber', `t\u0000${input.projection.trackingNumber}`],
        ...(input.dedupeKey
          ? [['dedupeKey', `d\u0000${pairId(input.dedupeKey.channel, input.dedupeKey.messageId)}`] as [string, string]]
          : []),
        ...(input.externalRefs ?? []).map((ref) => ['externalRefs', `r\u0000${pairId(ref.system, ref.id)}`] as [string, string]),
      ];
      return keys.flatMap(([field, key]) => {
        if (seen.has(key)) return [{ path: `${index}.${field}`, message: 'appears twice in one batch' }];
        seen.add(key);
        return [];
      });
    });
    if (issues.length > 0) throw new InvalidInputError('append batch', issues);
  }

  function writeAppend(input: AppendInput): void {
    const events = input.events.map(frozenCopy);
    const stream = streams.get(input.complaintId);
    if (stream) stream.push(...events);
    else {
      streams.set(input.complaintId, events);
      sortedStreamIds = undefined;
    }
    putProjection(input.projection);
    if (input.dedupeKey) {
      dedupe.set(pairId(input.dedupeKey.channel, input.dedupeKey.messageId), {
        key: { ...input.dedupeKey },
        complaintId: input.complaintId,
      });
    }
    for (const ref of input.externalRefs ?? []) {
      const key = pairId(ref.system, ref.id);
      if (!externalRefs.has(key)) externalRefs.set(key, { ref: { system: ref.system, id: ref.id }, complaintId: input.complaintId });
    }
    if (input.identity) identities.set(input.identity.complainantId, frozenCopy(input.identity));
    if (input.contactKey !== undefined) putContactKey(input.contactKey, input.projection.complainantId);
    for (const message of input.outbox ?? []) {
      // Object.assign, not spread, for the reason given at frozenCopy: one hidden class for all rows.
      outbox.set(
        message.id,
        Object.assign({}, message, { status: 'pending' as const, attempts: 0, nextAttemptAt: message.createdAt, lastError: null }),
      );
    }
  }

  function candidates(filter: ProjectionFilter): Iterable<ComplaintProjection> {
    if (filter.complainantId === undefined) return projections.values();
    const ids = byComplainant.get(filter.complainantId) ?? new Set<string>();
    return [...ids].map((id) => projections.get(id)!);
  }

  const store: MemoryStore = {
    specificationVersion: 'v1',
    provider: 'memory',
    capabilities: { deadlineClaims: true, outbox: true, identityErasure: true, multiProcess: false },

    async doAppend(input: AppendInput) {
      live();
      checkAppend(input);
      // All checks passed: nothing below can fail, so the write is all or nothing.
      writeAppend(input);
    },

    async doAppendMany(inputs: readonly AppendInput[]) {
      live();
      checkRepeats(inputs);
      for (const input of inputs) checkAppend(input);
      for (const input of inputs) writeAppend(input);
    },

    async doReadStream(complaintId) {
      live();
      return [...(streams.get(complaintId) ?? [])];
    },

    async doLoadProjection(complaintId) {
      live();
      return projections.get(complaintId);
    },

    async doFindByTrackingNumber(trackingNumber) {
      live();
      const id = byTrackingNumber.get(trackingNumber);
      return id === undefined ? undefined : projections.get(id);
    },

    async doFindByDedupeKey(key) {
      live();
      return dedupe.get(pairId(key.channel, key.messageId))?.complaintId;
    },

    async doFindByExternalRef(ref) {
      live();
      const holder = externalRefs.get(pairId(ref.system, ref.id));
      return holder === undefined ? undefined : projections.get(holder.complaintId);
    },

    async doFindByExternalRefs(refs) {
      live();
      checkRefLookup(refs);
      return refs.map((ref) => {
        const holder = externalRefs.get(pairId(ref.system, ref.id));
        return holder === undefined ? undefined : projections.get(holder.complaintId);
      });
    },

    async doQuery(query): Promise<ProjectionPage> {
      live();
      const { key, direction } = orderOf(query.orderBy);
      const compare = (a: ComplaintProjection, b: ComplaintProjection) =>
        direction * (compareCodeUnits(key(a), key(b)) || compareCodeUnits(a.id, b.id));
      checkFilter(query);
      // The deadline order lists only complaints that have a pending deadline (StoreV1).
      const ordered = query.orderBy === 'deadline' ? (p: ComplaintProjection) => p.deadline !== null : () => true;
      const rows = [...candidates(query)].filter((p) => ordered(p) && matchesFilter(p, query)).sort(compare);
      let start = 0;
      if (query.cursor) {
        const after = decodeCursor(query.cursor);
        start = rows.findIndex((p) => direction * (compareCodeUnits(key(p), after.sortKey) || compareCodeUnits(p.id, after.id)) > 0);
        if (start === -1) start = rows.length;
      }
      const items = rows.slice(start, start + query.limit);
      const last = items.at(-1);
      const more = start + query.limit < rows.length;
      return { items, nextCursor: more && last ? encodeCursor(key(last), last.id) : null };
    },

    async doCount(filter: ProjectionFilter, groupBy: CountDimension) {
      live();
      checkFilter(filter);
      const counts: Record<string, number> = {};
      for (const projection of candidates(filter)) {
        if (!matchesFilter(projection, filter)) continue;
        const group = String(projection[groupBy] ?? '');
        counts[group] = (counts[group] ?? 0) + 1;
      }
      return counts;
    },

    async doListStreams({ cursor, limit }) {
      live();
      sortedStreamIds ??= [...streams.keys()].sort(compareCodeUnits);
      const ids = sortedStreamIds;
      const start = cursor ? firstAfter(ids, cursor) : 0;
      const page = ids.slice(start, start + limit);
      const last = page.at(-1);
      return { ids: page, nextCursor: last !== undefined && last !== ids.at(-1) ? last : null };
    },

    async doReplaceProjection(projection) {
      live();
      if (!streams.has(projection.id)) throw new NotFoundError('Complaint stream', projection.id);
      assertTrackingNumberFree(projection);
      putProjection(projection);
    },

    async doLoadIdentity(complainantId) {
      live();
      return identities.get(complainantId);
    },

    async doFindComplainantByContactKey(contactKey) {
      live();
      return contactKeys.get(contactKey);
    },

    async doEraseIdentity(complainantId) {
      live();
      const keys = keysOfComplainant.get(complainantId) ?? new Set<string>();
      const existed = identities.delete(complainantId) || keys.size > 0;
      for (const contactKey of keys) contactKeys.delete(contactKey);
      keysOfComplainant.delete(complainantId);
      for (const entry of [...quarantine.values()]) if (keys.has(entry.contactKey)) removeQuarantined(entry);
      return existed;
    },

    async doQuarantineInbound(entry) {
      live();
      const message = pairId(entry.channel, entry.messageId);
      if (quarantinedMessages.has(message)) return;
      quarantine.set(entry.id, deepFreeze(structuredClone(entry)));
      quarantinedMessages.set(message, entry.id);
    },

    async doListQuarantine({ cursor, limit }) {
      live();
      const rows = [...quarantine.values()].sort(newestFirst);
      let start = 0;
      if (cursor) {
        const after = decodeCursor(cursor);
        const position = { quarantinedAt: after.sortKey, id: after.id } as QuarantinedInbound;
        start = rows.findIndex((entry) => newestFirst(entry, position) > 0);
        if (start === -1) start = rows.length;
      }
      const items = rows.slice(start, start + limit);
      const last = items.at(-1);
      return { items, nextCursor: start + limit < rows.length && last ? encodeCursor(last.quarantinedAt, last.id) : null };
    },

    async doDiscardQuarantined(id) {
      live();
      const entry = quarantine.get(id);
      if (entry) removeQuarantined(entry);
      return entry !== undefined;
    },

    async doClaimDue(input: ClaimDueInput): Promise<DueClaim[]> {
      live();
      return deadlines.claim(Date.parse(input.now), input.limit, input.leaseMs).map((id) => {
        const p = projections.get(id)!;
        return { complaintId: p.id, version: p.version, kind: p.deadline!.kind, dueAt: p.deadline!.dueAt };
      });
    },

    async doClaimOutbox(input: ClaimOutboxInput): Promise<OutboxRecord[]> {
      live();
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
      live();
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

    async doClose() {
      live();
      closed = true;
      for (const map of [
        streams,
        projections,
        byTrackingNumber,
        dedupe,
        identities,
        externalRefs,
        outbox,
        byComplainant,
        contactKeys,
        keysOfComplainant,
        quarantine,
        quarantinedMessages,
      ]) {
        map.clear();
      }
    },

    async close() {
      if (!closed) await store.doClose!();
    },

    async [Symbol.asyncDispose]() {
      await store.close();
    },

    contents() {
      live();
      return structuredClone({
        events: [...streams.values()].flat(),
        projections: [...projections.values()],
        identities: [...identities.values()],
        dedupeKeys: [...dedupe.values()].map(({ key, complaintId }) => ({ ...key, complaintId })),
        externalRefs: [...externalRefs.values()].map(({ ref, complaintId }) => ({ ...ref, complaintId })),
        outbox: [...outbox.values()],
        contactKeys: [...contactKeys].map(([contactKey, complainantId]) => ({ contactKey, complainantId })),
        quarantine: [...quarantine.values()].sort(newestFirst),
      });
    },

    probe() {
      const contents = () => store.contents();
      return {
        events: async (complaintId) => contents().events.filter((event) => event.complaintId === complaintId),
        projection: async (complaintId) => contents().projections.find((projection) => projection.id === complaintId),
        identity: async (complainantId) => contents().identities.find((identity) => identity.complainantId === complainantId),
        outbox: async (complaintId) => contents().outbox.filter((row) => row.complaintId === complaintId),
        dedupeKeys: async (complaintId) =>
          contents()
            .dedupeKeys.filter((key) => key.complaintId === complaintId)
            .map(({ channel, messageId }) => ({ channel, messageId })),
        externalRefs: async (complaintId) =>
          contents()
            .externalRefs.filter((entry) => entry.complaintId === complaintId)
            .map(({ system, id }) => ({ system, id })),
        contactKeys: async (complainantId) =>
          contents()
            .contactKeys.filter((entry) => entry.complainantId === complainantId)
            .map((entry) => entry.contactKey),
        quarantine: async () => contents().quarantine,
        tamperEventPayload: async (complaintId, version, payload) => store.tamperEvent(complaintId, version, { payload }),
      };
    },

    tamperEvent(complaintId, version, patch) {
      live();
      const event = streams.get(complaintId)?.[version - 1];
      if (!event) throw new NotFoundError('Event', `${complaintId}@${version}`);
      streams.get(complaintId)![version - 1] = deepFreeze({ ...event, ...structuredClone(patch) });
    },
  };
  return store;
}
