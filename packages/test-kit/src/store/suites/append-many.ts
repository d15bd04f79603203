import { describe, expect, it } from 'vitest';
import { expectAduanError } from '../expect-error.js';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const builder = () => {
  const complaintId = uniqueId('m');
  return new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
};

/** The optional bulk path; run for stores that declare `appendMany: true` in `testStore`'s options. */
export function appendManySuite(ctx: SuiteContext): void {
  describe('appendMany', () => {
    it('writes every append of the batch, with their keys and references', async () => {
      const { store, probe } = await ctx.fresh();
      const builders = [builder(), builder(), builder()];
      const appends = builders.map((b, index) =>
        b.received({
          dedupeKey: { channel: 'lapor', messageId: uniqueId('d') },
          externalRefs: [{ system: 'logbook', id: `row-${index}-${b.complaintId}` }],
        }),
      );

      await store.doAppendMany!(appends);

      for (const [index, b] of builders.entries()) {
        expect(await probe.events(b.complaintId)).toEqual(appends[index]!.events);
        expect(await probe.externalRefs(b.complaintId)).toEqual(appends[index]!.externalRefs);
        expect(await store.doFindByDedupeKey(appends[index]!.dedupeKey!)).toBe(b.complaintId);
      }
    });

    it('writes nothing when one append of the batch is refused', async () => {
      const { store, probe } = await ctx.fresh();
      const holder = builder();
      const ref = { system: 'logbook', id: uniqueId('ref') };
      await store.doAppend(holder.received({ externalRefs: [ref] }));
      const fresh = builder();
      const taken = builder();

      await expectAduanError(store.doAppendMany!([fresh.received(), taken.received({ externalRefs: [ref] })]), 'duplicate_external_ref');

      expect(await probe.projection(fresh.complaintId)).toBeUndefined();
      expect(await probe.projection(taken.complaintId)).toBeUndefined();
    });

    it('refuses two appends of one batch competing for one reference with invalid_input', async () => {
      const { store, probe } = await ctx.fresh();
      const ref = { system: 'logbook', id: uniqueId('ref') };
      const a = builder();
      const b = builder();

      await expectAduanError(
        store.doAppendMany!([a.received({ externalRefs: [ref] }), b.received({ externalRefs: [ref] })]),
        'invalid_input',
      );

      expect(await probe.projection(a.complaintId)).toBeUndefined();
    });
  });
}
