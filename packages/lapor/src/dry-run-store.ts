import {
  DuplicateExternalRefError,
  DuplicateMessageError,
  InvalidInputError,
  MAX_EXTERNAL_REF_LOOKUP,
  VersionConflictError,
  type AppendInput,
  type ComplainantIdentity,
  type ComplaintProjection,
  type DedupeKey,
  type ExternalRef,
  type StoredEvent,
  type StoreV1,
} from '@aduan/spec';

/** A `StoreV1` that plans on top of another store and never writes to it; `forget()` drops what it planned. */
export interface DryRunStore extends StoreV1 {
  /** Drops every append planned so far (when a batch ends): what it holds never grows past the batches under way. */
  forget(): void;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** Writes a dry run refuses: the import never makes them, and one that reached the store would be real. */
function refusedWrite(method: string): never {
  throw new InvalidInputError('dry run', [
    { path: method, message: `uji coba (dry run) tidak menulis apa pun / a dry run writes nothing (${method})` },
  ]);
}

/**
 * A view of `base` for a dry run: reads go to `base`, appends are checked as a store checks them
 * (the stream's version, the dedupe key, external references held by another complaint, repeats
 * within one `doAppendMany`) against `base` and what this view planned, then kept in memory only.
 * Complaint ids and tracking numbers are drawn anew by every run, so their (vanishingly rare)
 * collisions are not foreseen. Queries and counts answer from `base` alone. Every other write
 * (claims, settlements, quarantine, erasure) is refused with `invalid_input`.
 */
export function createDryRunStore(base: StoreV1): DryRunStore {
  const streams = new Map<string, { events: StoredEvent[]; projection: ComplaintProjection }>();
  const dedupe = new Map<string, string>();
  const refs = new Map<string, string>();
  const trackingNumbers = new Map<string, string>();
  const identities = new Map<string, ComplainantIdentity>();
  const contactKeys = new Map<string, string>();
  /** Projections read from `base` during this batch: the version check reuses the read the desk made. */
  const loaded = new Map<string, ComplaintProjection | undefined>();
  /** Holders of references read from `base` during this batch: the appends' check reuses the import's lookup. */
  const holders = new Map<string, ComplaintProjection | undefined>();

  async function loadProjection(complaintId: string): Promise<ComplaintProjection | undefined> {
    const planned = streams.get(complaintId)?.projection;
    if (planned) return planned;
    if (loaded.has(complaintId)) return loaded.get(complaintId);
    const projection = await base.doLoadProjection(complaintId);
    loaded.set(complaintId, projection);
    return projection;
  }

  async function findByExternalRefs(wanted: readonly ExternalRef[]): Promise<(ComplaintProjection | undefined)[]> {
    if (wanted.length > MAX_EXTERNAL_REF_LOOKUP) {
      throw new InvalidInputError('external reference lookup', [
        { path: 'refs', message: `at most ${MAX_EXTERNAL_REF_LOOKUP} references` },
      ]);
    }
    // A complaint this view planned an append for answers with its planned projection.
    const current = (projection: ComplaintProjection | undefined) => projection && (streams.get(projection.id)?.projection ?? projection);
    const found: (ComplaintProjection | undefined)[] = new Array(wanted.length);
    const unknown: number[] = [];
    for (const [index, ref] of wanted.entries()) {
      const key = pairKey(ref.system, ref.id);
      const planned = refs.get(key);
      if (planned !== undefined) found[index] = streams.get(planned)?.projection;
      else if (holders.has(key)) found[index] = current(holders.get(key));
      else unknown.push(index);
    }
    const asked = unknown.map((index) => wanted[index]!);
    let answers: (ComplaintProjection | undefined)[] = [];
    if (asked.length > 0 && base.doFindByExternalRefs) answers = await base.doFindByExternalRefs(asked);
    else if (asked.length > 0) answers = await Promise.all(asked.map((ref) => base.doFindByExternalRef(ref)));
    for (const [position, index] of unknown.entries()) {
      holders.set(pairKey(asked[position]!.system, asked[position]!.id), answers[position]);
      found[index] = current(answers[position]);
    }
    return found;
  }

  async function dedupeHolder(key: DedupeKey): Promise<string | undefined> {
    return dedupe.get(pairKey(key.channel, key.messageId)) ?? (await base.doFindByDedupeKey(key));
  }

  /** Throws what the store would refuse for this append, given what is stored and planned. */
  async function check(input: AppendInput): Promise<void> {
    // A new stream's id is drawn anew by every run: only a stream this view planned can already hold it.
    const known = input.expectedVersion === 0 ? streams.get(input.complaintId)?.projection : await loadProjection(input.complaintId);
    const actualVersion = known?.version ?? 0;
    if (actualVersion !== input.expectedVersion) throw new VersionConflictError(input.complaintId, input.expectedVersion, actualVersion);
    if (input.dedupeKey) {
      const holder = await dedupeHolder(input.dedupeKey);
      if (holder !== undefined) throw new DuplicateMessageError(input.dedupeKey.channel, input.dedupeKey.messageId, holder);
    }
    const wanted = input.externalRefs ?? [];
    for (const [index, holder] of (await findByExternalRefs(wanted)).entries()) {
      if (holder && holder.id !== input.complaintId)
        throw new DuplicateExternalRefError(wanted[index]!.system, wanted[index]!.id, holder.id);
    }
  }

  function record(input: AppendInput): void {
    const stream = streams.get(input.complaintId);
    streams.set(input.complaintId, { events: [...(stream?.events ?? []), ...input.events], projection: input.projection });
    trackingNumbers.set(input.projection.trackingNumber, input.complaintId);
    if (input.dedupeKey) dedupe.set(pairKey(input.dedupeKey.channel, input.dedupeKey.messageId), input.complaintId);
    for (const ref of input.externalRefs ?? []) refs.set(pairKey(ref.system, ref.id), input.complaintId);
    if (input.identity) identities.set(input.identity.complainantId, input.identity);
    if (input.contactKey && !contactKeys.has(input.contactKey)) contactKeys.set(input.contactKey, input.projection.complainantId);
  }

  /** Two appends of one batch may not compete for a stream, a message or a reference (as `doAppendMany` requires). */
  function checkRepeats(inputs: readonly AppendInput[]): void {
    const seen = new Set<string>();
    const issues = inputs.flatMap((input, index) => {
      const keys: [string, string][] = [
        ['complaintId', pairKey('c', input.complaintId)],
        ...(input.dedupeKey
          ? [['dedupeKey', pairKey('d', pairKey(input.dedupeKey.channel, input.dedupeKey.messageId))] as [string, string]]
          : []),
        ...(input.externalRefs ?? []).map((ref) => ['externalRefs', pairKey('r', pairKey(ref.system, ref.id))] as [string, string]),
      ];
      return keys.flatMap(([field, key]) => {
        if (seen.has(key)) return [{ path: `${index}.${field}`, message: 'appears twice in one batch' }];
        seen.add(key);
        return [];
      });
    });
    if (issues.length > 0) throw new InvalidInputError('append batch', issues);
  }

  return {
    specificationVersion: 'v1',
    provider: `dry-run:${base.provider}`,
    capabilities: base.capabilities,
    async doAppend(input) {
      await check(input);
      record(input);
    },
    async doAppendMany(inputs) {
      checkRepeats(inputs);
      // One read for the batch's references (the import's own lookup answers most of them), then each append's checks.
      await findByExternalRefs(inputs.flatMap((input) => input.externalRefs ?? []));
      await Promise.all(inputs.map(check));
      for (const input of inputs) record(input);
    },
    async doReadStream(complaintId) {
      const planned = streams.get(complaintId);
      const stored = await base.doReadStream(complaintId);
      return planned ? [...stored, ...planned.events] : stored;
    },
    doLoadProjection: loadProjection,
    async doFindByTrackingNumber(trackingNumber) {
      const planned = trackingNumbers.get(trackingNumber);
      if (planned !== undefined) return streams.get(planned)?.projection;
      const stored = await base.doFindByTrackingNumber(trackingNumber);
      return stored && (streams.get(stored.id)?.projection ?? stored);
    },
    doFindByDedupeKey: dedupeHolder,
    async doFindByExternalRef(ref) {
      return (await findByExternalRefs([ref]))[0];
    },
    doFindByExternalRefs: findByExternalRefs,
    doQuery: (query) => base.doQuery(query),
    doCount: (filter, groupBy) => base.doCount(filter, groupBy),
    doListStreams: (input) => base.doListStreams(input),
    doReplaceProjection: async () => refusedWrite('doReplaceProjection'),
    async doLoadIdentity(complainantId) {
      return identities.get(complainantId) ?? (await base.doLoadIdentity(complainantId));
    },
    async doFindComplainantByContactKey(contactKey) {
      // A key already stored wins over one planned, as a store keeps the first complainant of a key.
      return (await base.doFindComplainantByContactKey(contactKey)) ?? contactKeys.get(contactKey);
    },
    doEraseIdentity: async () => refusedWrite('doEraseIdentity'),
    doQuarantineInbound: async () => refusedWrite('doQuarantineInbound'),
    doListQuarantine: (input) => base.doListQuarantine(input),
    doDiscardQuarantined: async () => refusedWrite('doDiscardQuarantined'),
    doClaimDue: async () => refusedWrite('doClaimDue'),
    doClaimOutbox: async () => refusedWrite('doClaimOutbox'),
    doSettleOutbox: async () => refusedWrite('doSettleOutbox'),
    forget() {
      for (const map of [streams, dedupe, refs, trackingNumbers, identities, contactKeys, loaded, holders]) map.clear();
    },
  };
}
