import type { AdapterLogger } from '@aduan/adapter-utils';
import { UnauthorizedError } from '@aduan/spec';
import { testChannel } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { createKotakSaranHarness, kioskRequest, MEMBERS, submissionsBody, WEBHOOK_SECRET } from './__fixtures__/harness.js';
import { createKotakSaranChannel } from './create-kotak-saran-channel.js';

// The whole conformance suite, one fresh harness per test.
testChannel({
  name: 'kotak saran (template)',
  create: createKotakSaranHarness,
  expectCapabilities: { deliveryReceipts: true, maxTextLength: 1000, replyWindowHours: null },
});

// Then what is particular to this protocol.
describe('kotak saran specifics', () => {
  const message = {
    messageId: 'ks-1',
    sender: MEMBERS[0],
    senderName: 'Siti',
    text: 'Antrian di MPP terlalu lama',
    sentAt: '2025-03-14T02:21:07.000Z',
  };
  const silent: AdapterLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const channelWith = (logger: AdapterLogger = silent) =>
    createKotakSaranChannel({ webhookSecret: WEBHOOK_SECRET, apiUrl: 'https://kotaksaran.vendor.example/api', apiKey: 'k', logger });

  it('refuses a validly signed call replayed after the tolerance with 403', async () => {
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    const error = await channelWith()
      .doInbound(kioskRequest(submissionsBody([message]), WEBHOOK_SECRET, tenMinutesAgo))
      .catch((e: unknown) => e);
    expect(UnauthorizedError.isInstance(error) && error.status).toBe(403);
    expect((error as Error).message).toMatch(/older than 300 s/);
  });

  it('puts the member id into contact.handles and answers it as the recipient', async () => {
    const channel = channelWith();
    const result = await channel.doInbound(kioskRequest(submissionsBody([message]), WEBHOOK_SECRET));
    const [received] = result.kind === 'messages' ? result.messages : [];
    expect(received?.contact).toEqual({ name: 'Siti', handles: { kotak_saran: MEMBERS[0] } });
    expect(channel.recipientOf({ complainantId: 'c-1', ...received!.contact })).toBe(MEMBERS[0]);
    expect(channel.recipientOf({ complainantId: 'c-1', phone: '+6281200000001' })).toBeUndefined();
  });

  it('skips a submission it cannot read, logs where it was (not what it said), and keeps the others', async () => {
    const warnings: unknown[] = [];
    const body = new TextEncoder().encode(
      JSON.stringify({
        submissions: [
          { id: 'ks-2', submittedAt: 'kemarin', text: 'Rahasia Ibu Ani', member: {} },
          { id: 'ks-3', submittedAt: message.sentAt, text: 'Jalan rusak', member: { id: MEMBERS[1] } },
        ],
      }),
    );
    const result = await channelWith({ ...silent, warn: (text: string, fields?: unknown) => void warnings.push([text, fields]) }).doInbound(
      kioskRequest(body, WEBHOOK_SECRET),
    );
    expect(result.kind === 'messages' && result.messages.map((item) => item.messageId)).toEqual(['ks-3']);
    expect(warnings).toEqual([
      [
        expect.stringContaining('skipped'),
        { path: 'submissions.0', reason: 'needs submittedAt (an ISO 8601 time), member.id (replies go there)' },
      ],
    ]);
    expect(JSON.stringify(warnings)).not.toContain('Ani');
  });

  it('fails fast on a weak secret', () => {
    expect(() => createKotakSaranChannel({ webhookSecret: 'rahasia', apiUrl: 'https://vendor.example', apiKey: 'k' })).toThrow(
      /webhookSecret: must be at least 32 characters/,
    );
  });
});
