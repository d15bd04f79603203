import { createDesk, createMemoryStore } from '@aduan/core';
import { AduanError, ForbiddenError, NotFoundError, type IntakeInput, type StoredEvent } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, indexLabelledSet } from './__fixtures__/evaluate-suggestions.js';
import { LABELLED_COMPLAINTS } from './__fixtures__/labelled-duplicates.js';
import { HOLDOUT_COMPLAINTS } from './__fixtures__/labelled-duplicates-holdout.js';

import { createDuplicateIndex, distanceMetres, duplicates } from './index.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const dpupr = { id: 'petugas-dpupr', role: 'unit_officer' as const, unitId: 'dpupr' };
const dlh = { id: 'petugas-dlh', role: 'unit_officer' as const, unitId: 'dlh' };
const resident = { id: 'warga', role: 'complainant' as const };

const DAY_MS = 86_400_000;
const START = new Date('2026-06-01T02:00:00.000Z');

/** A real desk on a virtual clock, with a helper that receives a complaint and answers its history. */
function deskAt(start = START) {
  let now = start;
  const desk = createDesk({ store: createMemoryStore(), clock: { now: () => now } });
  const ids: string[] = [];
  return {
    desk,
    ids,
    advance: (days: number) => {
      now = new Date(now.getTime() + days * DAY_MS);
    },
    now: () => now,
    async receive(input: Partial<IntakeInput> & { title: string; description: string }) {
      const { complaint } = await desk.receive(coordinator, { channel: 'web', category: 'jalan', ...input } as IntakeInput);
      ids.push(complaint.id);
      return complaint.id;
    },
    async historyOf(...complaintIds: string[]): Promise<StoredEvent[]> {
      const events: StoredEvent[] = [];
      for (const id of complaintIds) events.push(...(await desk.history(coordinator, id)));
      return events;
    },
  };
}

const HOLE = { title: 'Jalan berlubang', description: 'Lubang besar di Jalan Sriwijaya depan toko bangunan, motor sering jatuh.' };
const HOLE_AGAIN = { title: 'Lubang jln sriwijaya', description: 'jln sriwijaya dpn toko bangunan bolong gede, motor jatuh' };

describe('duplicate suggestions', () => {
  it('suggests an open complaint of the same category and kelurahan, with the shared words and the place as the reason', async () => {
    const world = deskAt();
    const first = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Kidul' } });
    const second = await world.receive({ ...HOLE_AGAIN, location: { kelurahan: 'kel. kuripan  kidul' } });
    const index = createDuplicateIndex();
    index.apply(await world.historyOf(first, second));

    const [suggestion, ...rest] = index.suggest(coordinator, second, world.now());
    expect(rest).toEqual([]);
    expect(suggestion?.complaintId).toBe(first);
    expect(suggestion?.sameKelurahan).toBe(true);
    expect(suggestion?.distanceMetres).toBeNull();
    expect(suggestion?.sharedWords).toEqual(expect.arrayContaining(['sriwijaya', 'lubang', 'toko', 'bangunan']));
    expect(suggestion?.reason).toMatch(/^Kategori sama, di kelurahan yang sama \(Kuripan Kidul\); kata yang sama: /);
    expect(suggestion?.reasonEn).toMatch(/^Same category, in the same kelurahan/);
    expect(suggestion?.textSimilarity).toBeGreaterThan(0.2);
  });

  it('leaves out other categories, other kelurahan without coordinates, unrelated texts and complaints older than the window', async () => {
    const world = deskAt();
    const old = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Kidul' } });
    world.advance(91);
    const otherCategory = await world.receive({ ...HOLE, category: 'drainase', location: { kelurahan: 'Kuripan Kidul' } });
    const otherKelurahan = await world.receive({ ...HOLE, location: { kelurahan: 'Medono' } });
    const unrelated = await world.receive({
      title: 'Tarif parkir',
      description: 'Juru parkir menarik tarif terlalu mahal.',
      location: { kelurahan: 'Kuripan Kidul' },
    });
    const target = await world.receive({ ...HOLE_AGAIN, location: { kelurahan: 'Kuripan Kidul' } });
    const index = createDuplicateIndex();
    index.apply(await world.historyOf(...world.ids));

    expect(index.suggest(coordinator, target, world.now())).toEqual([]);
    // Inside a wider window the old one is found again.
    const wide = createDuplicateIndex({ categories: { jalan: { windowDays: 120 } } });
    wide.apply(await world.historyOf(...world.ids));
    expect(wide.suggest(coordinator, target, world.now()).map((s) => s.complaintId)).toEqual([old]);
    expect([otherCategory, otherKelurahan, unrelated]).not.toContain(old);
  });

  it('finds a complaint within the radius across a kelurahan border and ranks the nearer one first', async () => {
    const world = deskAt();
    const origin = { lat: -6.8886, long: 109.6753 };
    const near = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Lor', lat: origin.lat + 0.0003, long: origin.long } });
    const farther = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Lor', lat: origin.lat + 0.0018, long: origin.long } });
    const outside = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Lor', lat: origin.lat + 0.01, long: origin.long } });
    const target = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Kidul', ...origin } });
    const index = createDuplicateIndex({ radiusMetres: 250 });
    index.apply(await world.historyOf(...world.ids));

    const suggestions = index.suggest(coordinator, target, world.now());
    expect(suggestions.map((s) => s.complaintId)).toEqual([near, farther]);
    expect(suggestions.map((s) => s.complaintId)).not.toContain(outside);
    expect(suggestions[0]?.distanceMetres).toBe(Math.round(distanceMetres(origin, { lat: origin.lat + 0.0003, long: origin.long })));
    expect(suggestions[0]?.reason).toMatch(/berjarak 33 m/);
    expect(suggestions[0]?.strength).toBe('likely');
  });

  it('drops complaints once they are merged or rejected, and keeps the category set at verification', async () => {
    const world = deskAt();
    const a = await world.receive({ ...HOLE, category: 'lain-lain', location: { kelurahan: 'Kuripan Kidul' } });
    const b = await world.receive({ ...HOLE_AGAIN, location: { kelurahan: 'Kuripan Kidul' } });
    const c = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Kidul' } });
    const index = createDuplicateIndex();
    index.apply(await world.historyOf(a, b, c));
    expect(index.suggest(coordinator, b, world.now()).map((s) => s.complaintId)).toEqual([c]);

    await world.desk.verify(coordinator, { complaintId: a, category: 'jalan' });
    await world.desk.merge(coordinator, { complaintId: c, intoId: b });
    index.apply(await world.historyOf(a, c));
    expect(index.get(c)?.open).toBe(false);
    expect(index.suggest(coordinator, b, world.now()).map((s) => s.complaintId)).toEqual([a]);
    expect(index.openCount).toBe(2);
  });

  it('is unit-scoped: an officer asks only about and sees only the unit’s complaints; residents see none', async () => {
    const world = deskAt();
    const ours = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Kidul' } });
    const theirs = await world.receive({ ...HOLE, location: { kelurahan: 'Kuripan Kidul' } });
    const target = await world.receive({ ...HOLE_AGAIN, location: { kelurahan: 'Kuripan Kidul' } });
    for (const id of [ours, target]) {
      await world.desk.verify(coordinator, { complaintId: id });
      await world.desk.dispose(coordinator, { complaintId: id, unitId: 'dpupr' });
    }
    await world.desk.verify(coordinator, { complaintId: theirs });
    await world.desk.dispose(coordinator, { complaintId: theirs, unitId: 'dlh' });
    const index = createDuplicateIndex();
    index.apply(await world.historyOf(...world.ids));

    expect(index.suggest(dpupr, target, world.now()).map((s) => s.complaintId)).toEqual([ours]);
    expect(new Set(index.suggest(coordinator, target, world.now()).map((s) => s.complaintId))).toEqual(new Set([ours, theirs]));
    const refused = (() => {
      try {
        return index.suggest(dlh, target, world.now());
      } catch (error) {
        return error;
      }
    })();
    expect(ForbiddenError.isInstance(refused)).toBe(true);
    expect(() => index.suggest(resident, target, world.now())).toThrow(ForbiddenError);
    const missing = (() => {
      try {
        return index.suggest(coordinator, 'tidak-ada', world.now());
      } catch (error) {
        return error;
      }
    })();
    expect(NotFoundError.isInstance(missing)).toBe(true);
    expect(AduanError.hasCode(missing, 'not_found')).toBe(true);
  });

  it('rebuilds from the history to the same answers, whatever the order of streams and however often events repeat', async () => {
    const world = deskAt();
    for (const [i, text] of [HOLE, HOLE_AGAIN, HOLE, HOLE_AGAIN, HOLE].entries()) {
      await world.receive({ ...text, location: { kelurahan: i % 2 === 0 ? 'Kuripan Kidul' : 'Kuripan Lor' } });
    }
    await world.desk.reject(coordinator, {
      complaintId: world.ids[4] as string,
      reason: 'duplicate',
      note: 'Sama dengan laporan sebelumnya.',
    });
    const streams = await Promise.all(world.ids.map((id) => world.historyOf(id)));
    const reference = createDuplicateIndex();
    for (const stream of streams) reference.apply(stream);
    const answers = (index: ReturnType<typeof createDuplicateIndex>) => world.ids.map((id) => index.suggest(coordinator, id, world.now()));

    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(streams.length - 1), { minLength: streams.length, maxLength: 15 }), async (order) => {
        const rebuilt = createDuplicateIndex();
        // Every stream at least once (a replay), some again (a redelivered batch): repeats change nothing.
        for (const i of [...order, ...streams.keys()]) rebuilt.apply(streams[i] as StoredEvent[]);
        expect(answers(rebuilt)).toEqual(answers(reference));
        expect(rebuilt.openCount).toBe(reference.openCount);
      }),
      { numRuns: 30 },
    );
    reference.clear();
    expect(reference.openCount).toBe(0);
    expect(reference.get(world.ids[0] as string)).toBeUndefined();
  });
});

describe('work orders', () => {
  it('list their members oldest first, by id within one instant, whatever order the history is replayed in', async () => {
    // Received in the same instant: only the id can order them, and the order must not depend on the replay.
    const store = createMemoryStore();
    const desk = createDesk({ store, clock: { now: () => START }, plugins: [duplicates()] });
    const ids: string[] = [];
    for (const text of [HOLE, HOLE_AGAIN, HOLE, HOLE_AGAIN]) {
      const { complaint } = await desk.receive(coordinator, { channel: 'web', category: 'jalan', ...text });
      ids.push(complaint.id);
    }
    await desk.runPluginCommand(coordinator, 'duplicates', 'group', { complaintIds: ids, title: 'Lubang Sriwijaya', workOrderId: 'wo-1' });
    const streams = await Promise.all(ids.map((id) => desk.history(coordinator, id)));
    const expected = [...ids].sort((a, b) => (a < b ? -1 : 1));

    await fc.assert(
      fc.property(fc.shuffledSubarray([...streams.keys()], { minLength: streams.length }), (order) => {
        const index = createDuplicateIndex();
        for (const i of order) index.apply(streams[i] as StoredEvent[]);
        expect(index.members('wo-1').map((member) => member.id)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});

describe('the labelled sets', () => {
  it('keeps precision at 5 at or above 0.95 and recall at 5 at or above 0.95 on the tuning set', async () => {
    const { index, problemOf } = await indexLabelledSet();
    const result = evaluate(index, problemOf, new Date());
    expect(result.queries).toBe(LABELLED_COMPLAINTS.length);
    expect(result.precisionAt5).toBeGreaterThanOrEqual(0.95);
    expect(result.recallAt5).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the held-out set at or above what it measured when first scored, and reports the gap to the 0.9 goal', async ({ annotate }) => {
    const { index, problemOf } = await indexLabelledSet({}, HOLDOUT_COMPLAINTS);
    const result = evaluate(index, problemOf, new Date());
    expect(result.queries).toBe(HOLDOUT_COMPLAINTS.length);
    annotate(
      `held-out set (${HOLDOUT_COMPLAINTS.length} complaints, ${result.answered} with suggestions): precision at 5 ${result.precisionAt5.toFixed(3)} (goal 0.9), recall at 5 ${result.recallAt5.toFixed(3)}`,
    );
    // Measured the first time the set was scored (2026-12-03: 0.667 and 0.649), rounded down: the
    // ranking is short of the goal on complaints it was not tuned on; this keeps it from getting worse.
    expect(result.precisionAt5).toBeGreaterThanOrEqual(0.65);
    expect(result.recallAt5).toBeGreaterThanOrEqual(0.6);
  });
});
