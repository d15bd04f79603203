import { InvalidInputError, UnauthorizedError, type ChannelV1, type InboundRequestV1 } from '@aduan/spec';
import { systemClock } from '@aduan/core';
import { createMemorySendLedger } from '../outbound/send-ledger.js';
import { createSmsSender } from '../outbound/sms-sender.js';
import { splitSms } from '../outbound/split-sms.js';
import { normalizePhone } from '../shared/phone.js';
import { checkTwilioOptions, TWILIO_MAX_BODY, type TwilioSmsOptions } from './options.js';
import { parseTwilioWebhook } from './parse-webhook.js';
import { sendTwilioPart } from './send-part.js';
import { verifyTwilioSignature } from './signature.js';

const DEFAULT_TIMEOUT_MS = 15_000;

function formParams(request: InboundRequestV1): URLSearchParams {
  return new URLSearchParams(new TextDecoder().decode(request.body));
}

/**
 * A channel for Twilio Programmable Messaging (SMS): signed webhooks for incoming messages and
 * status callbacks on one URL, replies through the Messages API, each sent once per
 * idempotency key.
 */
export function createTwilioSmsChannel(options: TwilioSmsOptions): ChannelV1 {
  checkTwilioOptions(options);
  const channel = options.channel ?? 'sms';
  const clock = options.clock ?? systemClock;
  const countryCode = options.countryCode ?? '62';
  const maxTextLength = options.maxTextLength ?? TWILIO_MAX_BODY;
  const send = createSmsSender({
    provider: 'Twilio',
    maxTextLength,
    split: (text) => (options.maxPartLength === undefined ? [text.trim()].filter(Boolean) : splitSms(text, options.maxPartLength)),
    ledger: options.ledger ?? createMemorySendLedger({ clock }),
    sendPart: (part) =>
      sendTwilioPart(
        {
          accountSid: options.accountSid,
          authToken: options.authToken,
          from: options.from,
          statusCallback: options.webhookUrl,
          apiBaseUrl: options.apiBaseUrl ?? 'https://api.twilio.com',
          timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          fetch: options.fetch ?? globalThis.fetch,
        },
        part,
      ),
  });

  return {
    specificationVersion: 'v1',
    channel,
    capabilities: { attachments: true, maxTextLength, templates: false, replyWindowHours: null, deliveryReceipts: true },
    async doInbound(request) {
      const signature = request.headers.get('x-twilio-signature');
      if (!signature) throw new UnauthorizedError('Twilio webhook has no X-Twilio-Signature header');
      // Parameters are read leniently first: the signature covers them, so it is checked before any field is trusted.
      const params = formParams(request);
      if (!verifyTwilioSignature(options.authToken, signature, options.webhookUrl, params)) {
        throw new UnauthorizedError('Twilio webhook signature does not match (check that webhookUrl is the URL configured in Twilio)', 403);
      }
      if (request.method.toUpperCase() !== 'POST') throw new InvalidInputError('Twilio webhook', [{ path: 'method', message: 'configure the webhook as HTTP POST' }]);
      return { kind: 'messages', ...parseTwilioWebhook(params, { channel, countryCode, now: clock.now() }) };
    },
    doSend: send,
    recipientOf(identity) {
      return identity.phone ? normalizePhone(identity.phone, countryCode) : undefined;
    },
  };
}
