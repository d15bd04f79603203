import { ClosedError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { MINUTE, setUp, uniqueKey, type ChannelStateContext } from '../context.js';

export function lifecycleSuite(ctx: ChannelStateContext): void {
  describe('lifecycle', () => {
    it('declares a ChannelStateStoreV1', async () => {
      const { state } = await setUp(ctx);
      expect(state.specificationVersion).toBe('v1');
      expect(typeof state.provider).toBe('string');
      expect(state.provider.length).toBeGreaterThan(0);
    });

    it('refuses every call with ClosedError after doClose, which may be called twice', async () => {
      const { state, now } = await setUp(ctx);
      if (!state.doClose) return;
      await state.doClose();
      await state.doClose();
      const calls = [
        () => state.doClaimSend({ channel: 'sms', key: uniqueKey('k'), claimant: 'a', now: now(), leaseMs: MINUTE }),
        () => state.doSettleSend({ channel: 'sms', key: uniqueKey('k'), claimant: 'a', at: now(), outcome: 'released' }),
        () => state.doNoteInbound({ channel: 'sms', address: uniqueKey('a'), at: now() }),
        () => state.doLastInbound({ channel: 'sms', address: uniqueKey('a') }),
        () =>
          state.doAddPart({
            channel: 'sms',
            groupKey: uniqueKey('g'),
            part: { number: 1, count: 2, messageId: 'm', text: 't', senderAddress: 's', receivedAt: now() },
            now: now(),
            retainMs: MINUTE,
          }),
        () => state.doTakeExpiredParts({ channel: 'sms', openedBefore: now(), now: now(), limit: 1 }),
        () => state.doPrune({ before: now() }),
      ];
      for (const call of calls) {
        const error = await call().then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(ClosedError.isInstance(error), String(error)).toBe(true);
      }
    });
  });
}
