import { expect } from 'vitest';
import type { ChannelCheck } from '../check.js';
import type { ChannelHarness } from '../harness.js';
import { expectDelivered, expectSent, reply } from '../send.js';

const HOUR_MS = 3_600_000;

const noWindow = (harness: ChannelHarness) =>
  harness.channel.capabilities.replyWindowHours === null ? 'the channel has no reply window' : undefined;

function hoursAgo(harness: ChannelHarness, hours: number): string {
  return new Date((harness.now?.() ?? new Date()).getTime() - hours * HOUR_MS).toISOString();
}

export const replyWindowChecks: ChannelCheck[] = [
  {
    suite: 'reply-window',
    name: 'sends free text inside the reply window',
    skipReason: noWindow,
    async run(harness) {
      const message = reply(harness, { lastInboundAt: hoursAgo(harness, 1) });
      const result = await harness.channel.doSend(message);
      expectSent(result, 'doSend inside the window');
      expectDelivered(await harness.provider.sends(), message, result);
    },
  },
  {
    suite: 'reply-window',
    name: 'sends no free text outside the reply window',
    skipReason: noWindow,
    async run(harness) {
      const window = harness.channel.capabilities.replyWindowHours ?? 0;
      const message = reply(harness, { lastInboundAt: hoursAgo(harness, window + 1) });
      const result = await harness.channel.doSend(message);
      const freeText = (await harness.provider.sends()).filter((send) => send.template === undefined);
      expect(freeText, 'free text sent outside the reply window').toEqual([]);
      if (!result.ok) expect(result.retryable, 'waiting does not reopen the window: the failure is permanent').toBe(false);
    },
  },
];
