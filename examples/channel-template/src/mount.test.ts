import { createChannelEndpoint, createDesk, createMemoryStore, createOutboxRelay } from '@aduan/core';
import { describe, expect, it } from 'vitest';
import { createKotakSaranChannel } from './create-kotak-saran-channel.js';
import { createFakeVendorApi } from './testing/fake-vendor-api.js';
import { kioskRequest, submissionsBody, WEBHOOK_SECRET } from './testing/harness.js';

/** A Fetch Request as the host framework would hand it to the endpoint. */
function asFetchRequest(request: ReturnType<typeof kioskRequest>): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body: request.body });
}

describe('kotak saran mounted on a desk', () => {
  it('turns a signed kiosk call into a complaint, and delivers the reply through the outbox relay', async () => {
    const vendor = createFakeVendorApi('ks_key');
    const channel = createKotakSaranChannel({ webhookSecret: WEBHOOK_SECRET, apiUrl: 'https://kotaksaran.vendor.example/api', apiKey: 'ks_key', fetch: vendor.fetch });
    const store = createMemoryStore();
    const desk = createDesk({ store, pseudonymKey: 'pseudonym-key-for-this-test-0000' });
    const endpoint = createChannelEndpoint({ desk, channel });
    const relay = createOutboxRelay({ store, channels: [channel] });

    const submission = { messageId: 'ks-100', sender: '+6281200000001', text: 'Toilet umum di Alun-alun rusak', sentAt: new Date().toISOString() };
    const response = await endpoint(asFetchRequest(kioskRequest(submissionsBody([submission]), WEBHOOK_SECRET)));
    expect(response.status).toBe(200);

    const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' as const };
    const [complaint] = (await desk.list(coordinator)).items;
    expect(complaint).toMatchObject({ channel: 'kotak_saran', title: 'Toilet umum di Alun-alun rusak' });

    await desk.requestInfo(coordinator, { complaintId: complaint!.id, message: 'Mohon sebutkan toilet sisi mana.' });
    expect(await relay.runOnce()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    expect(vendor.replies()).toMatchObject([{ to: '+6281200000001', text: 'Mohon sebutkan toilet sisi mana.' }]);
  });

  it('answers a forged call 403 and stores nothing', async () => {
    const vendor = createFakeVendorApi('ks_key');
    const channel = createKotakSaranChannel({ webhookSecret: WEBHOOK_SECRET, apiUrl: 'https://kotaksaran.vendor.example/api', apiKey: 'ks_key', fetch: vendor.fetch });
    const desk = createDesk({ store: createMemoryStore(), pseudonymKey: 'pseudonym-key-for-this-test-0000' });
    const endpoint = createChannelEndpoint({ desk, channel });
    const forged = { messageId: 'ks-101', sender: '+6281200000001', text: 'Laporan palsu', sentAt: new Date().toISOString() };
    const response = await endpoint(asFetchRequest(kioskRequest(submissionsBody([forged]), 'not-the-secret-but-long-enough-0000')));
    expect(response.status).toBe(403);
    expect((await desk.list({ id: 'admin', role: 'coordinator' })).items).toEqual([]);
  });
});
