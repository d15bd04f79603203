import type { DeliveryStatusV1 } from '@aduan/spec';
import { expect } from 'vitest';
import type { ChannelCheck } from '../check.js';
import type { ChannelHarness, TestReceipt } from '../harness.js';
import { reply } from '../send.js';
import { providerId, wholeSecondsAgo } from '../samples.js';

const DEFAULT_STATUSES: readonly DeliveryStatusV1[] = ['sent', 'delivered', 'failed'];

const noReceipts = (harness: ChannelHarness) =>
  harness.channel.capabilities.deliveryReceipts && harness.requests.receipts ? undefined : 'the channel declares no delivery receipts';

async function expectReceipt(harness: ChannelHarness, receipt: TestReceipt): Promise<void> {
  const request = await harness.requests.receipts!([receipt]);
  const result = await harness.channel.doInbound(request);
  expect(result.kind).toBe('messages');
  if (result.kind !== 'messages') return;
  expect(result.messages, 'a receipt is not a message from the resident').toEqual([]);
  expect(result.receipts).toHaveLength(1);
  expect(result.receipts[0]).toMatchObject({
    channel: harness.channel.channel,
    providerMessageId: receipt.providerMessageId,
    status: receipt.status,
  });
  expect(Number.isNaN(Date.parse(result.receipts[0]?.at ?? '')), 'receipt time is an ISO date').toBe(false);
}

export const receiptChecks: ChannelCheck[] = [
  {
    suite: 'receipts',
    name: 'reports each delivery status with the provider message id',
    skipReason: noReceipts,
    async run(harness) {
      const now = harness.now?.() ?? new Date();
      const statuses = harness.features?.receiptStatuses ?? DEFAULT_STATUSES;
      // Ids of every shape: a receipt must find its message whatever the provider's ids look like.
      for (const [index, status] of [...statuses, ...statuses].entries()) {
        await expectReceipt(harness, { providerMessageId: providerId(index), status, at: wholeSecondsAgo(now, 5) });
      }
    },
  },
  {
    suite: 'receipts',
    name: 'matches a receipt to the id doSend returned',
    skipReason: noReceipts,
    async run(harness) {
      const result = await harness.channel.doSend(reply(harness, { text: 'Laporan Anda sudah kami terima.' }));
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const now = harness.now?.() ?? new Date();
      await expectReceipt(harness, { providerMessageId: result.providerMessageId, status: 'delivered', at: wholeSecondsAgo(now, 1) });
    },
  },
];
