import { describe, expect, it } from 'vitest';
import { MINUTE, setUp, uniqueKey, type ChannelStateContext } from '../context.js';

const DAY = 24 * 60 * MINUTE;

export function pruneSuite(ctx: ChannelStateContext): void {
  describe('prune', () => {
    it('forgets settled sends older than the cut-off and keeps newer ones and live claims', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const [old, recent, live] = [uniqueKey('reply'), uniqueKey('reply'), uniqueKey('reply')];
      await state.doClaimSend({ channel: 'sms', key: old, claimant: 'a', now: now(), leaseMs: MINUTE });
      await state.doSettleSend({ channel: 'sms', key: old, claimant: 'a', at: now(), outcome: 'sent', providerMessageId: 'SM-old' });
      await state.doClaimSend({ channel: 'sms', key: live, claimant: 'a', now: now(), leaseMs: 10 * DAY });
      clock.advanceBy(2 * DAY);
      await state.doClaimSend({ channel: 'sms', key: recent, claimant: 'a', now: now(), leaseMs: MINUTE });
      await state.doSettleSend({ channel: 'sms', key: recent, claimant: 'a', at: now(), outcome: 'in_doubt' });
      await other.doPrune({ before: new Date(clock.now().getTime() - DAY).toISOString() });
      expect(await state.doClaimSend({ channel: 'sms', key: old, claimant: 'b', now: now(), leaseMs: MINUTE })).toMatchObject({
        state: 'claimed',
      });
      expect(await state.doClaimSend({ channel: 'sms', key: recent, claimant: 'b', now: now(), leaseMs: MINUTE })).toMatchObject({
        state: 'in_doubt',
      });
      expect(await state.doClaimSend({ channel: 'sms', key: live, claimant: 'b', now: now(), leaseMs: MINUTE })).toMatchObject({
        state: 'in_flight',
      });
    });

    it('forgets reply windows older than the cut-off', async () => {
      const { state, clock, now } = await setUp(ctx);
      const [old, recent] = [uniqueKey('addr'), uniqueKey('addr')];
      await state.doNoteInbound({ channel: 'whatsapp', address: old, at: now() });
      clock.advanceBy(2 * DAY);
      await state.doNoteInbound({ channel: 'whatsapp', address: recent, at: now() });
      await state.doPrune({ before: new Date(clock.now().getTime() - DAY).toISOString() });
      expect(await state.doLastInbound({ channel: 'whatsapp', address: old })).toBeUndefined();
      expect(await state.doLastInbound({ channel: 'whatsapp', address: recent })).toBe(now());
    });

    it('forgets delivered-group markers older than the cut-off: a part then opens its key afresh', async () => {
      const { state, clock, now } = await setUp(ctx);
      const groupKey = uniqueKey('grp');
      const part = { number: 1, count: 1, messageId: uniqueKey('SM'), text: 'satu bagian', senderAddress: 'pengirim', receivedAt: now() };
      await state.doAddPart({ channel: 'sms', groupKey, part, now: now(), retainMs: 30 * DAY });
      clock.advanceBy(2 * DAY);
      expect(await state.doAddPart({ channel: 'sms', groupKey, part, now: now(), retainMs: 30 * DAY })).toBeUndefined();
      await state.doPrune({ before: new Date(clock.now().getTime() - DAY).toISOString() });
      expect(await state.doAddPart({ channel: 'sms', groupKey, part, now: now(), retainMs: 30 * DAY })).toEqual({
        groupKey,
        parts: [part],
        complete: true,
      });
    });
  });
}
