import { createChannelEndpoint, createDesk, createMemoryStore, createOutboxRelay } from '@aduan/core';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeVendorApi } from './__fixtures__/fake-vendor-api.js';
import { API_KEY, kioskRequest, MEMBERS, submissionsBody, WEBHOOK_SECRET } from './__fixtures__/harness.js';
import { createKotakSaranChannel } from './create-kotak-saran-channel.js';

/** A Fetch Request as the host framework would hand it to the endpoint. */
function asFetchRequest(request: ReturnType<typeof kioskRequest>): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body: request.body });
}

let vendor: Awaited<ReturnType<typeof startFakeVendorApi>>;
afterEach(() => vendor.close());

async function setup() {
  vendor = await startFakeVendorApi(API_KEY);
  const channel = createKotakSaranChannel({ webhookSecret: WEBHOOK_SECRET, apiUrl: vendor.apiUrl, apiKey: API_KEY, fetch: vendor.fetch });
  const store = createMemoryStore();
  const desk = createDesk({ store, pseudonymKey: 'pseudonym-key-for-this-test-0000' });
  return {
    channel,
    store,
    desk,
    endpoint: createChannelEndpoint({ desk, channel }),
    relay: createOutboxRelay({ store, channels: [channel] }),
  };
}

describe('kotak saran mounted on a desk', () => {
  it('turns a signed kiosk call into a complaint, and delivers the reply to the member through the outbox relay', async () => {
    const { desk, endpoint, relay } = await setup();
    const submission = {
      messageId: 'ks-100',
      sender: MEMBERS[0],
      senderName: 'Siti',
      text: 'Toilet umum di Alun-alun rusak',
      sentAt: new Date().toISOString(),
    };
    const response = await endpoint(asFetchRequest(kioskRequest(submissionsBody([submission]), WEBHOOK_SECRET)));
    expect(response.status).toBe(200);

    const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' as const };
    const [complaint] = (await desk.list(coordinator)).items;
    expect(complaint).toMatchObject({ channel: 'kotak_saran', title: 'Toilet umum di Alun-alun rusak' });

    await desk.requestInfo(coordinator, { complaintId: complaint!.id, message: 'Mohon sebutkan toilet sisi mana.' });
    expect(await relay.runOnce()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    expect(vendor.replies()).toMatchObject([{ to: MEMBERS[0], text: 'Mohon sebutkan toilet sisi mana.' }]);
  });

  it('answers a forged call 403 and stores nothing', async () => {
    const { desk, endpoint } = await setup();
    const forged = { messageId: 'ks-101', sender: MEMBERS[0], senderName: 'Siti', text: 'Laporan palsu', sentAt: new Date().toISOString() };
    const response = await endpoint(asFetchRequest(kioskRequest(submissionsBody([forged]), 'not-the-secret-but-long-enough-0000')));
    expect(response.status).toBe(403);
    expect((await desk.list({ id: 'admin', role: 'coordinator' })).items).toEqual([]);
  });
});
