/**
 * Conformance suites for stores, channels and template stores, and a virtual clock.
 *
 * @packageDocumentation
 * @module @aduan/test-kit
 */
export { testStore } from './store/test-store.js';
export type { StoreHarness, StoreProbe, StoreSuiteName, TestStoreOptions } from './store/harness.js';
export { StreamBuilder, respondedAppends, type StreamSeed } from './store/stream-builder.js';
export { expectAduanError } from './store/expect-error.js';
export * from './channel-state/index.js';
export * from './account-store/index.js';
export * from './template-store/index.js';
export { createVirtualClock, type VirtualClock } from './virtual-clock.js';
export * from './channel/index.js';
