import type { ChannelCheck } from './check.js';
import { authenticationChecks } from './checks/authentication.js';
import { capabilityChecks } from './checks/capabilities.js';
import { handshakeChecks } from './checks/handshake.js';
import { idempotencyChecks } from './checks/idempotency.js';
import { inboundChecks } from './checks/inbound.js';
import { malformedChecks } from './checks/malformed.js';
import { outboundChecks } from './checks/outbound.js';
import { privacyChecks } from './checks/privacy.js';
import { receiptChecks } from './checks/receipts.js';
import { recipientChecks } from './checks/recipient.js';
import { replyWindowChecks } from './checks/reply-window.js';

/** Every check of the channel conformance suite, in the order they are reported. */
export const CHANNEL_CHECKS: readonly ChannelCheck[] = [
  ...capabilityChecks,
  ...inboundChecks,
  ...receiptChecks,
  ...authenticationChecks,
  ...malformedChecks,
  ...handshakeChecks,
  ...outboundChecks,
  ...idempotencyChecks,
  ...replyWindowChecks,
  ...recipientChecks,
  ...privacyChecks,
];
