import { InvalidInputError, type ChannelCapabilitiesV1, type ChannelV1, type InboundRequestV1, type SendResultV1 } from '@aduan/spec';
import { resolveOptions, type WhatsAppChannelOptions } from './options.js';
import { parseWebhook } from './parse-webhook.js';
import { normaliseWhatsAppNumber, recipientOf } from './recipient.js';
import { MAX_TEXT_LENGTH, sendMessage } from './send-message.js';
import { SIGNATURE_HEADER, verifyWhatsAppSignature } from './signature.js';
import { answerVerification } from './verification.js';

/**
 * A `ChannelV1` for the WhatsApp Business Cloud API. Mount it behind `createChannelEndpoint` from
 * `@aduan/core`; the endpoint reads the body (with its size limit) and hands the raw bytes here.
 */
export function createWhatsAppChannel(options: WhatsAppChannelOptions): ChannelV1 {
  const resolved = resolveOptions(options);
  const capabilities: ChannelCapabilitiesV1 = {
    attachments: true,
    maxTextLength: MAX_TEXT_LENGTH,
    templates: true,
    replyWindowHours: resolved.replyWindowMs / 3_600_000,
    deliveryReceipts: true,
  };
  // Two sends with one key at the same moment share one attempt instead of racing the store.
  const inFlight = new Map<string, Promise<SendResultV1>>();

  return {
    specificationVersion: 'v1',
    channel: 'whatsapp',
    capabilities,

    async doInbound(request: InboundRequestV1) {
      const method = request.method.toUpperCase();
      if (method === 'GET') return { kind: 'handshake', response: answerVerification(request.url, resolved.verifyToken) };
      if (method !== 'POST') {
        throw new InvalidInputError('WhatsApp webhook request', [{ path: 'method', message: 'must be GET (verification) or POST (notification)' }]);
      }
      // Authenticate the exact bytes before reading a single field of them.
      verifyWhatsAppSignature(resolved.appSecret, request.body, request.headers.get(SIGNATURE_HEADER));
      const { messages, receipts } = parseWebhook(request.body, resolved.phoneNumberId, resolved.labels);
      await Promise.all(messages.map((message) => resolved.windowTracker.noteInbound(message.senderAddress, new Date(message.receivedAt))));
      return { kind: 'messages', messages, receipts };
    },

    async doSend(message) {
      const to = normaliseWhatsAppNumber(message.to);
      if (to === undefined) return { ok: false, retryable: false, error: `"${message.to}" is not a WhatsApp number (international digits, e.g. 6281234567890)` };
      const running = inFlight.get(message.idempotencyKey);
      if (running) return running;
      const attempt = sendMessage(resolved, { ...message, to }).finally(() => inFlight.delete(message.idempotencyKey));
      inFlight.set(message.idempotencyKey, attempt);
      return attempt;
    },

    recipientOf,
  };
}
