import { MAX_EXTERNAL_REF_LOOKUP, type ExternalRef } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { expectAduanError } from '../expect-error.js';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const builder = () => {
  const complaintId = uniqueId('l');
  return new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
};

const linked = (b: StreamBuilder, id: string) =>
  b.followedBy({ type: 'complaint-linked', at: at(1), payload: { system: 'lapor', id } } as Parameters<StreamBuilder['followedBy']>[0]);

/** The optional bulk lookup; run for stores that declare `externalRefLookup: true` in `testStore`'s options. */
export function externalRefLookupSuite(ctx: SuiteContext): void {
  describe('externalRefLookup', () => {
    it('answers every reference in the order asked, with the holder’s current projection or undefined', async () => {
      const { store } = await ctx.fresh();
      const a = builder();
      const b = builder();
      const refA = { system: 'lapor', id: uniqueId('a') };
      const refB = { system: 'laporgub', id: uniqueId('b') };
      await store.doAppend(a.received({ externalRefs: [refA] }));
      await store.doAppend(b.received({ externalRefs: [refB] }));
      const later = { system: 'lapor', id: uniqueId('c') };
      const relinked = linked(b, later.id);
      await store.doAppend(relinked);
      const unknown = { system: 'lapor', id: uniqueId('none') };
      const otherSystem = { system: 'laporgub', id: refA.id };

      const found = await store.doFindByExternalRefs!([refB, unknown, refA, later, otherSystem, refA]);

      expect(found).toHaveLength(6);
      expect(found[0]).toEqual(relinked.projection);
      expect(found[1]).toBeUndefined();
      expect(found[2]).toEqual(await store.doFindByExternalRef(refA));
      expect(found[3]).toEqual(relinked.projection);
      expect(found[4]).toBeUndefined();
      expect(found[5]).toEqual(found[2]);
    });

    it('answers an empty list with an empty list', async () => {
      const { store } = await ctx.fresh();
      expect(await store.doFindByExternalRefs!([])).toEqual([]);
    });

    it(`answers ${MAX_EXTERNAL_REF_LOOKUP} references in one call and refuses more with invalid_input`, async () => {
      const { store } = await ctx.fresh();
      const b = builder();
      const ref = { system: 'lapor', id: uniqueId('max') };
      await store.doAppend(b.received({ externalRefs: [ref] }));
      const refs: ExternalRef[] = Array.from({ length: MAX_EXTERNAL_REF_LOOKUP }, (_, n) => ({ system: 'lapor', id: `absent-${n}` }));
      refs[MAX_EXTERNAL_REF_LOOKUP - 1] = ref;

      const found = await store.doFindByExternalRefs!(refs);

      expect(found.filter((projection) => projection !== undefined).map((projection) => projection!.id)).toEqual([b.complaintId]);
      expect(found[MAX_EXTERNAL_REF_LOOKUP - 1]?.id).toBe(b.complaintId);
      await expectAduanError(store.doFindByExternalRefs!([...refs, ref]), 'invalid_input');
    });

    it('refuses a reference that is not { system, id } strings with invalid_input', async () => {
      const { store } = await ctx.fresh();
      const bad = [
        { system: 'lapor', id: '1234567' },
        { system: 'lapor', id: 1234567 },
      ] as unknown as ExternalRef[];
      await expectAduanError(store.doFindByExternalRefs!(bad), 'invalid_input');
    });
  });
}
