import { describe, expect, it } from 'vitest';
import { expectAduanError } from '../expect-error.js';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const builderFor = (complainantId: string) => {
  const complaintId = uniqueId('ck');
  return new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0), complainantId });
};

export function contactKeysSuite(ctx: SuiteContext): void {
  describe('contact keys', () => {
    it('stores a contact key with the append, for the complaint’s complainant', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = builderFor(uniqueId('warga'));
      const key = uniqueId('hmac');
      await store.doAppend(builder.received({ contactKey: key }));
      expect(await probe.contactKeys(builder.complainantId)).toEqual([key]);
      expect(await store.doFindComplainantByContactKey(key)).toBe(builder.complainantId);
      expect(await store.doFindComplainantByContactKey(uniqueId('unknown'))).toBeUndefined();
    });

    it('keeps the first complainant of a key: a later writer of the same key is ignored', async () => {
      const { store, probe } = await ctx.fresh();
      const key = uniqueId('hmac');
      const first = builderFor(uniqueId('warga'));
      const second = builderFor(uniqueId('warga'));
      await store.doAppend(first.received({ contactKey: key }));
      await store.doAppend(second.received({ contactKey: key }));
      expect(await probe.contactKeys(first.complainantId)).toEqual([key]);
      expect(await probe.contactKeys(second.complainantId)).toEqual([]);
      expect(await store.doFindComplainantByContactKey(key)).toBe(first.complainantId);
      // The ignored key did not cost the second append anything else.
      expect(await probe.events(second.complaintId)).toHaveLength(1);
    });

    it('gives one complainant several keys, and a follow-up append may bring one', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = builderFor(uniqueId('warga'));
      const [phone, chat] = [uniqueId('hmac'), uniqueId('hmac')];
      await store.doAppend(builder.received({ contactKey: phone }));
      await store.doAppend({
        ...builder.followedBy({ type: 'complaint-verified', at: at(1), payload: { classification: 'pengaduan' } }),
        contactKey: chat,
      });
      expect((await probe.contactKeys(builder.complainantId)).sort()).toEqual([phone, chat].sort());
      expect(await store.doFindComplainantByContactKey(chat)).toBe(builder.complainantId);
    });

    it('writes no key when its append is refused', async () => {
      const { store, probe } = await ctx.fresh();
      const holder = builderFor(uniqueId('warga'));
      const first = holder.received();
      await store.doAppend(first);
      const key = uniqueId('hmac');
      const stale = {
        ...holder.followedBy({ type: 'complaint-verified', at: at(1), payload: { classification: 'pengaduan' } }),
        expectedVersion: 0,
        contactKey: key,
      };
      await expectAduanError(store.doAppend(stale), 'version_conflict');
      const clash = new StreamBuilder({
        complaintId: uniqueId('ck'),
        trackingNumber: first.projection.trackingNumber,
        at: at(0),
        complainantId: uniqueId('warga'),
      });
      await expectAduanError(store.doAppend(clash.received({ contactKey: key })), 'duplicate_tracking_number');
      expect(await probe.contactKeys(holder.complainantId)).toEqual([]);
      expect(await probe.contactKeys(clash.complainantId)).toEqual([]);
      expect(await store.doFindComplainantByContactKey(key)).toBeUndefined();
    });

    it('lets exactly one of several complainants racing for one key keep it', async () => {
      const harness = await ctx.fresh();
      const other = harness.openAnother ? await harness.openAnother() : harness.store;
      const key = uniqueId('hmac');
      const builders = Array.from({ length: 8 }, () => builderFor(uniqueId('warga')));
      await Promise.all(builders.map((b, i) => (i % 2 === 0 ? harness.store : other).doAppend(b.received({ contactKey: key }))));
      const holders: string[] = [];
      for (const b of builders) if ((await harness.probe.contactKeys(b.complainantId)).includes(key)) holders.push(b.complainantId);
      expect(holders).toHaveLength(1);
      expect(await harness.store.doFindComplainantByContactKey(key)).toBe(holders[0]);
    });
  });
}
