/**
 * The core's own reading of shared semantics, for testing other packages against it: the filter
 * every StoreV1 must apply the same way (`@aduan/test-kit` checks stores against it).
 *
 * @packageDocumentation
 * @module @aduan/core/testing
 */
export { matchesFilter } from '../store/projection-filter.js';
