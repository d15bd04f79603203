import { createMemoryChannelState, createSendLedger, silentLogger, systemClock } from '@aduan/adapter-utils';
import { MethodNotAllowedError, UnauthorizedError, type ChannelV1, type InboundRequestV1 } from '@aduan/spec';
import { createSmsSender } from '../outbound/sms-sender.js';
import { splitSms } from '../outbound/split-sms.js';
import { readForm, type FormFields } from '../shared/form-fields.js';
import { normalizePhone } from '../shared/phone.js';
import { checkTwilioOptions, TWILIO_MAX_BODY, type TwilioSmsOptions } from './options.js';
import { parseTwilioWebhook } from './parse-webhook.js';
import { sendTwilioPart } from './send-part.js';
import { verifyTwilioSignature } from './signature.js';

const DEFAULT_TIMEOUT_MS = 15_000;
/** A claim outlives the longest API call by this much, so two instances never send one SMS at once. */
const LEASE_MARGIN_MS = 60_000;
/** Twilio's documented answer for "received, no reply": an empty TwiML response. */
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

function formParams(request: InboundRequestV1): FormFields {
  // Twilio sends UTF-8; a body that is not is refused by the strict escape decoding below.
  return readForm(new TextDecoder().decode(request.body), 'Twilio webhook');
}

/**
 * A channel for Twilio Programmable Messaging (SMS): signed webhooks for incoming messages and
 * status callbacks on one URL, answered with empty TwiML; replies through the Messages API, each
 * SMS sent at most once per idempotency key through the send ledger.
 */
export function createTwilioSmsChannel(options: TwilioSmsOptions): ChannelV1 {
  checkTwilioOptions(options);
  const channel = options.channel ?? 'sms';
  const clock = options.clock ?? systemClock;
  const countryCode = options.countryCode ?? '62';
  const maxTextLength = options.maxTextLength ?? TWILIO_MAX_BODY;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const send = createSmsSender({
    provider: 'Twilio',
    maxTextLength,
    split: (text) => (options.maxPartLength === undefined ? [text.trim()].filter(Boolean) : splitSms(text, options.maxPartLength)),
    ledger: createSendLedger({
      state: options.state ?? createMemoryChannelState(),
      channel,
      clock,
      leaseMs: timeoutMs + LEASE_MARGIN_MS,
      logger: options.logger ?? silentLogger,
    }),
    sendPart: (part) =>
      sendTwilioPart(
        {
          accountSid: options.accountSid,
          authToken: options.authToken,
          from: options.from,
          statusCallback: options.webhookUrl,
          apiBaseUrl: options.apiBaseUrl ?? 'https://api.twilio.com',
          timeoutMs,
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
      if (request.method.toUpperCase() !== 'POST') throw new MethodNotAllowedError(request.method.toUpperCase(), ['POST']);
      const signature = request.headers.get('x-twilio-signature');
      if (!signature) throw new UnauthorizedError('Twilio webhook has no X-Twilio-Signature header');
      // The signature covers the parameters, so they are read (in linear time, capped) before it is checked, and trusted only after.
      const params = formParams(request);
      if (!verifyTwilioSignature(options.authToken, signature, options.webhookUrl, params)) {
        throw new UnauthorizedError('Twilio webhook signature does not match (check that webhookUrl is the URL configured in Twilio)', 403);
      }
      return { kind: 'messages', ...parseTwilioWebhook(params, { channel, countryCode, now: clock.now() }) };
    },
    doSend: send,
    recipientOf(identity) {
      return identity.phone ? normalizePhone(identity.phone, countryCode) : undefined;
    },
    // Twilio reads the answer as TwiML: an empty <Response/> means "no reply"; JSON would be logged as an error on the account.
    acknowledge: () => new Response(EMPTY_TWIML, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } }),
  };
}
