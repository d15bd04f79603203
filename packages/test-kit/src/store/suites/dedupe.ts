import { describe, expect, it } from 'vitest';
import { expectAduanError } from '../expect-error.js';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const builder = () => {
  const complaintId = uniqueId('d');
  return new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
};

export function dedupeSuite(ctx: SuiteContext): void {
  describe('dedupe', () => {
    it('remembers which complaint a channel message created', async () => {
      const { store, probe } = await ctx.fresh();
      const b = builder();
      const key = { channel: 'sms', messageId: uniqueId('sms') };
      await store.doAppend(b.received({ dedupeKey: key }));
      expect(await store.doFindByDedupeKey(key)).toBe(b.complaintId);
      expect(await probe.dedupeKeys(b.complaintId)).toEqual([key]);
    });

    it('refuses the same message again with duplicate_message naming the first complaint', async () => {
      const { store, probe } = await ctx.fresh();
      const first = builder();
      const second = builder();
      const key = { channel: 'whatsapp', messageId: uniqueId('wamid') };
      await store.doAppend(first.received({ dedupeKey: key }));
      const error = await expectAduanError(store.doAppend(second.received({ dedupeKey: key })), 'duplicate_message');
      expect(error.details['existingComplaintId']).toBe(first.complaintId);
      expect(await probe.events(second.complaintId)).toEqual([]);
      expect(await probe.projection(second.complaintId)).toBeUndefined();
    });

    it('keeps equal message ids of different channels apart', async () => {
      const { store } = await ctx.fresh();
      const a = builder();
      const b = builder();
      const messageId = uniqueId('m');
      await store.doAppend(a.received({ dedupeKey: { channel: 'sms', messageId } }));
      await store.doAppend(b.received({ dedupeKey: { channel: 'whatsapp', messageId } }));
      expect(await store.doFindByDedupeKey({ channel: 'sms', messageId })).toBe(a.complaintId);
      expect(await store.doFindByDedupeKey({ channel: 'whatsapp', messageId })).toBe(b.complaintId);
      expect(await store.doFindByDedupeKey({ channel: 'web', messageId })).toBeUndefined();
    });
  });
}
