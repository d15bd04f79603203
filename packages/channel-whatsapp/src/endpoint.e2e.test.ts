import { createChannelEndpoint, createDesk, createMemoryStore, createOutboxRelay, type MemoryStore } from '@aduan/core';
import type { ChannelV1 } from '@aduan/spec';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGraphServer, type FakeGraphServer } from './__fixtures__/fake-graph-server.js';
import {
  APP_SECRET,
  ACCESS_TOKEN,
  PHONE_NUMBER_ID,
  RESIDENT,
  VERIFY_TOKEN,
  fixtureWithFreshIds,
  testOptions,
} from './__fixtures__/fixtures.js';
import { serveFetch, type LoopbackServer } from './__fixtures__/serve-fetch.js';
import { createWhatsAppChannel } from './create-whatsapp-channel.js';
import { missingDetailPrompt } from './prompts.js';
import { signWhatsAppPayload } from './signature.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
// One hour after the fixtures' messages (2026-01-01T00:00Z): inside WhatsApp's window.
let now = Date.parse('2026-01-01T01:00:00.000Z');
const clock = { now: () => new Date(now) };

let graph: FakeGraphServer;
let server: LoopbackServer;
let store: MemoryStore;
let channel: ChannelV1;
let desk: ReturnType<typeof createDesk>;
let run = 0;

beforeEach(async () => {
  now = Date.parse('2026-01-01T01:00:00.000Z');
  graph = await startFakeGraphServer({ accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
  store = createMemoryStore();
  desk = createDesk({ store, clock, pseudonymKey: 'e2e-pseudonym-key-0123456789' });
  channel = createWhatsAppChannel(testOptions({ graphApiBaseUrl: graph.url, clock }));
  server = await serveFetch(createChannelEndpoint({ desk, channel, maxBodyBytes: 64 * 1024 }));
  run++;
});
afterEach(async () => {
  await server.close();
  await graph.close();
});

function post(body: Uint8Array | string, signature: string | null = signWhatsAppPayload(APP_SECRET, body)): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  return fetch(`${server.url}/webhooks/whatsapp`, { method: 'POST', headers, body });
}

describe('WhatsApp webhook through createChannelEndpoint on loopback HTTP', () => {
  it('stores a signed webhook as a complaint and answers 200', async () => {
    const response = await post(fixtureWithFreshIds('text-message', `-${run}`));
    expect(response.status).toBe(200);
    expect(store.contents().projections).toHaveLength(1);
    expect(store.contents().projections[0]).toMatchObject({ channel: 'whatsapp', status: 'received' });
  });

  it('answers 403 to a tampered body, 401 to an unsigned one, and stores nothing', async () => {
    const body = fixtureWithFreshIds('text-message', `-${run}`);
    const tampered = new TextDecoder().decode(body).replace('Hayam Wuruk', 'Gajah Mada');
    expect((await post(tampered, signWhatsAppPayload(APP_SECRET, body))).status).toBe(403);
    const unsigned = await post(body, null);
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(store.contents().events).toEqual([]);
  });

  it('answers the verification GET, and 403 to a wrong verify token', async () => {
    const url = (token: string) => `${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=8675309`;
    const ok = await fetch(url(VERIFY_TOKEN));
    expect([ok.status, await ok.text()]).toEqual([200, '8675309']);
    expect((await fetch(url('tebakan'))).status).toBe(403);
  });

  it('answers 400 to a malformed body and 413 to an oversize one, storing nothing', async () => {
    const malformed = await post('{"object":"whatsapp_business_account","entry":[');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/not valid JSON/);
    const huge = `{"object":"whatsapp_business_account","entry":[],"padding":"${'x'.repeat(100 * 1024)}"}`;
    expect((await post(huge)).status).toBe(413);
    expect(store.contents().events).toEqual([]);
  });

  it('stores the same webhook delivered twice as one complaint, answering 200 both times', async () => {
    const body = fixtureWithFreshIds('batch', `-${run}`);
    expect((await post(body)).status).toBe(200);
    const afterFirst = store.contents();
    expect((await post(body)).status).toBe(200);
    // Four messages from three residents: Budi's second message follows up on his first complaint.
    expect(afterFirst.projections).toHaveLength(3);
    expect(store.contents().events).toEqual(afterFirst.events);
  });

  it('stores the same webhook delivered twice at once as one complaint', async () => {
    const body = fixtureWithFreshIds('text-message', `-${run}`);
    const responses = await Promise.all([post(body), post(body), post(body)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(store.contents().projections).toHaveLength(1);
    expect(store.contents().events).toHaveLength(1);
  });

  it('keeps a reply in the outbox while Graph is down and delivers it once when it is back', async () => {
    await post(fixtureWithFreshIds('text-message', `-${run}`));
    const [complaint] = store.contents().projections;
    await desk.requestInfo(coordinator, { complaintId: complaint!.id, message: missingDetailPrompt('location') });
    const relay = createOutboxRelay({ store, channels: [channel], clock, backoff: { baseMs: 1_000, maxMs: 1_000 } });

    graph.setDown(true);
    expect(await relay.runOnce()).toEqual({ delivered: 0, retrying: 1, dead: 0 });
    expect(store.contents().outbox[0]).toMatchObject({ status: 'pending', lastError: expect.stringContaining('503') });
    graph.setDown(false);
    now += 1_000;
    expect(await relay.runOnce()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    now += 60_000;
    expect(await relay.runOnce()).toEqual({ delivered: 0, retrying: 0, dead: 0 });

    expect(graph.accepted).toHaveLength(1);
    expect(graph.accepted[0]?.body).toMatchObject({ to: RESIDENT, type: 'text', text: { body: missingDetailPrompt('location') } });
  });

  it('sends the approved template when the reply leaves after the 24-hour window', async () => {
    await post(fixtureWithFreshIds('text-message', `-${run}`));
    const [complaint] = store.contents().projections;
    now += 30 * 3_600_000;
    await desk.requestInfo(coordinator, { complaintId: complaint!.id, message: missingDetailPrompt('detail') });
    await createOutboxRelay({ store, channels: [channel], clock }).runOnce();
    expect(graph.accepted[0]?.body).toMatchObject({ to: RESIDENT, type: 'template', template: { name: 'aduan_tanggapan' } });
  });
});
