import { expect } from 'vitest';
import type { ChannelCheck } from '../check.js';

export const capabilityChecks: ChannelCheck[] = [
  {
    suite: 'capabilities',
    name: 'declares specification v1, a channel name and coherent capabilities',
    async run({ channel }) {
      expect(channel.specificationVersion).toBe('v1');
      expect(typeof channel.channel === 'string' && channel.channel.length > 0, 'channel name').toBe(true);
      const { capabilities } = channel;
      expect(Number.isInteger(capabilities.maxTextLength) && capabilities.maxTextLength > 0, 'maxTextLength is a positive integer').toBe(
        true,
      );
      for (const flag of ['attachments', 'templates', 'deliveryReceipts'] as const) {
        expect(typeof capabilities[flag], `${flag} is a boolean`).toBe('boolean');
      }
      const window = capabilities.replyWindowHours;
      expect(window === null || (typeof window === 'number' && window > 0), 'replyWindowHours is null or positive').toBe(true);
    },
  },
  {
    suite: 'capabilities',
    name: 'declares the expected capabilities',
    skipReason: (_, options) => (options.expectCapabilities ? undefined : 'no expectCapabilities given'),
    async run({ channel }, options) {
      expect(channel.capabilities).toMatchObject(options.expectCapabilities ?? {});
    },
  },
  {
    suite: 'capabilities',
    name: 'declares deliveryReceipts exactly when the provider reports them',
    async run({ channel, requests }) {
      expect(
        channel.capabilities.deliveryReceipts,
        'capabilities.deliveryReceipts must match whether the harness can produce receipt webhooks',
      ).toBe(requests.receipts !== undefined);
    },
  },
  {
    suite: 'capabilities',
    name: 'declares attachments exactly when the provider carries them',
    async run({ channel, requests }) {
      expect(
        channel.capabilities.attachments,
        'capabilities.attachments must match whether the harness can produce a message with an attachment',
      ).toBe(requests.withAttachment !== undefined);
    },
  },
];
