import type { ChannelStateStoreV1 } from '@aduan/spec';
import { InvalidConfigError } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryChannelState } from './memory-channel-state.js';
import { createReplyWindow } from './reply-window.js';

const NOW = Date.parse('2026-03-02T12:00:00.000Z');
const clock = { now: () => new Date(NOW) };
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();
const RESIDENT = '6281200000001';

describe('createReplyWindow', () => {
  it('is open within the hours after the last message, closed after, and closed when nothing is known', async () => {
    const window = createReplyWindow({ state: createMemoryChannelState(), channel: 'whatsapp', hours: 24, clock });
    expect(await window.isOpen(RESIDENT)).toBe(false);
    await window.noteInbound(RESIDENT, hoursAgo(23));
    expect(await window.isOpen(RESIDENT)).toBe(true);
    await window.noteInbound('6281200000002', hoursAgo(25));
    expect(await window.isOpen('6281200000002')).toBe(false);
  });

  it('counts from the message timestamp: a late redelivery of an old message does not reopen the window', async () => {
    const window = createReplyWindow({ state: createMemoryChannelState(), channel: 'whatsapp', hours: 24, clock });
    // The webhook arrives now, but the resident wrote 30 hours ago.
    await window.noteInbound(RESIDENT, hoursAgo(30));
    expect(await window.isOpen(RESIDENT)).toBe(false);
  });

  it('keeps the latest message whatever order notes arrive in, and counts a future timestamp as now', async () => {
    const window = createReplyWindow({ state: createMemoryChannelState(), channel: 'whatsapp', hours: 24, clock });
    await window.noteInbound(RESIDENT, hoursAgo(2));
    await window.noteInbound(RESIDENT, hoursAgo(40));
    expect(await window.isOpen(RESIDENT)).toBe(true);
    // A timestamp ahead of our clock (the provider's clock runs fast) is noted as now.
    const state = createMemoryChannelState();
    await createReplyWindow({ state, channel: 'whatsapp', hours: 24, clock }).noteInbound(
      RESIDENT,
      new Date(NOW + 48 * 3_600_000).toISOString(),
    );
    const dayLater = { now: () => new Date(NOW + 25 * 3_600_000) };
    expect(await createReplyWindow({ state, channel: 'whatsapp', hours: 24, clock: dayLater }).isOpen(RESIDENT)).toBe(false);
  });

  it("opens only when the caller's lastInboundAt and the channel's own record both say so", async () => {
    const window = createReplyWindow({ state: createMemoryChannelState(), channel: 'whatsapp', hours: 24, clock });
    expect(await window.isOpen(RESIDENT, hoursAgo(1))).toBe(true);
    await window.noteInbound(RESIDENT, hoursAgo(30));
    // The caller's instant is when the webhook arrived; the provider's timestamp says the window closed.
    expect(await window.isOpen(RESIDENT, hoursAgo(1))).toBe(false);
    await window.noteInbound(RESIDENT, hoursAgo(1));
    expect(await window.isOpen(RESIDENT, hoursAgo(25))).toBe(false);
    expect(await window.isOpen(RESIDENT, hoursAgo(2))).toBe(true);
  });

  it('is open exactly when every known instant lies within the window', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.integer({ min: 0, max: 72 * 60 })),
        fc.option(fc.integer({ min: 0, max: 72 * 60 })),
        async (noted, given) => {
          const window = createReplyWindow({ state: createMemoryChannelState(), channel: 'whatsapp', hours: 24, clock });
          const minutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
          if (noted !== null) await window.noteInbound(RESIDENT, minutesAgo(noted));
          const known = [noted, given].filter((minutes): minutes is number => minutes !== null);
          const expected = known.length > 0 && known.every((minutes) => minutes < 24 * 60);
          expect(await window.isOpen(RESIDENT, given === null ? undefined : minutesAgo(given))).toBe(expected);
        },
      ),
    );
  });

  it('hashes addresses before they reach the store (with a secret, an HMAC)', async () => {
    const inner = createMemoryChannelState();
    const addresses: string[] = [];
    const state: ChannelStateStoreV1 = {
      ...inner,
      doNoteInbound: (input) => {
        addresses.push(input.address);
        return inner.doNoteInbound(input);
      },
    };
    await createReplyWindow({ state, channel: 'whatsapp', hours: 24, clock }).noteInbound(RESIDENT, hoursAgo(1));
    await createReplyWindow({ state, channel: 'whatsapp', hours: 24, clock, secret: 'app-secret' }).noteInbound(RESIDENT, hoursAgo(1));
    expect(addresses).toHaveLength(2);
    for (const address of addresses) {
      expect(address).toMatch(/^[0-9a-f]{64}$/);
      expect(address).not.toContain('81200000001');
    }
    expect(addresses[0]).not.toBe(addresses[1]);
  });

  it('refuses a window that is not a positive number of hours', () => {
    expect(() => createReplyWindow({ state: createMemoryChannelState(), channel: 'whatsapp', hours: 0 })).toThrow(InvalidConfigError);
  });
});
