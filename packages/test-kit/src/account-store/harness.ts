import type { AccountStoreV1 } from '@aduan/spec';

/** One fresh, empty account store per test. */
export interface AccountStoreHarness {
  store: AccountStoreV1;
  /** A second, independent handle onto the same accounts (another connection), for stores shared by several app instances. */
  openAnother?: () => Promise<AccountStoreV1>;
  /** Releases everything the harness opened. */
  cleanup?: () => Promise<void>;
}

export interface TestAccountStoreOptions {
  /** Shown in test names, e.g. `postgres (server)`. */
  name: string;
  /** Called before every test: every test starts from an empty store. */
  create: () => Promise<AccountStoreHarness>;
}
