import { describe, expect, it } from 'vitest';
import { expectAduanError } from '../expect-error.js';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const builder = () => {
  const complaintId = uniqueId('x');
  return new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
};

/** A Tracking ID unique within the run (7 to 9 digits, as SP4N-LAPOR! issues them). */
let lastTrackingId = 1_000_000 + Math.floor(Math.random() * 1_000_000);
const trackingId = () => {
  lastTrackingId += 7;
  return String(lastTrackingId);
};

const linked = (b: StreamBuilder, id: string) =>
  b.followedBy({ type: 'complaint-linked', at: at(1), payload: { system: 'lapor', id } } as Parameters<StreamBuilder['followedBy']>[0]);

export function externalRefsSuite(ctx: SuiteContext): void {
  describe('external references', () => {
    it('stores the references of an append, reads them back with the projection and finds the complaint by them', async () => {
      const { store, probe } = await ctx.fresh();
      const b = builder();
      const ref = { system: 'lapor', id: trackingId() };
      const append = b.received({ externalRefs: [ref] });
      await store.doAppend(append);

      expect(await probe.externalRefs(b.complaintId)).toEqual([ref]);
      expect((await store.doLoadProjection(b.complaintId))?.externalRefs).toEqual([ref]);
      expect(await store.doFindByExternalRef(ref)).toEqual(append.projection);
      expect(await store.doFindByExternalRef({ system: 'lapor', id: trackingId() })).toBeUndefined();
      expect(await store.doFindByExternalRef({ system: 'laporgub', id: ref.id })).toBeUndefined();
    });

    it('keeps references in the order they were linked, across appends', async () => {
      const { store, probe } = await ctx.fresh();
      const b = builder();
      const first = { system: 'laporgub', id: uniqueId('lg') };
      const second = { system: 'lapor', id: trackingId() };
      await store.doAppend(b.received({ externalRefs: [first] }));
      const append = linked(b, second.id);
      await store.doAppend(append);

      expect(await probe.externalRefs(b.complaintId)).toEqual([first, second]);
      expect((await store.doLoadProjection(b.complaintId))?.externalRefs).toEqual([first, second]);
      expect((await store.doQuery({ limit: 10 })).items.find((item) => item.id === b.complaintId)?.externalRefs).toEqual([first, second]);
    });

    it('refuses a reference another complaint holds with duplicate_external_ref naming it, and writes nothing', async () => {
      const { store, probe } = await ctx.fresh();
      const holder = builder();
      const late = builder();
      const ref = { system: 'lapor', id: trackingId() };
      await store.doAppend(holder.received({ externalRefs: [ref] }));
      const dedupeKey = { channel: 'lapor', messageId: uniqueId('m') };

      const error = await expectAduanError(store.doAppend(late.received({ externalRefs: [ref], dedupeKey })), 'duplicate_external_ref');

      expect(error.details).toMatchObject({ system: 'lapor', externalId: ref.id, existingComplaintId: holder.complaintId });
      expect(await probe.events(late.complaintId)).toEqual([]);
      expect(await probe.projection(late.complaintId)).toBeUndefined();
      expect(await probe.dedupeKeys(late.complaintId)).toEqual([]);
      expect(await store.doFindByDedupeKey(dedupeKey)).toBeUndefined();
      expect((await store.doFindByExternalRef(ref))?.id).toBe(holder.complaintId);
    });

    it('refuses a link of an existing complaint to a taken reference, leaving the complaint at its version', async () => {
      const { store, probe } = await ctx.fresh();
      const holder = builder();
      const other = builder();
      const id = trackingId();
      await store.doAppend(holder.received({ externalRefs: [{ system: 'lapor', id }] }));
      await store.doAppend(other.received());

      await expectAduanError(store.doAppend(linked(other, id)), 'duplicate_external_ref');

      expect(await probe.events(other.complaintId)).toHaveLength(1);
      expect((await probe.projection(other.complaintId))?.version).toBe(1);
      expect(await probe.externalRefs(other.complaintId)).toEqual([]);
    });

    it('lets exactly one of two complaints racing for one reference have it', async () => {
      const { store, probe, openAnother } = await ctx.fresh();
      const second = openAnother ? await openAnother() : store;
      const a = builder();
      const b = builder();
      const ref = { system: 'lapor', id: trackingId() };

      const results = await Promise.allSettled([
        store.doAppend(a.received({ externalRefs: [ref] })),
        second.doAppend(b.received({ externalRefs: [ref] })),
      ]);

      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const winner = (await store.doFindByExternalRef(ref))?.id;
      expect([a.complaintId, b.complaintId]).toContain(winner);
      const loser = winner === a.complaintId ? b.complaintId : a.complaintId;
      expect(await probe.projection(loser)).toBeUndefined();
    });
  });
}
