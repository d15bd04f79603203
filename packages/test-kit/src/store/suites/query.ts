import { matchesFilter } from '@aduan/core';
import type { ComplaintProjection, ProjectionFilter, ProjectionQuery, StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { respondedAppends, StreamBuilder } from '../stream-builder.js';
import { at, uniqueId, type SuiteContext } from '../suite-context.js';

const CHANNELS = ['web', 'whatsapp', 'sms'];
const CATEGORIES = ['infrastruktur', 'kesehatan', 'adminduk'];
const UNITS = ['dinas-pu', 'puskesmas-bendan'];

/** Twelve complaints spread over time, channels, categories, units and states; returns their final projections. */
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
    });
    const unitId = UNITS[i % 2]!;
    const appends =
      i % 3 === 0
        ? respondedAppends(builder, at(i * 60 + 5), at(1_000 + i * 100), unitId)
        : i % 3 === 1
          ? [builder.received(), builder.then({ type: 'complaint-verified', at: at(i * 60 + 1), payload: { classification: 'aspirasi' } })]
          : [builder.received()];
    for (const append of appends) await store.doAppend(append);
    finals.push(appends.at(-1)!.projection);
  }
  return finals;
}

/** Plain UTF-16 code-unit order, as `ORDER BY ... COLLATE "C"` sorts: locale rules must not decide ties. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The reference ordering every store must produce. */
function expected(all: ComplaintProjection[], query: Omit<ProjectionQuery, 'limit'>): string[] {
  const byDeadline = query.orderBy === 'deadline';
  const key = (p: ComplaintProjection) => (byDeadline ? (p.deadline?.dueAt ?? '') : p.createdAt);
  return all
    .filter((p) => matchesFilter(p, query) && (!byDeadline || p.deadline !== null))
    .sort((a, b) => (byDeadline ? 1 : -1) * (byCodeUnits(key(a), key(b)) || byCodeUnits(a.id, b.id)))
    .map((p) => p.id);
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
  ['complainant', { complainantId: 'frequent-complainant' }],
  ['overdue', { overdueAt: at(1_250) }],
  ['created range', { createdFrom: at(120), createdTo: at(480) }],
  ['combined', { channel: 'web', status: ['responded'], unitId: 'dinas-pu' }],
];

export function querySuite(ctx: SuiteContext): void {
  describe('query', () => {
    for (const [label, filter] of FILTERS) {
      it(`filters by ${label} and pages without gaps or repeats`, async () => {
        const { store } = await ctx.fresh();
        const all = await seedComplaints(store);
        const want = expected(all, filter);
        expect(await walk(store, filter, 5)).toEqual(want);
        expect(await walk(store, filter, 500)).toEqual(want);
      });
    }

    it('orders by deadline, soonest first, leaving out complaints without one', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      const want = expected(all, { orderBy: 'deadline' });
      expect(want.length).toBeGreaterThan(0);
      expect(await walk(store, { orderBy: 'deadline' }, 2)).toEqual(want);
    });

    it('keeps a cursor stable when newer complaints arrive between pages', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      const first = await store.doQuery({ limit: 4 });
      const late = new StreamBuilder({ complaintId: uniqueId('late'), trackingNumber: uniqueId('T-late'), at: at(10_000) });
      await store.doAppend(late.received());
      const rest = await walk(store, { cursor: first.nextCursor ?? undefined }, 4);
      expect([...first.items.map((p) => p.id), ...rest]).toEqual(expected(all, {}));
    });

    it('rejects a forged cursor with invalid_input', async () => {
      const { store } = await ctx.fresh();
      await seedComplaints(store);
      await expect(store.doQuery({ limit: 5, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'invalid_input' });
    });

    it('counts by every dimension the same way it filters', async () => {
      const { store } = await ctx.fresh();
      const all = await seedComplaints(store);
      for (const dimension of ['status', 'unitId', 'category', 'channel'] as const) {
        const counts = await store.doCount({}, dimension);
        const want: Record<string, number> = {};
        for (const p of all) {
          const group = String(p[dimension] ?? '');
          want[group] = (want[group] ?? 0) + 1;
        }
        expect(counts).toEqual(want);
      }
      const scoped = await store.doCount({ unitId: 'dinas-pu' }, 'status');
      const scopedTotal = Object.values(scoped).reduce((a, b) => a + b, 0);
      expect(scopedTotal).toBe(all.filter((p) => p.unitId === 'dinas-pu').length);
    });
  });
}
