import type { QuarantinedInbound, StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../contract-reading.js';
import { expectAduanError } from '../expect-error.js';
import { quarantineEntry } from '../quarantine-entry.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

/** Newest first: `quarantinedAt` descending, ties by id descending (as doQuery's newest first). */
const newestFirst = (entries: readonly QuarantinedInbound[]) =>
  [...entries].sort((a, b) => byCodeUnits(b.quarantinedAt, a.quarantinedAt) || byCodeUnits(b.id, a.id)).map((entry) => entry.id);

async function walk(store: StoreV1, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.doListQuarantine({ cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((entry) => entry.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

export function quarantineSuite(ctx: SuiteContext): void {
  describe('quarantine', () => {
    it('keeps a refused message exactly as given', async () => {
      const { store, probe } = await ctx.fresh();
      const entry = quarantineEntry();
      await store.doQuarantineInbound(entry);
      expect(await probe.quarantine()).toEqual([entry]);
      expect((await store.doListQuarantine({ limit: 10 })).items).toEqual([entry]);
    });

    it('keeps one entry, the first, when the same channel message is quarantined again', async () => {
      const { store, probe } = await ctx.fresh();
      const first = quarantineEntry();
      await store.doQuarantineInbound(first);
      await store.doQuarantineInbound({ ...first, id: uniqueId('qi'), quarantinedAt: at(5), reason: 'again' });
      await store.doQuarantineInbound(first);
      expect(await probe.quarantine()).toEqual([first]);
      // The same message id on another channel is another message.
      const elsewhere = { ...first, id: uniqueId('qi'), channel: 'sms' };
      await store.doQuarantineInbound(elsewhere);
      expect((await probe.quarantine()).map((entry) => entry.id).sort()).toEqual([first.id, elsewhere.id].sort());
    });

    it('lists newest first, ties by id, and pages without gaps or repeats', async () => {
      const { store, probe } = await ctx.fresh();
      const entries = [3, 1, 3, 2, 3, 0, 2].map((minute) => quarantineEntry({ quarantinedAt: at(minute) }));
      for (const entry of entries) await store.doQuarantineInbound(entry);
      const want = newestFirst(entries);
      expect(newestFirst(await probe.quarantine())).toEqual(want);
      for (const limit of [1, 2, 3, 100]) expect(await walk(store, limit), `limit ${limit}`).toEqual(want);
    });

    it('keeps a cursor stable when newer messages arrive between pages', async () => {
      const { store } = await ctx.fresh();
      const entries = [1, 2, 3, 4].map((minute) => quarantineEntry({ quarantinedAt: at(minute) }));
      for (const entry of entries) await store.doQuarantineInbound(entry);
      const first = await store.doListQuarantine({ limit: 2 });
      await store.doQuarantineInbound(quarantineEntry({ quarantinedAt: at(9) }));
      const rest = await store.doListQuarantine({ limit: 10, cursor: first.nextCursor ?? undefined });
      expect([...first.items, ...rest.items].map((entry) => entry.id)).toEqual(newestFirst(entries));
      expect(rest.nextCursor).toBeNull();
    });

    it('rejects a forged cursor with invalid_input', async () => {
      const { store } = await ctx.fresh();
      await store.doQuarantineInbound(quarantineEntry());
      await expectAduanError(store.doListQuarantine({ limit: 5, cursor: 'not-a-cursor' }), 'invalid_input');
    });

    it('discards an entry an officer dealt with, and only that one', async () => {
      const { store, probe } = await ctx.fresh();
      const [kept, dealt] = [quarantineEntry(), quarantineEntry()];
      await store.doQuarantineInbound(kept);
      await store.doQuarantineInbound(dealt);
      expect(await store.doDiscardQuarantined(dealt.id)).toBe(true);
      expect(await store.doDiscardQuarantined(dealt.id)).toBe(false);
      expect(await store.doDiscardQuarantined(uniqueId('missing'))).toBe(false);
      expect(await probe.quarantine()).toEqual([kept]);
    });
  });
}
