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

function outsideWindow(harness: ChannelHarness): string {
  return hoursAgo(harness, (harness.channel.capabilities.replyWindowHours ?? 0) + 1);
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
      expect(
        (await harness.provider.sends()).every((send) => send.template === undefined),
        'free text, not a template, inside the window',
      ).toBe(true);
    },
  },
  {
    suite: 'reply-window',
    name: 'sends no free text outside the reply window',
    skipReason: noWindow,
    async run(harness) {
      const result = await harness.channel.doSend(reply(harness, { lastInboundAt: outsideWindow(harness) }));
      const freeText = (await harness.provider.sends()).filter((send) => send.template === undefined);
      expect(freeText, 'free text sent outside the reply window').toEqual([]);
      if (!result.ok) expect(result.retryable, 'waiting does not reopen the window: the failure is permanent').toBe(false);
    },
  },
  {
    suite: 'reply-window',
    name: 'sends a template outside the reply window when the channel declares templates',
    skipReason: (harness) =>
      noWindow(harness) ?? (harness.channel.capabilities.templates ? undefined : 'the channel declares no templates'),
    async run(harness) {
      const message = reply(harness, { lastInboundAt: outsideWindow(harness) });
      const result = await harness.channel.doSend(message);
      expectSent(result, 'doSend outside the window (the declared capability "templates")');
      const sends = await harness.provider.sends();
      expect(sends.length, 'a template reached the provider').toBeGreaterThan(0);
      for (const send of sends) {
        expect(send.to).toBe(message.to);
        expect(typeof send.template === 'string' && send.template !== '', 'the provider received a template message').toBe(true);
      }
    },
  },
  {
    suite: 'reply-window',
    name: 'reports a reply outside the window as outside_window when the channel has no templates',
    skipReason: (harness) =>
      noWindow(harness) ?? (harness.channel.capabilities.templates ? 'the channel sends templates outside the window' : undefined),
    async run(harness) {
      const result = await harness.channel.doSend(reply(harness, { lastInboundAt: outsideWindow(harness) }));
      expect(result).toMatchObject({ ok: false, retryable: false, code: 'outside_window' });
    },
  },
];
