/**
 * The evidence behind a complaint's history: how events are sealed into a hash chain, how a
 * chain is verified, and how a projection is re-derived from the events alone. For store adapters,
 * test kits, auditors' tools and the CLI; an app running a desk needs none of it
 * (`desk.verifyHistory` and `desk.rebuild` use these).
 *
 * @packageDocumentation
 * @module @aduan/core/history
 */
export { sealEvent, verifyChain, type ChainVerdict, type UnsealedEvent } from '../support/hash-chain.js';
export { canonicalJson } from '../support/canonical-json.js';
export { replayProjection } from '../machine/replay.js';
