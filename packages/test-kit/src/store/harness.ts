import type {
  ComplainantIdentity,
  ComplaintProjection,
  DedupeKey,
  OutboxRecord,
  StoredEvent,
  StoreCapabilitiesV1,
  StoreV1,
} from '@aduan/spec';

/**
 * Raw reads of what a store really holds, bypassing the adapter's own read methods (a stubbed
 * `doReadStream` must not be able to make the suite pass). Implement it with direct SQL, file
 * reads, or the driver's own client.
 */
export interface StoreProbe {
  events(complaintId: string): Promise<StoredEvent[]>;
  projection(complaintId: string): Promise<ComplaintProjection | undefined>;
  identity(complainantId: string): Promise<ComplainantIdentity | undefined>;
  outbox(complaintId: string): Promise<OutboxRecord[]>;
  dedupeKeys(complaintId: string): Promise<DedupeKey[]>;
  /** Overwrites a stored event's payload in storage, as an attacker with database access would. */
  tamperEventPayload(complaintId: string, version: number, payload: Record<string, unknown>): Promise<void>;
}

/** One fresh, empty store per test, with its probe. */
export interface StoreHarness {
  store: StoreV1;
  probe: StoreProbe;
  /**
   * A second, independent handle onto the same storage (another pool or connection), for
   * stores that declare `multiProcess`. Used by the concurrency suites.
   */
  openAnother?: () => Promise<StoreV1>;
  /** Releases everything the harness opened. */
  cleanup?: () => Promise<void>;
}

export type StoreSuiteName =
  | 'append'
  | 'concurrency'
  | 'dedupe'
  | 'query'
  | 'identity'
  | 'deadlines'
  | 'outbox'
  | 'desk';

export interface TestStoreOptions {
  /** Shown in test names, e.g. `postgres (server)`. */
  name: string;
  /** Called before every test: every test starts from an empty store. */
  create: () => Promise<StoreHarness>;
  /**
   * The capabilities the adapter declares. The kit checks the store really declares exactly these,
   * and skips (visibly) only the suites that need a capability declared false.
   */
  capabilities: StoreCapabilitiesV1;
  /** Run only these suites (default: all). */
  suites?: readonly StoreSuiteName[];
}
