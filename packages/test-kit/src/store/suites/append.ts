import { verifyChain } from '@aduan/core/history';
import { describe, expect, it } from 'vitest';
import { expectAduanError } from '../expect-error.js';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const seed = () => {
  const complaintId = uniqueId('c');
  return { complaintId, trackingNumber: `T-${complaintId}`, at: at(0) };
};

export function appendSuite(ctx: SuiteContext): void {
  describe('append', () => {
    it('writes events, projection and identity exactly as given', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      const first = builder.received({ identity: { name: 'Siti', phone: '+6281200000001' } });
      await store.doAppend(first);
      expect(await probe.events(builder.complaintId)).toEqual(first.events);
      expect(await probe.projection(builder.complaintId)).toEqual(first.projection);
      expect(await probe.identity(builder.complainantId)).toEqual(first.identity);
      expect(await store.doReadStream(builder.complaintId)).toEqual(first.events);
      expect(await store.doLoadProjection(builder.complaintId)).toEqual(first.projection);
    });

    it('keeps appending at the right version and the read-back chain verifies', async () => {
      const { store } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      await store.doAppend(builder.received());
      await store.doAppend(builder.followedBy({ type: 'complaint-verified', at: at(5), payload: { classification: 'aspirasi' } }));
      const last = builder.followedBy({ type: 'complaint-disposed', at: at(9), payload: { unitId: 'dinas-pu' } });
      await store.doAppend(last);
      const events = await store.doReadStream(builder.complaintId);
      expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
      expect(verifyChain(builder.complaintId, events).ok).toBe(true);
      expect(await store.doLoadProjection(builder.complaintId)).toEqual(last.projection);
    });

    it('writes the several events of one append together and in order, or none of them', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      await store.doAppend(builder.received());
      const verified = builder.followedBy({ type: 'complaint-verified', at: at(1), payload: { classification: 'pengaduan' } });
      const disposed = builder.followedBy({ type: 'complaint-disposed', at: at(2), payload: { unitId: 'dinas-pu' } }, { outbox: true });
      const both = { ...disposed, expectedVersion: verified.expectedVersion, events: [...verified.events, ...disposed.events] };
      await store.doAppend(both);
      expect((await probe.events(builder.complaintId)).slice(1)).toEqual(both.events);
      expect(await store.doLoadProjection(builder.complaintId)).toEqual(disposed.projection);
      expect(await probe.outbox(builder.complaintId)).toHaveLength(1);
      await expectAduanError(store.doAppend(both), 'version_conflict');
      expect(await probe.events(builder.complaintId)).toHaveLength(3);
      expect(await probe.outbox(builder.complaintId)).toHaveLength(1);

      // Another writer got the first of the two in: the second, free as its version is, stays out too.
      const raced = new StreamBuilder(seed());
      await store.doAppend(raced.received());
      const racedVerified = raced.followedBy({ type: 'complaint-verified', at: at(1), payload: { classification: 'pengaduan' } });
      const racedDisposed = raced.followedBy({ type: 'complaint-disposed', at: at(2), payload: { unitId: 'dinas-pu' } }, { outbox: true });
      await store.doAppend(racedVerified);
      const late = {
        ...racedDisposed,
        expectedVersion: racedVerified.expectedVersion,
        events: [...racedVerified.events, ...racedDisposed.events],
      };
      await expectAduanError(store.doAppend(late), 'version_conflict');
      expect(await probe.events(raced.complaintId)).toHaveLength(2);
      expect(await probe.outbox(raced.complaintId)).toEqual([]);
    });

    it('rejects a stale expected version with version_conflict and writes nothing', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      await store.doAppend(builder.received());
      const second = builder.followedBy(
        { type: 'complaint-verified', at: at(1), payload: { classification: 'pengaduan' } },
        { outbox: true },
      );
      const stale = { ...second, expectedVersion: 0 };
      await expectAduanError(store.doAppend(stale), 'version_conflict');
      expect(await probe.events(builder.complaintId)).toHaveLength(1);
      expect((await probe.projection(builder.complaintId))?.version).toBe(1);
      expect(await probe.outbox(builder.complaintId)).toEqual([]);
    });

    it('rejects a new stream whose tracking number is taken, writing nothing of it', async () => {
      const { store, probe } = await ctx.fresh();
      const first = seed();
      await store.doAppend(new StreamBuilder(first).received());
      const b = new StreamBuilder({ ...seed(), trackingNumber: first.trackingNumber });
      await expectAduanError(store.doAppend(b.received({ identity: { name: 'Ani' } })), 'duplicate_tracking_number');
      expect(await probe.events(b.complaintId)).toEqual([]);
      expect(await probe.projection(b.complaintId)).toBeUndefined();
      expect(await probe.identity(b.complainantId)).toBeUndefined();
    });

    it('cannot be changed through what it returns (copies or frozen values)', async () => {
      const { store } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      const first = builder.received();
      await store.doAppend(structuredClone(first));
      const attempt = (change: () => void) => {
        try {
          change();
        } catch {
          // a frozen value refuses the change: as good as a copy
        }
      };
      const events = await store.doReadStream(builder.complaintId);
      attempt(() => (events[0]!.payload['title'] = 'changed'));
      attempt(() => events.pop());
      const projection = await store.doLoadProjection(builder.complaintId);
      attempt(() => (projection!.status = 'resolved'));
      expect(await store.doReadStream(builder.complaintId)).toEqual(first.events);
      expect(await store.doLoadProjection(builder.complaintId)).toEqual(first.projection);
    });

    it('answers empty for streams that do not exist', async () => {
      const { store } = await ctx.fresh();
      expect(await store.doReadStream('no-such-complaint')).toEqual([]);
      expect(await store.doLoadProjection('no-such-complaint')).toBeUndefined();
      expect(await store.doFindByTrackingNumber('NO-SUCH')).toBeUndefined();
    });

    it('finds a projection by tracking number', async () => {
      const { store } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      const first = builder.received();
      await store.doAppend(first);
      expect(await store.doFindByTrackingNumber(first.projection.trackingNumber)).toEqual(first.projection);
    });

    it('replaces a projection on rebuild and refuses one without a stream', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      const first = builder.received();
      await store.doAppend(first);
      const replaced = { ...first.projection, title: 'Rebuilt title' };
      await store.doReplaceProjection(replaced);
      expect(await probe.projection(builder.complaintId)).toEqual(replaced);
      const orphan = new StreamBuilder(seed()).received().projection;
      await expectAduanError(store.doReplaceProjection(orphan), 'not_found');
    });

    it('finds a replaced projection under its new complainant and no longer under the old one', async () => {
      const { store } = await ctx.fresh();
      const builder = new StreamBuilder(seed());
      const first = builder.received();
      await store.doAppend(first);
      const newcomer = uniqueId('complainant');
      await store.doReplaceProjection({ ...first.projection, complainantId: newcomer });
      const under = async (complainantId: string) => (await store.doQuery({ complainantId, limit: 10 })).items.map((p) => p.id);
      expect(await under(newcomer)).toEqual([builder.complaintId]);
      expect(await under(first.projection.complainantId)).toEqual([]);
    });

    it('lists every stream exactly once across pages', async () => {
      const { store } = await ctx.fresh();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const builder = new StreamBuilder(seed());
        ids.push(builder.complaintId);
        await store.doAppend(builder.received());
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.doListStreams({ cursor, limit: 3 });
        expect(page.ids.length).toBeLessThanOrEqual(3);
        seen.push(...page.ids);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect([...seen].sort()).toEqual([...ids].sort());
    });
  });
}
