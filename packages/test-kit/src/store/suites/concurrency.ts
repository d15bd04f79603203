import { AduanError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const CONTENDERS = 20;

export function concurrencySuite(ctx: SuiteContext): void {
  describe('concurrency', () => {
    it(`lets exactly one of ${CONTENDERS} appends at the same version win`, async () => {
      const harness = await ctx.fresh();
      const other = harness.openAnother ? await harness.openAnother() : harness.store;
      const complaintId = uniqueId('race');
      const base = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
      await harness.store.doAppend(base.received());
      const attempts = Array.from({ length: CONTENDERS }, (_, i) => {
        const rival = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
        rival.received();
        const append = rival.followedBy({
          type: 'complaint-verified',
          at: at(1),
          payload: { classification: 'pengaduan', note: `rival ${i}` },
        });
        return (i % 2 === 0 ? harness.store : other).doAppend(append);
      });
      const results = await Promise.allSettled(attempts);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((r) => AduanError.hasCode(r.reason, 'version_conflict'))).toBe(true);
      const events = await harness.probe.events(complaintId);
      expect(events.map((e) => e.version)).toEqual([1, 2]);
      expect((await harness.probe.projection(complaintId))?.version).toBe(2);
    });

    it('lets exactly one of several new streams with the same dedupe key win', async () => {
      const harness = await ctx.fresh();
      const other = harness.openAnother ? await harness.openAnother() : harness.store;
      const dedupeKey = { channel: 'whatsapp', messageId: uniqueId('wamid') };
      const builders = Array.from({ length: 8 }, () => {
        const complaintId = uniqueId('dup');
        return new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
      });
      const results = await Promise.allSettled(
        builders.map((b, i) => (i % 2 === 0 ? harness.store : other).doAppend(b.received({ dedupeKey }))),
      );
      const winners = builders.filter((_, i) => results[i]!.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') {
          expect(AduanError.hasCode(result.reason, 'duplicate_message')).toBe(true);
          expect((result.reason as AduanError).details['existingComplaintId']).toBe(winners[0]!.complaintId);
        }
      }
      for (const loser of builders.filter((b) => b !== winners[0])) {
        expect(await harness.probe.events(loser.complaintId)).toEqual([]);
      }
    });
  });
}
