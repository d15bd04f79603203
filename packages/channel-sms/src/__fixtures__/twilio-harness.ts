import type { ChannelHarness, ChannelHarnessContext, TestInboundMessage, TestReceipt } from '@aduan/test-kit';
import { createTwilioSmsChannel } from '../twilio/create-twilio-channel.js';
import { startFakeTwilio } from './fake-twilio.js';
import { incomingSmsParams, signAsTwilio, statusCallbackParams, twilioWebhookRequest } from './twilio-webhooks.js';

export const TWILIO_ACCOUNT = { accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: 'f0e1d2c3b4a5968778695a4b3c2d1e0f' };
export const TWILIO_NUMBER = '+6228500000000';
export const TWILIO_WEBHOOK_URL = 'https://aduan.pekalongankota.go.id/webhooks/sms/twilio';

/** V1 receipt statuses as Twilio's MessageStatus. */
const TWILIO_STATUS = { sent: 'sent', delivered: 'delivered', read: 'read', failed: 'failed' } as const;

function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new Error('Twilio posts one message or status per webhook call');
  return items[0]!;
}

/** The Twilio channel wired to a fake Twilio API on loopback, for `testChannel`. */
export async function createTwilioHarness({ logger }: ChannelHarnessContext): Promise<ChannelHarness> {
  const fake = await startFakeTwilio(TWILIO_ACCOUNT);
  const channel = createTwilioSmsChannel({
    ...TWILIO_ACCOUNT,
    from: TWILIO_NUMBER,
    webhookUrl: TWILIO_WEBHOOK_URL,
    apiBaseUrl: fake.apiBaseUrl,
    fetch: fake.fetch,
    logger,
  });
  const paramsOf = (message: TestInboundMessage) =>
    incomingSmsParams(TWILIO_ACCOUNT.accountSid, {
      messageId: message.messageId,
      from: message.sender,
      to: TWILIO_NUMBER,
      body: message.text,
    });
  const signed = (params: Record<string, string>, token = TWILIO_ACCOUNT.authToken) =>
    twilioWebhookRequest(TWILIO_WEBHOOK_URL, params, signAsTwilio(token, TWILIO_WEBHOOK_URL, params));
  return {
    channel,
    addresses: ['+6281200000001', '+6285700000002'],
    features: { batch: false, timestamps: false, receiptStatuses: ['sent', 'delivered', 'read', 'failed'] },
    requests: {
      messages: async (messages) => signed(paramsOf(only(messages))),
      withAttachment: async (message) =>
        signed({
          ...paramsOf(message),
          NumMedia: '1',
          MediaContentType0: 'image/jpeg',
          MediaUrl0: `https://api.twilio.com/2010-04-01/Accounts/${TWILIO_ACCOUNT.accountSid}/Messages/MM0000/Media/ME0000`,
        }),
      async receipts(receipts: readonly TestReceipt[]) {
        const receipt = only(receipts);
        const status = TWILIO_STATUS[receipt.status];
        return signed(
          statusCallbackParams(TWILIO_ACCOUNT.accountSid, {
            sid: receipt.providerMessageId,
            status,
            from: TWILIO_NUMBER,
            to: '+6281200000001',
          }),
        );
      },
      async tampered(messages) {
        const params = paramsOf(only(messages));
        const request = signed(params);
        return {
          ...request,
          body: new TextEncoder().encode(new URLSearchParams({ ...params, Body: `${params['Body']} (diubah)` }).toString()),
        };
      },
      unauthenticated: async (messages) => twilioWebhookRequest(TWILIO_WEBHOOK_URL, paramsOf(only(messages)), undefined),
      wrongCredentials: async (messages) => signed(paramsOf(only(messages)), '00000000000000000000000000000000'),
      async malformed({ authenticated, kind, message }) {
        const params = paramsOf(message);
        // fields: the message's sid left out.
        if (kind === 'fields') for (const name of ['MessageSid', 'SmsMessageSid', 'SmsSid']) Reflect.deleteProperty(params, name);
        const request = authenticated ? signed(params) : twilioWebhookRequest(TWILIO_WEBHOOK_URL, params, undefined);
        if (kind === 'fields') return request;
        // syntax: the resident's parameters followed by a % escape that is no UTF-8.
        return { ...request, body: new TextEncoder().encode(`${new URLSearchParams(params).toString()}&ToCity=%E0%A4%A`) };
      },
    },
    provider: {
      sends: async () => fake.messages().map((message) => ({ to: message.to, text: message.body, providerMessageId: message.sid })),
      failNext: fake.failNext,
    },
    cleanup: fake.close,
  };
}
