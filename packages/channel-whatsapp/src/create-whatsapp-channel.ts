import {
  MethodNotAllowedError,
  type ChannelCapabilitiesV1,
  type ChannelV1,
  type InboundRequestV1,
  type InboundResultV1,
} from '@aduan/spec';
import { resolveOptions, type WhatsAppChannelOptions } from './options.js';
import { parseWebhook } from './parse-webhook.js';
import { normalizeWhatsAppNumber, recipientOf } from './recipient.js';
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

  return {
    specificationVersion: 'v1',
    channel: 'whatsapp',
    capabilities,

    async doInbound(request: InboundRequestV1): Promise<InboundResultV1> {
      const method = request.method.toUpperCase();
      if (method === 'GET') return { kind: 'handshake', response: answerVerification(request.url, resolved.verifyToken) };
      if (method !== 'POST') throw new MethodNotAllowedError(method, ['GET', 'POST']);
      // Authenticate the exact bytes before reading a single field of them.
      verifyWhatsAppSignature(resolved.appSecret, request.body, request.headers.get(SIGNATURE_HEADER));
      const { messages, receipts, skipped } = parseWebhook(request.body, resolved.phoneNumberId, resolved.labels);
      for (const entry of skipped) resolved.logger.warn('WhatsApp webhook: skipped a part it cannot read', { ...entry });
      // The window counts from each message's own timestamp, so a late redelivery cannot reopen it.
      for (const message of messages) await resolved.window.noteInbound(message.senderAddress, message.receivedAt);
      return { kind: 'messages', messages, receipts };
    },

    async doSend(message) {
      const to = normalizeWhatsAppNumber(message.to);
      if (to === undefined) {
        return {
          ok: false,
          retryable: false,
          code: 'invalid_recipient',
          error: 'the recipient is not a WhatsApp number (international digits, e.g. 6281234567890)',
        };
      }
      return sendMessage(resolved, { ...message, to });
    },

    recipientOf,
  };
}
