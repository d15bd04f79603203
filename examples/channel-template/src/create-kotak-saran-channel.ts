import type { ChannelV1 } from '@aduan/spec';
import { systemClock } from '@aduan/core';
import { checkOptions, type KotakSaranOptions } from './options.js';
import { CHANNEL, parseKioskWebhook } from './parse-webhook.js';
import { sendReply } from './send-reply.js';
import { verifyKioskCall } from './signature.js';

/** Replies show on the kiosk screen and go out by SMS; the vendor caps them at 1000 characters. */
const MAX_TEXT_LENGTH = 1000;

/** The "Kotak Saran" (suggestion box) kiosk: signed JSON webhooks in, replies through the vendor API. */
export function createKotakSaranChannel(options: KotakSaranOptions): ChannelV1 {
  checkOptions(options);
  const clock = options.clock ?? systemClock;
  const tolerance = options.toleranceSeconds ?? 300;
  const send = { apiUrl: options.apiUrl, apiKey: options.apiKey, fetch: options.fetch ?? globalThis.fetch };
  return {
    specificationVersion: 'v1',
    channel: CHANNEL,
    capabilities: { attachments: false, maxTextLength: MAX_TEXT_LENGTH, templates: false, replyWindowHours: null, deliveryReceipts: true },
    async doInbound(request) {
      // Authenticate first: an unauthenticated caller learns nothing about our parser.
      verifyKioskCall(request, options.webhookSecret, clock.now(), tolerance);
      return { kind: 'messages', ...parseKioskWebhook(request.body) };
    },
    async doSend(message) {
      if (message.text.length > MAX_TEXT_LENGTH) {
        return { ok: false, retryable: false, error: `reply has ${message.text.length} characters; the kiosk takes ${MAX_TEXT_LENGTH}` };
      }
      return sendReply(send, message);
    },
    recipientOf: (identity) => identity.phone,
  };
}
