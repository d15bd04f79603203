import { createDesk, createMemoryStore, type Desk, type MemoryStore } from '@aduan/core';
import { createDuplicateIndex, duplicates } from '@aduan/plugin-duplicates';
import { satisfaction } from '@aduan/plugin-satisfaction';
import { createMemoryTemplateStore, templates } from '@aduan/plugin-templates';
import type { Actor, StoredEvent, StoreV1, TemplateStoreV1 } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { createReopenedIndex } from './reopened-index.js';

const coordinator: Actor = { id: 'koordinator', role: 'coordinator' };
const officer: Actor = { id: 'petugas-pupr', role: 'unit_officer', unitId: 'dpupr' };
const DAY_MS = 86_400_000;
const PLACES = ['Jl. Sriwijaya', 'Jl. Hayam Wuruk', 'Kelurahan Podosugih'];

/** The desk's four read models, as `examples/desk` switches them on. */
function readModelPlugins(library: TemplateStoreV1) {
  return {
    templates: templates({ store: library, authority: 'Pemerintah Kota Pekalongan' }),
    satisfaction: satisfaction({ recheck: { afterDays: 28 } }),
    duplicates: duplicates(),
    reopened: createReopenedIndex(),
  };
}
type ReadModelPlugins = ReturnType<typeof readModelPlugins>;

/** The store as the desk sees it, counting the pages of stream ids and the streams it reads. */
function countingStore(store: MemoryStore): { store: StoreV1; reads: { pages: number; streams: number } } {
  const reads = { pages: 0, streams: 0 };
  return {
    reads,
    store: {
      ...store,
      doListStreams(input) {
        reads.pages++;
        return store.doListStreams(input);
      },
      doReadStream(complaintId) {
        reads.streams++;
        return store.doReadStream(complaintId);
      },
    },
  };
}

/** The streams of the store, in its order: what the plugins folded with `desk.replay` at set-up before. */
async function streams(store: MemoryStore): Promise<StoredEvent[][]> {
  const all: StoredEvent[][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.doListStreams({ cursor, limit: 500 });
    for (const id of page.ids) all.push(await store.doReadStream(id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/**
 * Twelve complaints along every path the read models follow: answered from a template (a use),
 * answered on WhatsApp and resolved (a re-check due later), reopened, reopened and answered again,
 * three about one hole grouped under a work order, the rest left received.
 */
async function cityHistory(desk: Desk, clock: ReturnType<typeof createVirtualClock>) {
  await desk.runPluginCommand(coordinator, 'templates', 'save', {
    expectedVersion: 0,
    template: {
      id: 'jawab-umum',
      name: 'Jawaban umum',
      stage: 'disposed',
      category: null,
      automatic: false,
      active: true,
      body: 'Aduan {nomor} sudah kami tangani. {instansi}',
      shortBody: null,
    },
  });
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    clock.advanceBy(60_000);
    const { complaint } = await desk.receive(coordinator, {
      channel: i % 2 === 0 ? 'whatsapp' : 'web',
      category: 'jalan',
      title: i < 3 ? 'Jalan berlubang' : `Aduan warga ${i}`,
      description:
        i < 3 ? `Lubang besar di Jalan Sriwijaya depan toko bangunan (laporan ${i + 1}).` : `Keluhan ke-${i} di ${PLACES[i % 3]}.`,
      location: { kelurahan: i < 3 ? 'Kuripan Kidul' : 'Podosugih' },
      contact: { name: `Warga ${i}`, whatsapp: `62812000000${String(i).padStart(2, '0')}` },
    });
    ids.push(complaint.id);
    if (i >= 10) continue;
    await desk.verify(coordinator, { complaintId: complaint.id });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
  }
  await desk.runPluginCommand(officer, 'duplicates', 'group', { complaintIds: ids.slice(0, 3), title: 'Lubang Sriwijaya' });
  const answer = (id: string) => desk.respond(officer, { complaintId: id, message: 'Sudah kami perbaiki.' });
  for (const id of ids.slice(3, 5)) {
    await desk.runPluginCommand(officer, 'templates', 'respond', {
      complaintId: id,
      templateId: 'jawab-umum',
      message: 'Sudah ditangani.',
    });
  }
  for (const id of ids.slice(5, 9)) await answer(id);
  // Resolved: a re-check falls due 28 days later for the WhatsApp ones (6 and 8) that were asked after the answer.
  for (const id of [ids[6]!, ids[8]!]) await desk.resolve(coordinator, { complaintId: id, note: 'Selesai.' });
  // Reopened: 5 still waits, 7 was answered again.
  for (const id of [ids[5]!, ids[7]!]) await desk.reopen(coordinator, { complaintId: id, reason: 'Belum beres.' });
  await answer(ids[7]!);
  return { ids, resolvedWithQuestion: [ids[6]!, ids[8]!] };
}

describe('the desk’s read models at start-up', () => {
  it('reads the history once for all four read models and builds each as the old per-plugin replays did', async () => {
    const store = createMemoryStore();
    const library = createMemoryTemplateStore();
    const clock = createVirtualClock('2026-03-02T02:00:00.000Z');
    const live: ReadModelPlugins = readModelPlugins(library);
    const first = createDesk({ store, clock, plugins: Object.values(live), keepStoreOpen: true });
    const { ids, resolvedWithQuestion } = await cityHistory(first, clock);
    const usesBefore = (await library.doGet('jawab-umum'))!.usageCount;
    await first.close();

    const counting = countingStore(store);
    const restarted: ReadModelPlugins = readModelPlugins(library);
    const desk = createDesk({ store: counting.store, clock, plugins: Object.values(restarted), keepStoreOpen: true });
    await desk.ready();

    // One pass: each stream read once, by pages of stream ids (before: one pass per read model).
    expect(counting.reads).toEqual({ pages: 1, streams: ids.length });

    // The duplicate index: what the plugin's set-up built before by folding `desk.replay`, and what the live one holds.
    const old = createDuplicateIndex();
    for (const events of await streams(store)) old.apply(events);
    const now = clock.now();
    for (const id of ids) {
      expect(restarted.duplicates.index.suggest(coordinator, id, now)).toEqual(old.suggest(coordinator, id, now));
      expect(restarted.duplicates.index.get(id)).toEqual(live.duplicates.index.get(id));
    }
    expect(restarted.duplicates.index.suggest(coordinator, ids[0]!, now).map((s) => s.complaintId)).toEqual(
      expect.arrayContaining(ids.slice(1, 3)),
    );
    const workOrderId = restarted.duplicates.index.get(ids[0]!)!.workOrderId!;
    expect(restarted.duplicates.index.members(workOrderId).map((member) => member.id)).toEqual(ids.slice(0, 3));
    expect(restarted.duplicates.index.openCount).toBe(old.openCount);

    // The reopened index: the one still waiting for its new answer.
    expect(restarted.reopened.ids()).toEqual([ids[5]]);
    expect(restarted.reopened.ids()).toEqual(live.reopened.ids());

    // Template uses: counted once each, as before the restart (the recount finds nothing behind).
    const useEvents = store.contents().events.filter((event) => event.type === 'templates/used').length;
    expect(useEvents).toBe(2);
    expect((await library.doGet('jawab-umum'))!.usageCount).toBe(usesBefore);
    expect(usesBefore).toBe(useEvents);

    // The re-check schedule: 28 days after resolution the sweep asks exactly the resolved residents who were asked.
    clock.advanceBy(29 * DAY_MS);
    const report = await desk.sweep();
    expect(report.plugins?.['satisfaction']).toEqual({ acted: 2, failed: [] });
    const rechecked = store
      .contents()
      .events.filter((event) => event.type === 'satisfaction/asked' && event.payload['round'] === 'recheck')
      .map((event) => event.complaintId);
    expect(rechecked.sort()).toEqual([...resolvedWithQuestion].sort());
    await desk.close();
  });
});
