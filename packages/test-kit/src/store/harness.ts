import type { StoreCapabilitiesV1, StoreProbe, StoreV1 } from '@aduan/spec';

export type { StoreProbe };

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
  | 'externalRefs'
  | 'appendMany'
  | 'externalRefLookup'
  | 'query'
  | 'contactKeys'
  | 'quarantine'
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
  /** Whether the store offers the optional `doAppendMany` (default false: its suite is skipped, visibly). */
  appendMany?: boolean;
  /** Whether the store offers the optional `doFindByExternalRefs` (default false: its suite is skipped, visibly). */
  externalRefLookup?: boolean;
  /** Run only these suites (default: all). */
  suites?: readonly StoreSuiteName[];
}
