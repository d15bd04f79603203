import type { StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { respondedAppends, StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

async function seedMessage(store: StoreV1): Promise<string> {
  const complaintId = uniqueId('ob');
  const builder = new StreamBuilder({ complaintId, trackingNumber: `T-${complaintId}`, at: at(0) });
  for (const append of respondedAppends(builder, at(1), at(10_000))) await store.doAppend(append);
  return complaintId;
}

const claim = (store: StoreV1, now: string, leaseMs = 60_000) => store.doClaimOutbox({ now, limit: 10, leaseMs });

export function outboxSuite(ctx: SuiteContext): void {
  describe('outbox', () => {
    it('writes outbox rows with their event, pending', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = await seedMessage(store);
      const rows = await probe.outbox(complaintId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'pending', attempts: 0, idempotencyKey: `${complaintId}:4`, lastError: null });
    });

    it('claims due rows once per lease and counts attempts', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = await seedMessage(store);
      const first = await claim(store, at(2));
      expect(first.map((r) => r.complaintId)).toEqual([complaintId]);
      expect(first[0]!.attempts).toBe(1);
      expect(await claim(store, at(2.5))).toEqual([]);
      const again = await claim(store, at(4));
      expect(again[0]!.attempts).toBe(2);
      expect((await probe.outbox(complaintId))[0]!.attempts).toBe(2);
    });

    it('never claims a delivered row again', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = await seedMessage(store);
      const [row] = await claim(store, at(2));
      await store.doSettleOutbox(row!.id, { outcome: 'delivered', at: at(2) });
      expect(await claim(store, at(500))).toEqual([]);
      expect((await probe.outbox(complaintId))[0]!.status).toBe('delivered');
    });

    it('retries at the given time and dead-letters for good', async () => {
      const { store, probe } = await ctx.fresh();
      const complaintId = await seedMessage(store);
      const [row] = await claim(store, at(2));
      await store.doSettleOutbox(row!.id, { outcome: 'retry', error: 'provider 503', nextAttemptAt: at(30) });
      expect(await claim(store, at(29))).toEqual([]);
      const [retried] = await claim(store, at(30));
      expect(retried?.lastError).toBe('provider 503');
      await store.doSettleOutbox(retried!.id, { outcome: 'dead', error: 'number unreachable', at: at(31) });
      expect(await claim(store, at(10_000))).toEqual([]);
      expect((await probe.outbox(complaintId))[0]).toMatchObject({ status: 'dead', lastError: 'number unreachable', attempts: 2 });
    });

    it('rejects settling an unknown row with not_found', async () => {
      const { store } = await ctx.fresh();
      await expect(store.doSettleOutbox('no-such-row', { outcome: 'delivered', at: at(1) })).rejects.toMatchObject({ code: 'not_found' });
    });

    it('never hands one row to two concurrent relays', async () => {
      const harness = await ctx.fresh();
      const other = harness.openAnother ? await harness.openAnother() : harness.store;
      for (let i = 0; i < 12; i++) await seedMessage(harness.store);
      const rounds = await Promise.all(Array.from({ length: 4 }, (_, i) => claim(i % 2 ? other : harness.store, at(2))));
      const ids = rounds.flat().map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(12);
    });
  });
}
