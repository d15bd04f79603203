import type { ComplaintProjection, CountDimension, ProjectionFilter, ProjectionQuery, StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { expectedCounts, expectedOrder } from '../contract-reading.js';
import { expectAduanError } from '../expect-error.js';
import { respondedAppends, StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const CHANNELS = ['web', 'whatsapp', 'sms'];
const CATEGORIES = ['infrastruktur', 'kesehatan', 'adminduk'];
const UNITS = ['dinas-pu', 'puskesmas-bendan'];
const KELURAHAN = ['Bendan', 'Podosugih', 'Kergon', undefined];
/** Titles with the characters a search must take literally, and cases it must ignore. */
const TITLES: Record<number, string> = {
  3: 'Diskon 50% retribusi pasar',
  5: 'Saluran_air tersumbat',
  7: 'SALURAN AIR bocor',
  9: 'Jalan 5x0 berlubang',
  10: 'Lampu\\jalan mati',
};
/** Stage lapses with ties, and complaints without a running clock. */
const dueAtOf = (i: number) => (i % 5 === 0 ? null : at(2_000 + (i % 3) * 100));

/**
 * Twelve complaints spread over time, channels, categories, units, kelurahan, stage lapses and
 * states; returns their final projections.
 */
async function seedComplaints(store: StoreV1): Promise<ComplaintProjection[]> {
  const finals: ComplaintProjection[] = [];
  for (let i = 0; i < 12; i++) {
    const complaintId = uniqueId(`q${i}`);
    const builder = new StreamBuilder({
      complaintId,
      trackingNumber: `T-${complaintId}`,
      at: at(i * 60),
      channel: CHANNELS[i % 3],
      category: CATEGORIES[i % 3],
      complainantId: i % 4 === 0 ? 'frequent-complainant' : undefined,
      title: TITLES[i],
      kelurahan: KELURAHAN[i % 4],
      geo: i % 4 === 3 ? undefined : { lat: -6.8886 - i / 1000, long: 109.6753 + i / 1000 },
      dueAt: dueAtOf(i),
    });
    const unitId = UNITS[i % 2]!;
    const appends =
      i % 3 === 0
        ? respondedAppends(builder, at(i * 60 + 5), at(1_000 + i * 100), unitId)
        : i % 3 === 1
          ? [
              builder.received(),
              builder.followedBy({ type: 'complaint-verified', at: at(i * 60 + 1), payload: { classification: 'aspirasi' } }),
            ]
          : [builder.received()];
    for (const append of appends) await store.doAppend(append);
    finals.push(appends.at(-1)!.projection);
  }
  return finals;
}

async function walk(store: StoreV1, query: Omit<ProjectionQuery, 'limit'>, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor = query.cursor;
  do {
    const page = await store.doQuery({ ...query, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((p) => p.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

const FILTERS: [string, ProjectionFilter][] = [
  ['no filter', {}],
  ['status', { status: ['received', 'responded'] }],
  ['unit', { unitId: 'dinas-pu' }],
  ['category', { category: 'kesehatan' }],
  ['channel', { channel: 'whatsapp' }],
  ['kelurahan', { kelurahan: 'Podosugih' }],
  ['complainant', { complainantId: 'frequent-complainant' }],
  ['overdue', { overdueAt: at(1_250) }],
  ['due before', { dueBefore: at(2_100) }],
  ['due from', { dueFrom: at(2_100) }],
  ['due window', { dueFrom: at(2_100), dueBefore: at(2_200) }],
  ['created range', { createdFrom: at(120), createdTo: at(480) }],
  ['text in a title, any case', { text: 'saluran' }],
  ['text in a tracking number, any case', { text: 't-Q1' }],
  ['text with a literal %', { text: '50%' }],
  ['text with a literal _', { text: 'n_a' }],
  ['text with a backslash', { text: 'u\\j' }],
  ['combined', { channel: 'web', status: ['responded'], unitId: 'dinas-pu' }],
  ['combined with text and kelurahan', { text: 'aduan', kelurahan: 'Bendan' }],
];

const ORDERS: ProjectionQuery['orderBy'][] = ['createdAt', 'deadline', 'dueAt'];

export function querySuite(ctx: SuiteContext): void {
  describe('query', () => {
    for (const [label, filter] of FILTERS) {
      it(`filters by ${label} and pages without gaps or repeats`, async () => {
        const { store } = await ctx.fresh();
        const all = await seedComplaints(store);
        const want = expectedOrder(all, filter);
        expect(await walk(store, filter, 5)).toEqual(want);
        expect(await walk(store, filter, 500)).toEqual(want);
      });
    }

    it('matches % and _ only as themselves, never as patterns', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      for (const text of ['%', '_', '5_0', '5%0']) {
        const want = expectedOrder(all, { text });
        expect(await walk(store, { text }, 500), text).toEqual(want);
      }
      // '%' and '_' each appear in exactly one title; a pattern reading would match every complaint.
      expect(await walk(store, { text: '%' }, 500)).toHaveLength(1);
      expect(await walk(store, { text: '_' }, 500)).toHaveLength(1);
    });

    it('refuses search text that is empty or longer than 100 characters with invalid_input', async () => {
      const { store } = await ctx.fresh();
      await expectAduanError(store.doQuery({ text: '', limit: 5 }), 'invalid_input');
      await expectAduanError(store.doQuery({ text: 'x'.repeat(101), limit: 5 }), 'invalid_input');
      await expectAduanError(store.doCount({ text: '' }, 'status'), 'invalid_input');
      expect((await store.doQuery({ text: 'x'.repeat(100), limit: 5 })).items).toEqual([]);
    });

    it('orders by deadline, soonest first, leaving out complaints without one', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      const want = expectedOrder(all, { orderBy: 'deadline' });
      expect(want.length).toBeGreaterThan(0);
      expect(await walk(store, { orderBy: 'deadline' }, 2)).toEqual(want);
    });

    it('orders by dueAt, soonest first, ties by id, complaints without one last, across every page size', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      const want = expectedOrder(all, { orderBy: 'dueAt' });
      const without = all.filter((p) => p.dueAt === null).map((p) => p.id);
      expect(want).toHaveLength(all.length);
      expect(without.length).toBeGreaterThan(1);
      expect(want.slice(-without.length).sort()).toEqual(without.sort());
      for (const limit of [1, 2, 3, 5, 500]) expect(await walk(store, { orderBy: 'dueAt' }, limit), `limit ${limit}`).toEqual(want);
    });

    for (const orderBy of ORDERS) {
      it(`combines every new filter with orderBy ${orderBy}`, async () => {
        const { store } = await ctx.fresh();
        const all = await seedComplaints(store);
        const query = { orderBy, kelurahan: 'Bendan', dueFrom: at(1_900), text: 'T-' };
        expect(await walk(store, query, 1)).toEqual(expectedOrder(all, query));
      });
    }

    it('reads kelurahan, coordinates and dueAt back exactly as written', async () => {
      const { store, probe } = await ctx.fresh();
      const all = await seedComplaints(store);
      for (const projection of all) {
        expect(await probe.projection(projection.id)).toEqual(projection);
        expect(await store.doLoadProjection(projection.id)).toEqual(projection);
      }
      expect(all.some((p) => p.geo === null) && all.some((p) => p.geo !== null)).toBe(true);
    });

    it('keeps a cursor stable when newer complaints arrive between pages', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      const first = await store.doQuery({ limit: 4 });
      const late = new StreamBuilder({ complaintId: uniqueId('late'), trackingNumber: uniqueId('T-late'), at: at(10_000) });
      await store.doAppend(late.received());
      const rest = await walk(store, { cursor: first.nextCursor ?? undefined }, 4);
      expect([...first.items.map((p) => p.id), ...rest]).toEqual(expectedOrder(all, {}));
    });

    it('rejects a forged cursor with invalid_input', async () => {
      const { store } = await ctx.fresh();
      await seedComplaints(store);
      await expect(store.doQuery({ limit: 5, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it('counts by every dimension the same way it filters', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      const dimensions: CountDimension[] = ['status', 'unitId', 'category', 'channel', 'kelurahan'];
      for (const dimension of dimensions) expect(await store.doCount({}, dimension), dimension).toEqual(expectedCounts(all, {}, dimension));
      expect(expectedCounts(all, {}, 'kelurahan')['']).toBeGreaterThan(0);
      const scoped: ProjectionFilter[] = [{ unitId: 'dinas-pu' }, { kelurahan: 'Kergon' }, { dueBefore: at(2_150), text: 'aduan' }];
      for (const filter of scoped) {
        expect(await store.doCount(filter, 'kelurahan'), JSON.stringify(filter)).toEqual(expectedCounts(all, filter, 'kelurahan'));
        expect(await store.doCount(filter, 'status'), JSON.stringify(filter)).toEqual(expectedCounts(all, filter, 'status'));
      }
    });
  });
}
