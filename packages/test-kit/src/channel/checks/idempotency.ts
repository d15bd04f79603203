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
    name: "never delivers a reply twice after the provider's answer was lost (in_doubt, or a retry the provider dedupes)",
    async run(harness) {
      const message = reply(harness);
      harness.provider.failNext('lost');
      const first = await harness.channel.doSend(message);
      // The relay retries what is retryable; what is not is left to a person.
      const retried = !first.ok && first.retryable ? await harness.channel.doSend(message) : undefined;
      if (!first.ok && !first.retryable) {
        expect(first.code, 'a call whose answer was lost is reported in_doubt').toBe('in_doubt');
        expect(await harness.channel.doSend(message), 'the same key after in_doubt').toMatchObject({
          ok: false,
          retryable: false,
          code: 'in_doubt',
        });
      }
      if (retried) expectSent(retried, 'the retry after a lost answer');
      const delivered = (await harness.provider.sends()).filter((send) => send.to === message.to && send.text === message.text);
      expect(delivered.length, 'the resident received the reply at most once').toBeLessThanOrEqual(1);
    },
  },
  {
    suite: 'idempotency',
    name: 'sends distinct keys separately, even with the same text',
    async run(harness) {
      const first = reply(harness);
      const second = reply(harness, { text: first.text });
      const results = [await harness.channel.doSend(first), await harness.channel.doSend(second)];
      for (const [index, result] of results.entries()) expectSent(result, `doSend ${index + 1}`);
      const sends = await harness.provider.sends();
      expect(sends.filter((send) => send.text === first.text)).toHaveLength(2);
    },
  },
];
