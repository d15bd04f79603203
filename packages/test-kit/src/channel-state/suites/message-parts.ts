import type { MessagePartV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { contenders, MINUTE, setUp, uniqueKey, type ChannelStateContext } from '../context.js';

const RETAIN = 60 * MINUTE;

/** The parts of one long SMS (`count` parts), with the resident's words split over them. */
function partsOf(count: number, receivedAt: string): MessagePartV1[] {
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    messageId: uniqueKey(`SM${i + 1}`),
    text: `bagian ${i + 1} — jalan berlubang “dekat” sekolah `,
    senderAddress: `hash-of-sender-${i % 2}`,
    receivedAt,
  }));
}

export function messagePartsSuite(ctx: ChannelStateContext): void {
  describe('message parts', () => {
    it('returns a group once its last part arrives, parts in number order, whatever order they came in', async () => {
      const { state, other, now } = await setUp(ctx);
      const groupKey = uniqueKey('grp');
      const parts = partsOf(3, now());
      expect(await state.doAddPart({ channel: 'sms', groupKey, part: parts[2]!, now: now(), retainMs: RETAIN })).toBeUndefined();
      expect(await other.doAddPart({ channel: 'sms', groupKey, part: parts[0]!, now: now(), retainMs: RETAIN })).toBeUndefined();
      // A redelivered part counts once.
      expect(await state.doAddPart({ channel: 'sms', groupKey, part: parts[0]!, now: now(), retainMs: RETAIN })).toBeUndefined();
      expect(await other.doAddPart({ channel: 'sms', groupKey, part: parts[1]!, now: now(), retainMs: RETAIN })).toEqual({
        groupKey,
        parts,
        complete: true,
      });
    });

    it('ignores parts of a delivered group within retainMs, and opens the key afresh after it', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const groupKey = uniqueKey('grp');
      const [part] = partsOf(1, now());
      expect(await state.doAddPart({ channel: 'sms', groupKey, part: part!, now: now(), retainMs: RETAIN })).toMatchObject({
        complete: true,
      });
      clock.advanceBy(RETAIN - MINUTE);
      expect(await other.doAddPart({ channel: 'sms', groupKey, part: part!, now: now(), retainMs: RETAIN })).toBeUndefined();
      // Nothing was opened by the ignored part: there is nothing to expire.
      expect(
        await state.doTakeExpiredParts({ channel: 'sms', openedBefore: clock.advanceBy(2 * MINUTE).toISOString(), now: now(), limit: 10 }),
      ).toEqual([]);
      const again = { ...part!, receivedAt: now() };
      expect(await state.doAddPart({ channel: 'sms', groupKey, part: again, now: now(), retainMs: RETAIN })).toEqual({
        groupKey,
        parts: [again],
        complete: true,
      });
    });

    it('keeps groups of different channels apart', async () => {
      const { state, now } = await setUp(ctx);
      const groupKey = uniqueKey('grp');
      const parts = partsOf(2, now());
      expect(await state.doAddPart({ channel: 'sms', groupKey, part: parts[0]!, now: now(), retainMs: RETAIN })).toBeUndefined();
      expect(await state.doAddPart({ channel: 'whatsapp', groupKey, part: parts[1]!, now: now(), retainMs: RETAIN })).toBeUndefined();
    });

    it('returns a group to exactly one of many callers adding its parts at once', async () => {
      const { state, other, now } = await setUp(ctx);
      const groupKey = uniqueKey('grp');
      const parts = partsOf(6, now());
      // Every part twice (providers redeliver), all at once over both handles.
      const answers = await contenders(12, [state, other], (handle, i) =>
        handle.doAddPart({ channel: 'sms', groupKey, part: parts[i % 6]!, now: now(), retainMs: RETAIN }),
      );
      const groups = answers.filter((answer) => answer !== undefined);
      expect(groups).toEqual([{ groupKey, parts, complete: true }]);
    });

    it('takes an incomplete group that opened before the cut-off once, with the parts it has', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const [stale, fresh] = [uniqueKey('grp'), uniqueKey('grp')];
      const staleParts = partsOf(3, now());
      await state.doAddPart({ channel: 'sms', groupKey: stale, part: staleParts[2]!, now: now(), retainMs: RETAIN });
      await state.doAddPart({ channel: 'sms', groupKey: stale, part: staleParts[0]!, now: now(), retainMs: RETAIN });
      const cutOff = clock.advanceBy(5 * MINUTE).toISOString();
      await state.doAddPart({ channel: 'sms', groupKey: fresh, part: partsOf(2, now())[0]!, now: now(), retainMs: RETAIN });
      clock.advanceBy(MINUTE);
      expect(await other.doTakeExpiredParts({ channel: 'whatsapp', openedBefore: cutOff, now: now(), limit: 10 })).toEqual([]);
      expect(await other.doTakeExpiredParts({ channel: 'sms', openedBefore: cutOff, now: now(), limit: 10 })).toEqual([
        { groupKey: stale, parts: [staleParts[0], staleParts[2]], complete: false },
      ]);
      expect(await state.doTakeExpiredParts({ channel: 'sms', openedBefore: cutOff, now: now(), limit: 10 })).toEqual([]);
      // Its late part is ignored like a delivered group's.
      expect(
        await state.doAddPart({ channel: 'sms', groupKey: stale, part: staleParts[1]!, now: now(), retainMs: RETAIN }),
      ).toBeUndefined();
    });

    it('takes at most `limit` groups a call, and each expired group exactly once across takers at once', async () => {
      const { state, other, clock, now } = await setUp(ctx);
      const keys = Array.from({ length: 9 }, () => uniqueKey('grp'));
      for (const groupKey of keys)
        await state.doAddPart({ channel: 'sms', groupKey, part: partsOf(2, now())[0]!, now: now(), retainMs: RETAIN });
      const cutOff = clock.advanceBy(MINUTE).toISOString();
      expect(await state.doTakeExpiredParts({ channel: 'sms', openedBefore: cutOff, now: now(), limit: 2 })).toHaveLength(2);
      const rounds = await contenders(6, [state, other], (handle) =>
        handle.doTakeExpiredParts({ channel: 'sms', openedBefore: cutOff, now: now(), limit: 3 }),
      );
      const taken = rounds.flat().map((group) => group.groupKey);
      expect(taken).toHaveLength(7);
      expect(new Set(taken).size).toBe(7);
    });
  });
}
