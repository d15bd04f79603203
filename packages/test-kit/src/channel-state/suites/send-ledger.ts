import { describe, expect, it } from 'vitest';
import { contenders, MINUTE, setUp, uniqueKey, type ChannelStateContext } from '../context.js';

export function sendLedgerSuite(ctx: ChannelStateContext): void {
  describe('send ledger', () => {
    it('claims a fresh key until its lease ends, and answers in_flight to everyone else meanwhile', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const key = uniqueKey('reply');
      const leaseUntil = new Date(clock.now().getTime() + MINUTE).toISOString();
      expect(await state.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-a', now: now(), leaseMs: MINUTE })).toEqual({
        state: 'claimed',
        leaseUntil,
      });
      clock.advanceBy(MINUTE / 2);
      expect(await other.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-b', now: now(), leaseMs: MINUTE })).toEqual({
        state: 'in_flight',
        leaseUntil,
      });
      // The claimant itself is not let in twice either.
      expect(await state.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-a', now: now(), leaseMs: MINUTE })).toEqual({
        state: 'in_flight',
        leaseUntil,
      });
    });

    it('answers sent with the provider id for ever after a sent settlement, on every handle', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const key = uniqueKey('reply');
      await state.doClaimSend({ channel: 'sms', key, claimant: 'relay-a', now: now(), leaseMs: MINUTE });
      await state.doSettleSend({ channel: 'sms', key, claimant: 'relay-a', at: now(), outcome: 'sent', providerMessageId: 'SM123' });
      clock.advanceBy(10 * MINUTE);
      for (const handle of [state, other]) {
        expect(await handle.doClaimSend({ channel: 'sms', key, claimant: 'relay-b', now: now(), leaseMs: MINUTE })).toEqual({
          state: 'sent',
          providerMessageId: 'SM123',
        });
      }
    });

    it('frees a released key at once, and blocks an in-doubt key with the moment it fell in doubt', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const [released, doubtful] = [uniqueKey('reply'), uniqueKey('reply')];
      for (const key of [released, doubtful])
        await state.doClaimSend({ channel: 'web', key, claimant: 'relay-a', now: now(), leaseMs: MINUTE });
      const settledAt = now();
      await state.doSettleSend({ channel: 'web', key: released, claimant: 'relay-a', at: settledAt, outcome: 'released' });
      await state.doSettleSend({ channel: 'web', key: doubtful, claimant: 'relay-a', at: settledAt, outcome: 'in_doubt' });
      clock.advanceBy(MINUTE / 4);
      expect(await other.doClaimSend({ channel: 'web', key: released, claimant: 'relay-b', now: now(), leaseMs: MINUTE })).toMatchObject({
        state: 'claimed',
      });
      clock.advanceBy(60 * MINUTE);
      expect(await other.doClaimSend({ channel: 'web', key: doubtful, claimant: 'relay-b', now: now(), leaseMs: MINUTE })).toEqual({
        state: 'in_doubt',
        since: settledAt,
      });
    });

    it('hands a lapsed lease to the next claimant, and then ignores the first claimant’s settlement', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const key = uniqueKey('reply');
      await state.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-a', now: now(), leaseMs: MINUTE });
      clock.advanceBy(MINUTE);
      const retaken = await other.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-b', now: now(), leaseMs: MINUTE });
      expect(retaken).toEqual({ state: 'claimed', leaseUntil: new Date(clock.now().getTime() + MINUTE).toISOString() });
      await state.doSettleSend({
        channel: 'whatsapp',
        key,
        claimant: 'relay-a',
        at: now(),
        outcome: 'sent',
        providerMessageId: 'wamid.late',
      });
      await state.doSettleSend({ channel: 'whatsapp', key, claimant: 'relay-a', at: now(), outcome: 'released' });
      expect(await state.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-c', now: now(), leaseMs: MINUTE })).toEqual({
        state: 'in_flight',
        leaseUntil: (retaken as { leaseUntil: string }).leaseUntil,
      });
      await other.doSettleSend({
        channel: 'whatsapp',
        key,
        claimant: 'relay-b',
        at: now(),
        outcome: 'sent',
        providerMessageId: 'wamid.ok',
      });
      expect(await state.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-c', now: now(), leaseMs: MINUTE })).toEqual({
        state: 'sent',
        providerMessageId: 'wamid.ok',
      });
    });

    it('ignores settlements of a key nobody claimed, and keeps keys of different channels apart', async () => {
      const { state, now } = await setUp(ctx);
      const key = uniqueKey('reply');
      await state.doSettleSend({ channel: 'sms', key, claimant: 'relay-a', at: now(), outcome: 'sent', providerMessageId: 'SM1' });
      expect(await state.doClaimSend({ channel: 'sms', key, claimant: 'relay-a', now: now(), leaseMs: MINUTE })).toMatchObject({
        state: 'claimed',
      });
      expect(await state.doClaimSend({ channel: 'whatsapp', key, claimant: 'relay-a', now: now(), leaseMs: MINUTE })).toMatchObject({
        state: 'claimed',
      });
    });

    it('grants one of 12 simultaneous claims of a key, on every handle', async () => {
      const { state, other, now } = await setUp(ctx);
      const key = uniqueKey('reply');
      const answers = await contenders(12, [state, other], (handle, i) =>
        handle.doClaimSend({ channel: 'whatsapp', key, claimant: `relay-${i}`, now: now(), leaseMs: MINUTE }),
      );
      expect(answers.filter((answer) => answer.state === 'claimed')).toHaveLength(1);
      expect(answers.filter((answer) => answer.state === 'in_flight')).toHaveLength(11);
    });

    it('grants one claim of a lapsed lease when 12 claimants retry at once', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const key = uniqueKey('reply');
      await state.doClaimSend({ channel: 'sms', key, claimant: 'crashed', now: now(), leaseMs: MINUTE });
      clock.advanceBy(2 * MINUTE);
      const answers = await contenders(12, [state, other], (handle, i) =>
        handle.doClaimSend({ channel: 'sms', key, claimant: `relay-${i}`, now: now(), leaseMs: MINUTE }),
      );
      expect(answers.filter((answer) => answer.state === 'claimed')).toHaveLength(1);
    });
  });
}
