import type { StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { respondedAppends, StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

/** Complaints in `responded` whose confirmation deadlines fall at the given minutes. */
async function seedDeadlines(store: StoreV1, minutes: number[]): Promise<string[]> {
  const ids: string[] = [];
  for (const minute of minutes) {
    const complaintId = uniqueId('dl');
    const builder = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
    for (const append of respondedAppends(builder, at(1), at(minute))) await store.doAppend(append);
    ids.push(complaintId);
  }
  return ids;
}

const claim = (store: StoreV1, now: string, claimant: string, limit = 10, leaseMs = 60_000) =>
  store.doClaimDue({ now, limit, leaseMs, claimant });

export function deadlinesSuite(ctx: SuiteContext): void {
  describe('deadlines', () => {
    it('claims only due deadlines, soonest first, up to the limit', async () => {
      const { store } = await ctx.fresh();
      const [early, middle, late] = await seedDeadlines(store, [100, 200, 900]);
      const claims = await claim(store, at(300), 'sweeper-1', 1);
      expect(claims.map((c) => c.complaintId)).toEqual([early]);
      expect(claims[0]).toMatchObject({ kind: 'confirmation', dueAt: at(100), version: 4 });
      const more = await claim(store, at(300), 'sweeper-1');
      expect(more.map((c) => c.complaintId)).toEqual([middle]);
      expect(more.map((c) => c.complaintId)).not.toContain(late);
    });

    it('does not hand out a claimed deadline again while its lease lives, and does after it lapses', async () => {
      const { store } = await ctx.fresh();
      const [id] = await seedDeadlines(store, [10]);
      expect((await claim(store, at(20), 'a', 10, 5 * 60_000)).map((c) => c.complaintId)).toEqual([id]);
      expect(await claim(store, at(21), 'b', 10, 5 * 60_000)).toEqual([]);
      expect((await claim(store, at(26), 'b', 10, 5 * 60_000)).map((c) => c.complaintId)).toEqual([id]);
    });

    it('hands a due deadline out at most once per claim, even with a zero lease', async () => {
      const { store } = await ctx.fresh();
      const ids = await seedDeadlines(store, [10, 11, 12]);
      const claims = await claim(store, at(20), 'a', 10, 0);
      expect(claims.map((c) => c.complaintId)).toEqual(ids);
      // A zero lease ends at once: the next claim may take them all again.
      expect((await claim(store, at(20), 'b', 10, 0)).map((c) => c.complaintId)).toEqual(ids);
    });

    it('hands a deadline out once when claimed at its due time after its projection was rewritten unchanged', async () => {
      const { store } = await ctx.fresh();
      const [id] = await seedDeadlines(store, [10]);
      await store.doReplaceProjection((await store.doLoadProjection(id!))!);
      expect((await claim(store, at(10), 'a', 10, 0)).map((c) => c.complaintId)).toEqual([id]);
    });

    it('claims by the deadline of a replaced projection, not the one it replaced', async () => {
      const { store } = await ctx.fresh();
      const [id] = await seedDeadlines(store, [500]);
      const rebuilt = (await store.doLoadProjection(id!))!;
      await store.doReplaceProjection({ ...rebuilt, deadline: { ...rebuilt.deadline!, dueAt: at(15) } });
      expect((await claim(store, at(20), 'a')).map((c) => [c.complaintId, c.dueAt])).toEqual([[id, at(15)]]);
    });

    it('forgets a claim once the complaint moves on', async () => {
      const { store } = await ctx.fresh();
      const complaintId = uniqueId('dl');
      const builder = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
      for (const append of respondedAppends(builder, at(1), at(10))) await store.doAppend(append);
      await claim(store, at(20), 'a');
      await store.doAppend(builder.followedBy({ type: 'complaint-reopened', at: at(5), payload: { reason: 'Belum diperbaiki' } }));
      await store.doAppend(
        builder.followedBy({
          type: 'complaint-responded',
          at: at(30),
          payload: { unitId: 'unit-a', message: 'Sudah.', attachments: [], confirmBy: at(40) },
        }),
      );
      expect((await claim(store, at(41), 'b')).map((c) => c.complaintId)).toEqual([complaintId]);
    });

    it('never gives the same deadline to two concurrent sweepers', async () => {
      const harness = await ctx.fresh();
      const other = harness.openAnother ? await harness.openAnother() : harness.store;
      const ids = await seedDeadlines(
        harness.store,
        Array.from({ length: 30 }, (_, i) => 10 + i),
      );
      const rounds = await Promise.all(
        Array.from({ length: 6 }, (_, i) => claim(i % 2 ? other : harness.store, at(100), `sweeper-${i}`, 7)),
      );
      const claimed = rounds.flat().map((c) => c.complaintId);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect([...claimed].sort()).toEqual([...ids].sort());
    });
  });
}
