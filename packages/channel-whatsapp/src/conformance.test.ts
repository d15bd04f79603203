import type { InboundRequestV1 } from '@aduan/spec';
import { testChannel, type ChannelHarness, type ProviderFailure, type TestInboundMessage, type TestReceipt } from '@aduan/test-kit';
import { startFakeGraphServer } from './__fixtures__/fake-graph-server.js';
import { ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN, testOptions, verificationGet, webhookPost } from './__fixtures__/fixtures.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import { signWhatsAppPayload } from './signature.js';
import { createMemoryWindowTracker } from './window-tracker.js';

const ADDRESSES = ['6281200000001', '6281200000002'] as const;
const seconds = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

/** A notification as Meta batches it: one change per sender's message, in order. */
function notification(values: Record<string, unknown>[]): Uint8Array {
  const metadata = { display_phone_number: '6285200000000', phone_number_id: PHONE_NUMBER_ID };
  const changes = values.map((value) => ({ field: 'messages', value: { messaging_product: 'whatsapp', metadata, ...value } }));
  return new TextEncoder().encode(JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '102030405060708', changes }] }));
}

function messagesBody(messages: readonly TestInboundMessage[]): Uint8Array {
  return notification(
    messages.map((message) => ({
      contacts: [{ profile: { name: 'Warga' }, wa_id: message.sender }],
      messages: [{ from: message.sender, id: message.messageId, timestamp: seconds(message.sentAt), type: 'text', text: { body: message.text } }],
    })),
  );
}

function receiptsBody(receipts: readonly TestReceipt[]): Uint8Array {
  const failure = { code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Receiver is incapable of receiving this message' } };
  const statuses = receipts.map((receipt) => ({
    id: receipt.providerMessageId,
    status: receipt.status,
    timestamp: seconds(receipt.at),
    recipient_id: ADDRESSES[0],
    ...(receipt.status === 'failed' ? { errors: [failure] } : {}),
  }));
  return notification([{ statuses }]);
}

async function createHarness(): Promise<ChannelHarness> {
  const graph = await startFakeGraphServer({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
  const now = new Date();
  // The residents wrote an hour ago, as they have when a reply goes out: the window is open
  // unless a check says otherwise through lastInboundAt.
  const windowTracker = createMemoryWindowTracker();
  for (const address of ADDRESSES) await windowTracker.noteInbound(address, new Date(now.getTime() - 3_600_000));
  const failures: ProviderFailure[] = [];
  const fetchThroughFailures: typeof fetch = async (input, init) => {
    const failure = failures.shift();
    if (failure === 'unreachable') throw new TypeError('fetch failed: connect ECONNREFUSED');
    if (failure === 'retryable') graph.failNext(503, 2, 'Service temporarily unavailable');
    if (failure === 'permanent') graph.failNext(400, 100, '(#100) Invalid parameter');
    return fetch(input, init);
  };
  const channel = createWhatsAppChannel(
    testOptions({ graphApiBaseUrl: graph.url, fetch: fetchThroughFailures, clock: { now: () => now }, windowTracker }),
  );
  const signed = (body: Uint8Array): InboundRequestV1 => webhookPost(body);

  return {
    channel,
    addresses: ADDRESSES,
    now: () => now,
    features: { batch: true, timestamps: true, receiptStatuses: ['sent', 'delivered', 'read', 'failed'] },
    requests: {
      messages: async (messages) => signed(messagesBody(messages)),
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
      malformed: async ({ authenticated }) => {
        const body = new TextEncoder().encode('{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages"');
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
      failNext: (failure) => failures.push(failure),
    },
    cleanup: () => graph.close(),
  };
}

testChannel({
  name: 'whatsapp (Cloud API, fake Graph on loopback)',
  create: createHarness,
  expectCapabilities: { attachments: true, maxTextLength: 4096, templates: true, replyWindowHours: 24, deliveryReceipts: true },
});
