import { verifyChain } from '@aduan/core/history';
import { describe, expect, it } from 'vitest';
import { quarantineEntry } from '../quarantine-entry.js';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

export function identitySuite(ctx: SuiteContext): void {
  describe('identity', () => {
    it('stores the identity apart from the events', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = uniqueId('i');
      const builder = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
      await store.doAppend(
        builder.received({ identity: { name: 'Rahmat Hidayat', phone: '+6281200000002', email: 'rahmat@example.org' } }),
      );
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
      await store.doAppend(builder.followedBy({ type: 'complaint-verified', at: at(1), payload: { classification: 'pengaduan' } }));
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

    it('handles on other channels round-trip with the identity', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = uniqueId('i');
      const builder = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
      const identity = { name: 'Wulan', handles: { telegram: '123456789', line: 'U4af4980629' } };
      await store.doAppend(builder.received({ identity }));
      expect(await probe.identity(builder.complainantId)).toEqual({ ...identity, complainantId: builder.complainantId });
      expect(await store.doLoadIdentity(builder.complainantId)).toEqual({ ...identity, complainantId: builder.complainantId });
    });

    it('erases every contact key of the complainant with the identity: nothing leads from a key back to them', async () => {
      const { store, probe } = await ctx.fresh();
      const complainantId = uniqueId('warga');
      const [phone, chat] = [uniqueId('hmac'), uniqueId('hmac')];
      const a = new StreamBuilder({ complaintId: uniqueId('i'), trackingNumber: uniqueId('T'), at: at(0), complainantId });
      const b = new StreamBuilder({ complaintId: uniqueId('i'), trackingNumber: uniqueId('T'), at: at(1), complainantId });
      await store.doAppend(a.received({ identity: { name: 'Bagus', whatsapp: '6281200000004' }, contactKey: phone }));
      await store.doAppend(b.received({ contactKey: chat }));
      const bystander = new StreamBuilder({ complaintId: uniqueId('i'), trackingNumber: uniqueId('T'), at: at(2) });
      const otherKey = uniqueId('hmac');
      await store.doAppend(bystander.received({ contactKey: otherKey }));

      expect(await store.doEraseIdentity(complainantId)).toBe(true);
      expect(await probe.identity(complainantId)).toBeUndefined();
      expect(await probe.contactKeys(complainantId)).toEqual([]);
      expect(await store.doFindComplainantByContactKey(phone)).toBeUndefined();
      expect(await store.doFindComplainantByContactKey(chat)).toBeUndefined();
      expect(await probe.contactKeys(bystander.complainantId)).toEqual([otherKey]);
      expect(verifyChain(a.complaintId, await probe.events(a.complaintId)).ok).toBe(true);

      // The address writes again: it finds nobody, and a new complainant may take the key.
      const newcomer = new StreamBuilder({ complaintId: uniqueId('i'), trackingNumber: uniqueId('T'), at: at(3) });
      await store.doAppend(newcomer.received({ contactKey: phone }));
      expect(await store.doFindComplainantByContactKey(phone)).toBe(newcomer.complainantId);
    });

    it('answers true for a complainant who had only a contact key, false once nothing is left', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = new StreamBuilder({ complaintId: uniqueId('i'), trackingNumber: uniqueId('T'), at: at(0) });
      await store.doAppend(builder.received({ contactKey: uniqueId('hmac') }));
      expect(await store.doEraseIdentity(builder.complainantId)).toBe(true);
      expect(await probe.contactKeys(builder.complainantId)).toEqual([]);
      expect(await store.doEraseIdentity(builder.complainantId)).toBe(false);
    });

    it('erases the quarantined messages of the complainant’s keys and keeps everyone else’s', async () => {
      const { store, probe } = await ctx.fresh();
      const builder = new StreamBuilder({ complaintId: uniqueId('i'), trackingNumber: uniqueId('T'), at: at(0) });
      const key = uniqueId('hmac');
      await store.doAppend(builder.received({ identity: { name: 'Yuni' }, contactKey: key }));
      const theirs = [quarantineEntry({ contactKey: key }), quarantineEntry({ contactKey: key, channel: 'sms' })];
      const others = [quarantineEntry(), quarantineEntry()];
      for (const entry of [...theirs, ...others]) await store.doQuarantineInbound(entry);

      expect(await store.doEraseIdentity(builder.complainantId)).toBe(true);
      const left = await probe.quarantine();
      expect(left.map((entry) => entry.id).sort()).toEqual(others.map((entry) => entry.id).sort());
      expect(JSON.stringify(left)).not.toContain(key);
    });
  });
}
