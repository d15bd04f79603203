import { AduanError } from '@aduan/spec';
import { testChannel } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { createKotakSaranChannel } from './create-kotak-saran-channel.js';
import { createKotakSaranHarness, kioskRequest, submissionsBody, WEBHOOK_SECRET } from './testing/harness.js';

// The whole conformance suite, one fresh harness per test.
testChannel({
  name: 'kotak saran (template)',
  create: createKotakSaranHarness,
  expectCapabilities: { deliveryReceipts: true, maxTextLength: 1000, replyWindowHours: null },
});

// Then what is particular to this protocol.
describe('kotak saran specifics', () => {
  const message = { messageId: 'ks-1', sender: '+6281200000001', text: 'Antrian di MPP terlalu lama', sentAt: '2025-03-14T02:21:07.000Z' };

  it('refuses a validly signed call replayed after the tolerance', async () => {
    const { channel } = await createKotakSaranHarness();
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    const error = await channel.doInbound(kioskRequest(submissionsBody([message]), WEBHOOK_SECRET, tenMinutesAgo)).catch((e: unknown) => e);
    expect(AduanError.hasCode(error, 'unauthorized')).toBe(true);
    expect((error as Error).message).toMatch(/older than 300 s/);
  });

  it('lists every bad field of a submission with its path', async () => {
    const { channel } = await createKotakSaranHarness();
    const body = new TextEncoder().encode(JSON.stringify({ submissions: [{ id: 'ks-2', submittedAt: 'kemarin', contact: {} }] }));
    await expect(channel.doInbound(kioskRequest(body, WEBHOOK_SECRET))).rejects.toThrow(
      'Invalid Kotak Saran webhook: submissions.0.submittedAt: must be an ISO 8601 time; submissions.0.text: is required; submissions.0.contact.phone: is required: replies go there',
    );
  });

  it('fails fast on a weak secret', () => {
    expect(() => createKotakSaranChannel({ webhookSecret: 'rahasia', apiUrl: 'https://vendor.example', apiKey: 'k' })).toThrow(/webhookSecret: must be at least 32 characters/);
  });
});
