import { verifyChain } from '@aduan/core';
import { describe, expect, it } from 'vitest';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

export function identitySuite(ctx: SuiteContext): void {
  describe('identity', () => {
    it('stores the identity apart from the events', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = uniqueId('i');
      const builder = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
      await store.doAppend(builder.received({ identity: { name: 'Rahmat Hidayat', phone: '+6281200000002', email: 'rahmat@example.org' } }));
      expect(await store.doLoadIdentity(builder.complainantId)).toEqual({
        complainantId: builder.complainantId,
        name: 'Rahmat Hidayat',
        phone: '+6281200000002',
        email: 'rahmat@example.org',
      });
      const rawEvents = JSON.stringify(await probe.events(complaintId));
      expect(rawEvents).not.toContain('Rahmat');
      expect(rawEvents).not.toContain('6281200000002');
    });

    it('erases an identity on request while the history still verifies', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = uniqueId('i');
      const builder = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
      await store.doAppend(builder.received({ identity: { name: 'Dewi' } }));
      await store.doAppend(builder.then({ type: 'complaint-verified', at: at(1), payload: { classification: 'pengaduan' } }));
      expect(await store.doEraseIdentity(builder.complainantId)).toBe(true);
      expect(await probe.identity(builder.complainantId)).toBeUndefined();
      expect(await store.doLoadIdentity(builder.complainantId)).toBeUndefined();
      expect(await store.doEraseIdentity(builder.complainantId)).toBe(false);
      expect(verifyChain(complaintId, await probe.events(complaintId)).ok).toBe(true);
    });

    it('replaces an identity when a later append carries a new one', async () => {
      const { store } = await ctx.fresh();
      const first = uniqueId('i');
      const a = new StreamBuilder({ complaintId: first, trackingNumber: `T-${first}`, at: at(0), complainantId: 'warga-7' });
      await store.doAppend(a.received({ identity: { name: 'Joko' } }));
      const second = uniqueId('i');
      const b = new StreamBuilder({ complaintId: second, trackingNumber: `T-${second}`, at: at(1), complainantId: 'warga-7' });
      await store.doAppend(b.received({ identity: { name: 'Joko', whatsapp: '6281200000003' } }));
      expect(await store.doLoadIdentity('warga-7')).toEqual({ complainantId: 'warga-7', name: 'Joko', whatsapp: '6281200000003' });
    });
  });
}
