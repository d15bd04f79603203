import { expect } from 'vitest';
import type { ChannelCheck } from '../check.js';
import type { ProviderFailure } from '../harness.js';
import { wordsOfLength } from '../samples.js';
import { expectDelivered, expectSent, reply } from '../send.js';

function failureCheck(failure: ProviderFailure, retryable: boolean, description: string): ChannelCheck {
  return {
    suite: 'outbound',
    name: `reports ${description} as ${retryable ? 'retryable' : 'permanent'}, without throwing`,
    async run(harness) {
      harness.provider.failNext(failure);
      const result = await harness.channel.doSend(reply(harness));
      expect(result).toMatchObject({ ok: false, retryable });
      expect(
        typeof (result as { error?: unknown }).error === 'string' && (result as { error: string }).error.length > 0,
        'error says why',
      ).toBe(true);
      if (failure === 'unreachable' && !result.ok && result.code !== undefined) expect(result.code, 'the failure code').toBe('unreachable');
      expect(await harness.provider.sends()).toEqual([]);
    },
  };
}

export const outboundChecks: ChannelCheck[] = [
  {
    suite: 'outbound',
    name: "sends a reply to the recipient and returns the provider's message id",
    async run(harness) {
      const message = reply(harness);
      const result = await harness.channel.doSend(message);
      expectSent(result, 'doSend');
      expectDelivered(await harness.provider.sends(), message, result);
    },
  },
  {
    suite: 'outbound',
    name: 'sends each reply to its own recipient (a second resident gets theirs, nothing goes to a fixed address)',
    async run(harness) {
      const first = reply(harness, { to: harness.addresses[0] });
      const second = reply(harness, { to: harness.addresses[1], text: 'Laporan Bapak/Ibu sedang kami tindak lanjuti.' });
      expectSent(await harness.channel.doSend(first), 'doSend to the first address');
      const result = await harness.channel.doSend(second);
      expectSent(result, 'doSend to the second address');
      // Everything that reached the second address must be exactly the second reply.
      expectDelivered(
        (await harness.provider.sends()).filter((send) => send.to === second.to),
        second,
        result,
      );
    },
  },
  {
    suite: 'outbound',
    name: 'sends a reply of exactly maxTextLength characters whole (the relay splits longer ones)',
    async run(harness) {
      const message = reply(harness, { text: wordsOfLength(harness.channel.capabilities.maxTextLength) });
      const result = await harness.channel.doSend(message);
      expectSent(result, 'doSend at maxTextLength');
      expectDelivered(await harness.provider.sends(), message, result);
    },
  },
  {
    suite: 'outbound',
    name: 'refuses a reply longer than maxTextLength as a permanent failure and sends nothing (never truncates)',
    async run(harness) {
      const message = reply(harness, { text: wordsOfLength(harness.channel.capabilities.maxTextLength + 1) });
      const result = await harness.channel.doSend(message);
      expect(result).toMatchObject({ ok: false, retryable: false });
      expect(await harness.provider.sends()).toEqual([]);
    },
  },
  failureCheck('retryable', true, 'a retryable provider failure (429/5xx)'),
  failureCheck('permanent', false, 'a permanent provider failure (4xx)'),
  failureCheck('unreachable', true, 'an unreachable provider (connection refused)'),
];
