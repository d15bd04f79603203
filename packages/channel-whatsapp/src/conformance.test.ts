import type { InboundRequestV1 } from '@aduan/spec';
import { testChannel, type ChannelHarness, type ChannelHarnessContext, type TestInboundMessage, type TestReceipt } from '@aduan/test-kit';
import { startFakeGraphServer } from './__fixtures__/fake-graph-server.js';
import {
  ACCESS_TOKEN,
  APP_SECRET,
  PHONE_NUMBER_ID,
  VERIFY_TOKEN,
  testOptions,
  verificationGet,
  webhookPost,
} from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import { signWhatsAppPayload } from './signature.js';

const ADDRESSES = ['6281200000001', '6281200000002'] as const;
const seconds = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const METADATA = { display_phone_number: '6285200000000', phone_number_id: PHONE_NUMBER_ID };

/** A notification as Meta batches it: one change per sender's message, in order. */
function notification(values: Record<string, unknown>[]): Record<string, unknown> {
  const changes = values.map((value) => ({ field: 'messages', value: { messaging_product: 'whatsapp', metadata: METADATA, ...value } }));
  return { object: 'whatsapp_business_account', entry: [{ id: '102030405060708', changes }] };
}

function messageValue(message: TestInboundMessage, content: Record<string, unknown> = { type: 'text', text: { body: message.text } }) {
  return {
    contacts: [{ profile: { name: message.senderName }, wa_id: message.sender }],
    messages: [{ from: message.sender, id: message.messageId, timestamp: seconds(message.sentAt), ...content }],
  };
}

const messagesBody = (messages: readonly TestInboundMessage[]) => encode(notification(messages.map((message) => messageValue(message))));

function receiptsBody(receipts: readonly TestReceipt[]): Uint8Array {
  const failure = {
    code: 131026,
    title: 'Message undeliverable',
    message: 'Message undeliverable',
    error_data: { details: 'Receiver is incapable of receiving this message' },
  };
  const statuses = receipts.map((receipt) => ({
    id: receipt.providerMessageId,
    status: receipt.status,
    timestamp: seconds(receipt.at),
    recipient_id: ADDRESSES[0],
    ...(receipt.status === 'failed' ? { errors: [failure] } : {}),
  }));
  return encode(notification([{ statuses }]));
}

async function createHarness({ logger }: ChannelHarnessContext): Promise<ChannelHarness> {
  const graph = await startFakeGraphServer({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
  const now = new Date();
  const channel = createWhatsAppChannel(testOptions({ graphApiBaseUrl: graph.url, fetch: graph.fetch, clock: { now: () => now }, logger }));
  // Both residents wrote an hour ago, as they have when a reply goes out: their windows are open.
  const anHourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const earlier = ADDRESSES.map((sender, index) => ({
    messageId: `wamid.earlier-${index}`,
    sender,
    senderName: 'Warga',
    text: 'Halo',
    sentAt: anHourAgo,
  }));
  await channel.doInbound(webhookPost(messagesBody(earlier)));
  const signed = (body: Uint8Array): InboundRequestV1 => webhookPost(body);

  return {
    channel,
    addresses: ADDRESSES,
    now: () => now,
    features: { batch: true, timestamps: true, names: true, receiptStatuses: ['sent', 'delivered', 'read', 'failed'] },
    requests: {
      messages: async (messages) => signed(messagesBody(messages)),
      withAttachment: async (message) =>
        signed(
          encode(
            notification([
              messageValue(message, {
                type: 'image',
                image: {
                  caption: message.text,
                  mime_type: 'image/jpeg',
                  sha256: 'KmyJ8lXbIYvM6hxAgC0AcHI5Bc8DJ3qRgtmpz07E+n4=',
                  id: '1098765432109876',
                },
              }),
            ]),
          ),
        ),
      receipts: async (receipts) => signed(receiptsBody(receipts)),
      tampered: async (messages) => {
        const body = messagesBody(messages);
        const altered = new TextEncoder().encode(new TextDecoder().decode(body).replace(/"body":"/, '"body":"[diubah] '));
        return webhookPost(altered, signWhatsAppPayload(APP_SECRET, body));
      },
      unauthenticated: async (messages) => webhookPost(messagesBody(messages), null),
      wrongCredentials: async (messages) => {
        const body = messagesBody(messages);
        return webhookPost(body, signWhatsAppPayload('not-the-app-secret', body));
      },
      malformed: async ({ authenticated, kind, message }) => {
        const whole = JSON.stringify(notification([messageValue(message)]));
        // syntax: cut in the middle of the resident's message; fields: the `entry` list misnamed.
        const text = kind === 'syntax' ? whole.slice(0, whole.indexOf('"timestamp"')) : whole.replace('"entry":', '"entries":');
        const body = new TextEncoder().encode(text);
        return authenticated ? signed(body) : webhookPost(body, null);
      },
      handshake: async () => ({
        request: verificationGet({ 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1158201444' }),
        expectedBody: '1158201444',
      }),
    },
    provider: {
      sends: async () =>
        graph.accepted.map(({ body, id }) => {
          const template = body['template'] as { name: string; components?: [{ parameters: [{ text: string }] }] } | undefined;
          const text = template ? (template.components?.[0].parameters[0].text ?? '') : (body['text'] as { body: string }).body;
          return { to: String(body['to']), text, providerMessageId: id, ...(template ? { template: template.name } : {}) };
        }),
      failNext: (failure) => graph.failNextAs(failure),
    },
    cleanup: () => graph.close(),
  };
}

testChannel({
  name: 'whatsapp (Cloud API, fake Graph on loopback)',
  create: createHarness,
  expectCapabilities: { attachments: true, maxTextLength: 4096, templates: true, replyWindowHours: 24, deliveryReceipts: true },
});
