import { createHash } from 'node:crypto';
import { createChannelEndpoint, createDesk, createMemoryStore, type MemoryStore } from '@aduan/core';
import { ChannelFailureError, type ChannelV1 } from '@aduan/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGraphServer, type FakeGraphServer } from './__fixtures__/fake-graph-server.js';
import { ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, RESIDENT, fixtureBytes, testOptions, webhookPost } from './__fixtures__/fixtures.js';
import { serveFetch, type LoopbackServer } from './__fixtures__/serve-fetch.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import { mediaUrn } from './media.js';
import { createWhatsAppMediaDownloader } from './media-downloader.js';
import { signWhatsAppPayload } from './signature.js';

/**
 * What outside checks found (issue 10) and what keeps it fixed: each test failed before its fix.
 * Items 6 (a refused message loses its neighbours), 7 (the media downloader fetches any URL with
 * the token), 16 (a shared location loses its coordinates) and 17 (a late redelivery reopens the
 * 24-hour window).
 */

const NOW = Date.parse('2026-03-02T05:00:00.000Z');
const clock = { now: () => new Date(NOW) };
const seconds = (ms: number) => String(Math.floor(ms / 1000));
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const METADATA = { display_phone_number: '6285200000000', phone_number_id: PHONE_NUMBER_ID };

function notification(messages: Record<string, unknown>[]): Uint8Array {
  return encode({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102030405060708',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: METADATA,
              contacts: [{ profile: { name: 'Budi Santoso' }, wa_id: RESIDENT }],
              messages,
            },
          },
        ],
      },
    ],
  });
}

const text = (id: string, body: string, at = NOW) => ({ from: RESIDENT, id, timestamp: seconds(at), type: 'text', text: { body } });

let graph: FakeGraphServer;
beforeEach(async () => {
  graph = await startFakeGraphServer({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
});
afterEach(() => graph.close());

describe('item 6: a refused message does not lose its neighbours', () => {
  let store: MemoryStore;
  let channel: ChannelV1;
  let server: LoopbackServer;
  beforeEach(async () => {
    store = createMemoryStore();
    const desk = createDesk({ store, clock, pseudonymKey: 'attack-test-pseudonym-key-0123456789' });
    channel = createWhatsAppChannel(testOptions({ graphApiBaseUrl: graph.url, clock }));
    server = await serveFetch(createChannelEndpoint({ desk, channel }));
  });
  afterEach(() => server.close());

  const post = (body: Uint8Array) =>
    fetch(`${server.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppPayload(APP_SECRET, body) },
      body,
    });

  it('takes in the normal message of a batch and quarantines the over-long one, answering 200 (through the real endpoint)', async () => {
    const body = notification([
      text('wamid.NORMAL', 'Lampu PJU mati di Jl. Hayam Wuruk'),
      text('wamid.LONG', `Keluhan panjang: ${'sangat panjang '.repeat(800)}`),
      text('wamid.AFTER', 'Saluran mampet di RT 03'),
    ]);
    const response = await post(body);
    expect(response.status).toBe(200);
    // Two messages of one resident: one complaint and its follow-up; the long one waits for an officer.
    expect(store.contents().projections).toHaveLength(1);
    const quarantined = await store.doListQuarantine({ limit: 10 });
    expect(quarantined.items.map((item) => item.messageId)).toEqual(['wamid.LONG']);
    // Meta redelivers: nothing is added twice.
    expect((await post(body)).status).toBe(200);
    expect((await store.doListQuarantine({ limit: 10 })).items).toHaveLength(1);
  });

  it('hands over every readable message of a batch even when one cannot be read', async () => {
    const unreadable = { from: RESIDENT, timestamp: seconds(NOW), type: 'text', text: { body: 'tanpa id' } };
    const result = await channel.doInbound(webhookPost(notification([text('wamid.A', 'satu'), unreadable, text('wamid.B', 'dua')])));
    expect(result.kind === 'messages' && result.messages.map((message) => message.messageId)).toEqual(['wamid.A', 'wamid.B']);
  });
});

describe('item 7: the media downloader fetches only Meta media over https, and the token goes nowhere else', () => {
  const photo = new TextEncoder().encode('foto jalan berlubang');
  const sha256 = createHash('sha256').update(photo).digest('hex');
  const lookupNaming = (url: string) => ({
    status: 200,
    body: { messaging_product: 'whatsapp', url, mime_type: 'image/jpeg', sha256, id: '1234567890' },
  });
  const download = (url = mediaUrn('1234567890')) =>
    createWhatsAppMediaDownloader({ accessToken: ACCESS_TOKEN, fetch: graph.meta.fetch })(url);

  it.each([
    ['an internal address', 'https://169.254.169.254/latest/meta-data/iam'],
    ['a loopback address', 'https://127.0.0.1:5432/'],
    ['plain http on the media host', 'http://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1'],
    ['another host', 'https://attacker.example/whatsapp_business/attachments/?mid=1'],
    ['the media host on another port', 'https://lookaside.fbsbx.com:8443/whatsapp_business/attachments/?mid=1'],
    ['a look-alike host', 'https://lookaside.fbsbx.com.attacker.example/x'],
  ])('refuses a lookup that points at %s, and sends nothing there', async (_, url) => {
    graph.failNextAs(lookupNaming(url));
    const error = await download().catch((caught: unknown) => caught);
    expect(ChannelFailureError.isInstance(error) && error.retryable).toBe(false);
    expect(graph.meta.seen.map(({ host }) => host)).toEqual(['graph.facebook.com']);
  });

  it('follows a redirect within Meta’s media hosts only: the token never reaches another host', async () => {
    graph.addMedia('1234567890', photo, 'image/jpeg', sha256);
    graph.failNextAs(lookupNaming('https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=moved'));
    graph.failNextAs({ status: 302, headers: { location: '/whatsapp_business/attachments/?mid=1234567890' } });
    await expect(download()).resolves.toMatchObject({ contentType: 'image/jpeg' });

    graph.meta.seen.length = 0;
    graph.failNextAs(lookupNaming('https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1'));
    graph.failNextAs({ status: 302, headers: { location: 'https://attacker.example/steal' } });
    expect(ChannelFailureError.isInstance(await download().catch((caught: unknown) => caught))).toBe(true);
    expect(graph.meta.seen.map(({ host }) => host)).toEqual(['graph.facebook.com', 'lookaside.fbsbx.com']);
  });

  it('does not follow a redirect answered by the Graph lookup itself', async () => {
    graph.failNextAs({ status: 301, headers: { location: 'https://attacker.example/v21.0/1' } });
    expect(ChannelFailureError.isInstance(await download().catch((caught: unknown) => caught))).toBe(true);
    expect(graph.meta.seen.map(({ host }) => host)).toEqual(['graph.facebook.com']);
  });
});

describe('item 16: a shared location keeps its coordinates, also as a reply to a request for it', () => {
  it('carries latitude, longitude, name and address of a location sent as a reply to our request', async () => {
    // Meta's payload for a location sent with WhatsApp's "reply" (it carries `context`), redacted.
    const result = await createWhatsAppChannel(testOptions()).doInbound(webhookPost(fixtureBytes('location-reply')));
    expect(result.kind === 'messages' && result.messages[0]).toMatchObject({
      receivedAt: '2026-01-01T01:00:00.000Z',
      location: {
        lat: -6.8898362,
        long: 109.6745916,
        address: 'Alun-alun Kota Pekalongan, Jl. Nusantara, Kauman, Pekalongan Timur, Kota Pekalongan',
      },
    });
  });

  it('keeps the coordinates of the recorded location fixture', async () => {
    const result = await createWhatsAppChannel(testOptions()).doInbound(webhookPost(fixtureBytes('location-message')));
    expect(result.kind === 'messages' && result.messages.map((message) => message.location?.lat)).toEqual([-6.8898362, -6.8912]);
  });
});

describe('item 17: the 24-hour window counts from the message timestamp, not from when the webhook arrived', () => {
  it('sends the template to a resident whose only message, redelivered now, was written 30 hours ago', async () => {
    const channel = createWhatsAppChannel(testOptions({ graphApiBaseUrl: graph.url, clock }));
    await channel.doInbound(webhookPost(notification([text('wamid.OLD', 'Sampah belum diangkut', NOW - 30 * 3_600_000)])));
    // The desk stored the message as it arrived (now) and the relay passes that instant along.
    const sent = await channel.doSend({
      to: RESIDENT,
      text: 'Terima kasih, sudah kami teruskan.',
      idempotencyKey: 'late-1',
      complaintId: 'c-1',
      lastInboundAt: new Date(NOW).toISOString(),
    });
    expect(sent.ok).toBe(true);
    expect(graph.accepted[0]?.body['type']).toBe('template');
  });

  it('sends free text while the message timestamp is within 24 hours', async () => {
    const channel = createWhatsAppChannel(testOptions({ graphApiBaseUrl: graph.url, clock }));
    await channel.doInbound(webhookPost(notification([text('wamid.RECENT', 'Sampah belum diangkut', NOW - 23 * 3_600_000)])));
    await channel.doSend({
      to: RESIDENT,
      text: 'Terima kasih.',
      idempotencyKey: 'recent-1',
      complaintId: 'c-1',
      lastInboundAt: new Date(NOW).toISOString(),
    });
    expect(graph.accepted[0]?.body['type']).toBe('text');
  });
});
