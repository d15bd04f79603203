import { expect } from 'vitest';
import type { ChannelCheck } from '../check.js';
import { expectDelivered, expectSent, reply } from '../send.js';

export const idempotencyChecks: ChannelCheck[] = [
  {
    suite: 'idempotency',
    name: 'sends once when the same idempotency key is sent twice, and reports the same id',
    async run(harness) {
      const message = reply(harness);
      const first = await harness.channel.doSend(message);
      const second = await harness.channel.doSend(message);
      expectSent(first, 'first doSend');
      expect(second).toEqual(first);
      expectDelivered(await harness.provider.sends(), message, first);
    },
  },
  {
    suite: 'idempotency',
    name: 'sends once when the same idempotency key is sent twice at the same time',
    async run(harness) {
      const message = reply(harness);
      const [first, second] = await Promise.all([harness.channel.doSend(message), harness.channel.doSend(message)]);
      expectSent(first, 'first doSend');
      expect(second).toEqual(first);
      expectDelivered(await harness.provider.sends(), message, first);
    },
  },
  {
    suite: 'idempotency',
    name: 'sends after a retryable failure when retried with the same key',
    async run(harness) {
      const message = reply(harness);
      harness.provider.failNext('retryable');
      expect(await harness.channel.doSend(message)).toMatchObject({ ok: false, retryable: true });
      const retried = await harness.channel.doSend(message);
      expectSent(retried, 'retried doSend');
      expectDelivered(await harness.provider.sends(), message, retried);
    },
  },
  {
    suite: 'idempotency',
    name: 'sends distinct keys separately, even with the same text',
    async run(harness) {
      const first = reply(harness);
      const second = reply(harness, { text: first.text });
      const results = [await harness.channel.doSend(first), await harness.channel.doSend(second)];
      results.forEach((result, index) => expectSent(result, `doSend ${index + 1}`));
      const sends = await harness.provider.sends();
      expect(sends.filter((send) => send.text === first.text)).toHaveLength(2);
    },
  },
];
