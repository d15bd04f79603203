/**
 * What every aduan adapter shares: channels and stores depend on `@aduan/spec` and this package,
 * never on `@aduan/core`.
 *
 * @packageDocumentation
 * @module @aduan/adapter-utils
 */
export { systemClock } from './clock.js';
export { decodeCursor, encodeCursor } from './cursor.js';
export { readBodyWithLimit } from './read-body.js';
export {
  describeHttpError,
  errorResponse,
  SERVICE_FAILED_MESSAGE,
  type ErrorResponseOptions,
  type HttpErrorDescription,
} from './http-error.js';
export { constantTimeEqual } from './constant-time.js';
export { isRetryableStatus } from './retryable-status.js';
export { loadOptionalPeer } from './load-optional-peer.js';
export { createMemoryChannelState } from './memory-channel-state.js';
// Channel state helpers: the send ledger, reply windows and part buffering, and what they need.
export { createSendLedger, type SendAttemptOutcome, type SendLedger, type SendLedgerOptions } from './send-ledger.js';
export { callProvider, describeCallFailure, requestNeverLeft, type CallProviderOptions, type ProviderCallResult } from './call-provider.js';
export { createReplyWindow, type ReplyWindow, type ReplyWindowOptions } from './reply-window.js';
export { createPartBuffer, type IncomingPart, type PartBuffer, type PartBufferOptions, type PartGroup } from './part-buffer.js';
export { redactAddress, REDACTED_ADDRESS } from './redact-address.js';
export { silentLogger, type AdapterLogger } from './adapter-logger.js';
export type { FetchHandler } from './fetch-handler.js';
export { peerAddressOf, setPeerAddress } from './peer-address.js';
export { clientAddressOf, clientKeyOf } from './client-address.js';
export type { RateLimitDecisionV1, RateLimiterV1 } from './rate-limiter-v1.js';
export { createMemoryRateLimiter, type MemoryRateLimiter, type MemoryRateLimiterOptions } from './memory-rate-limiter.js';
// Checks every AccountStoreV1 implementation applies, so stores agree on what they refuse.
export { checkAccountUpdate, checkNewAccount, checkPageLimit, endsSessions } from './account-checks.js';
export { createRequestRateLimit, UNKNOWN_CLIENT, type RateLimitOptions, type RequestRateLimit } from './request-rate-limit.js';
