export { testAccountStore } from './test-account-store.js';
export type { AccountStoreHarness, TestAccountStoreOptions } from './harness.js';
