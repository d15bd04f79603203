import { createMemoryChannelState, createSendLedger, silentLogger, systemClock } from '@aduan/adapter-utils';
import type { ChannelV1 } from '@aduan/spec';
import { checkOptions, type KotakSaranOptions } from './options.js';
import { CHANNEL, parseKioskWebhook } from './parse-webhook.js';
import { sendReply } from './send-reply.js';
import { verifyKioskCall } from './signature.js';

/** Replies show on the kiosk screen and in the member's app; the vendor caps them at 1000 characters. */
const MAX_TEXT_LENGTH = 1000;

/**
 * The "Kotak Saran" (suggestion box) kiosk: signed JSON webhooks in, replies through the vendor
 * API to the member's kiosk account (a contact handle, not a phone number), each sent at most
 * once through the send ledger.
 */
export function createKotakSaranChannel(options: KotakSaranOptions): ChannelV1 {
  checkOptions(options);
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const tolerance = options.toleranceSeconds ?? 300;
  const settings = {
    apiUrl: options.apiUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 10_000,
    fetch: options.fetch ?? globalThis.fetch,
  };
  // One ledger for every reply: a retry, or a second app instance sharing `state`, never sends a key twice.
  const ledger = createSendLedger({
    state: options.state ?? createMemoryChannelState(),
    channel: CHANNEL,
    clock,
    leaseMs: settings.timeoutMs + 60_000,
    logger,
  });
  return {
    specificationVersion: 'v1',
    channel: CHANNEL,
    capabilities: { attachments: false, maxTextLength: MAX_TEXT_LENGTH, templates: false, replyWindowHours: null, deliveryReceipts: true },
    async doInbound(request) {
      // Authenticate first: an unauthenticated caller learns nothing about our parser.
      verifyKioskCall(request, options.webhookSecret, clock.now(), tolerance);
      const { messages, receipts, skipped } = parseKioskWebhook(request.body);
      for (const item of skipped) logger.warn('Kotak Saran webhook: skipped an item it cannot read', { ...item });
      return { kind: 'messages', messages, receipts };
    },
    async doSend(message) {
      if (message.text.length > MAX_TEXT_LENGTH) {
        return {
          ok: false,
          retryable: false,
          code: 'too_long',
          error: `reply has ${message.text.length} characters; the kiosk takes ${MAX_TEXT_LENGTH}`,
        };
      }
      return ledger.send(message.idempotencyKey, () => sendReply(settings, message));
    },
    // The member id the kiosk reported, kept in the complainant's identity as a handle.
    recipientOf: (identity) => identity.handles?.[CHANNEL],
  };
}
