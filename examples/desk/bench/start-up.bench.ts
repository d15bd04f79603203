// The desk's start-up with its four read models (duplicate index, template use counts, satisfaction
// re-check schedule, reopened index) on a history of 50,000 complaints, against reading that history
// once with nothing else (the floor any start-up that reads the history pays), same run; and the
// same four read models each built by its own `desk.replay` in `setup`, as the plugins did before the
// desk's one start-up pass. On the memory store (reads cost little: the folds dominate) and on PGlite
// (each stream is a query: the reads dominate), with the first 1,000 complaints of the same history
// copied in (on a loaded 2-core machine PGlite read a stream in about 3.5 ms: 50,000 streams read
// five times a round would take hours).
import { createDesk, createMemoryStore, type Desk, type MemoryStore } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import { duplicates } from '@aduan/plugin-duplicates';
import { satisfaction } from '@aduan/plugin-satisfaction';
import { createMemoryTemplateStore, templates } from '@aduan/plugin-templates';
import type { Actor, AppendInput, DeskPlugin, PluginV2, StoreV1, TemplateStoreV1 } from '@aduan/spec';
import { createSqlStore } from '@aduan/store-postgres';
import { createPGliteDriver } from '@aduan/store-postgres/pglite';
import { PGlite } from '@electric-sql/pglite';
import { createReopenedIndex } from '../src/reopened-index.js';
import { median, round3, type BenchResult } from '../../../bench/result.js';

const COMPLAINTS = Number(process.env.ADUAN_START_UP_BENCH_COMPLAINTS ?? 50_000);
const PGLITE_COMPLAINTS = Number(process.env.ADUAN_START_UP_BENCH_PGLITE_COMPLAINTS ?? 1_000);
const ROUNDS = { memory: 5, pglite: 3 };
const PAGE = 500;
const coordinator: Actor = { id: 'koordinator', role: 'coordinator' };
const officer: Actor = { id: 'petugas-pupr', role: 'unit_officer', unitId: 'dpupr' };
const PROBLEMS = ['Lampu jalan mati', 'Saluran air tersumbat', 'Jalan berlubang', 'Sampah menumpuk', 'Pohon tumbang'];
const PLACES = ['Jl. Hayam Wuruk', 'Jl. Diponegoro', 'Kelurahan Podosugih', 'Kelurahan Panjang Wetan', 'Jl. Merdeka'];

function plugins(library: TemplateStoreV1): PluginV2[] {
  return [
    templates({ store: library, authority: 'Pemerintah Kota Pekalongan' }),
    satisfaction({ recheck: { afterDays: 28 } }),
    duplicates(),
    createReopenedIndex(),
  ];
}

/** The plugin as it was before the desk's one pass: its `setup` reads the whole history for its own read model. */
function ownReplay(plugin: PluginV2): PluginV2 {
  const { readModel, ...rest } = plugin;
  if (!readModel) return plugin;
  return {
    ...rest,
    async setup(context) {
      await plugin.setup?.(context);
      readModel.reset?.();
      await context.desk.replay((events) => readModel.apply(events));
      await readModel.replayed?.();
    },
    afterEvents: (context) => readModel.apply(context.events),
  };
}

/** Complaint `i` taken along a mix of paths: received; disposed; answered from a template; answered and reopened, one in two of those answered again and resolved. */
async function complaint(desk: Desk, i: number): Promise<void> {
  const place = PLACES[i % PLACES.length]!;
  const problem = PROBLEMS[Math.floor(i / PLACES.length) % PROBLEMS.length]!;
  const { complaint } = await desk.receive(coordinator, {
    channel: i % 3 === 0 ? 'whatsapp' : 'web',
    title: `${problem} di ${place}`,
    description: `${problem} di ${place} nomor ${i % 97}, sudah beberapa hari belum ditangani.`,
    contact: { name: `Warga ${i}`, whatsapp: `62812${String(i).padStart(7, '0')}` },
  });
  const path = i % 4;
  if (path === 0) return;
  const id = complaint.id;
  await desk.verify(coordinator, { complaintId: id });
  await desk.dispose(coordinator, { complaintId: id, unitId: 'dpupr' });
  if (path === 1) return;
  if (path === 2) {
    await desk.runPluginCommand(officer, 'templates', 'respond', {
      complaintId: id,
      templateId: 'jawab-umum',
      message: 'Sudah kami tangani.',
    });
    return;
  }
  await desk.respond(officer, { complaintId: id, message: 'Sudah kami perbaiki.' });
  await desk.reopen(coordinator, { complaintId: id, reason: 'Warga menyampaikan belum beres.' });
  if (i % 8 !== 3) return;
  await desk.respond(officer, { complaintId: id, message: 'Sudah dikerjakan ulang.' });
  await desk.resolve(coordinator, { complaintId: id, note: 'Selesai dikerjakan ulang.' });
}

async function history(): Promise<{ store: MemoryStore; library: TemplateStoreV1 }> {
  let now = Date.parse('2026-01-05T02:00:00.000Z');
  const clock = { now: () => new Date(now) };
  const store = createMemoryStore();
  const library = createMemoryTemplateStore();
  const deadlines = createSlaPolicy(slaPresets.pekalongan, createWorkingCalendar());
  const desk = createDesk({
    store,
    clock,
    deadlines,
    plugins: plugins(library),
    keepStoreOpen: true,
    pseudonymKey: 'kunci-pseudonim-bench-0123456789',
  });
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
  for (let i = 0; i < COMPLAINTS; i++) {
    now += 30_000;
    await complaint(desk, i);
  }
  await desk.close();
  return { store, library };
}

/** Reads every stream once, page by page, and does nothing with it: the floor of any start-up. */
async function readOnce(store: StoreV1): Promise<number> {
  let events = 0;
  let cursor: string | undefined;
  do {
    const page = await store.doListStreams({ cursor, limit: PAGE });
    for (const id of page.ids) events += (await store.doReadStream(id)).length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

async function startUp(store: StoreV1, deskPlugins: DeskPlugin[]): Promise<void> {
  const clock = { now: () => new Date('2026-03-02T02:00:00.000Z') };
  const desk = createDesk({ store, clock, plugins: deskPlugins, keepStoreOpen: true });
  await desk.ready();
  await desk.close();
}

const timed = async (rounds: number[], work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  rounds.push(performance.now() - started);
};

/** The first `count` streams of the history in a PGlite store: each in one append with its final projection, a thousand appends at a time. */
async function copyToPGlite(memory: MemoryStore, pglite: PGlite, count: number): Promise<StoreV1> {
  const store = await createSqlStore(createPGliteDriver(pglite), { schema: 'bench_start_up' });
  const projections = memory.contents().projections.slice(0, count);
  for (let at = 0; at < projections.length; at += 1_000) {
    const appends: AppendInput[] = [];
    for (const projection of projections.slice(at, at + 1_000)) {
      appends.push({ complaintId: projection.id, expectedVersion: 0, events: await memory.doReadStream(projection.id), projection });
    }
    await store.doAppendMany!(appends);
  }
  return store;
}

async function measure(label: string, store: StoreV1, library: TemplateStoreV1, size: number, rounds: number): Promise<BenchResult[]> {
  const onePassMs: number[] = [];
  const ownReplaysMs: number[] = [];
  const readMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await timed(readMs, () => readOnce(store));
    await timed(onePassMs, () => startUp(store, plugins(library)));
    await timed(ownReplaysMs, () => startUp(store, plugins(library).map(ownReplay)));
  }
  const baseline = median(readMs);
  const result = (what: string, measured: number[]): BenchResult => {
    const value = median(measured);
    return {
      name: `desk: start-up with four read models on ${size.toLocaleString('en')} complaints, ${what} (${label}), vs reading the history once bare (ratio = baseline/value)`,
      value: Math.round(value),
      unit: 'ms',
      baseline: Math.round(baseline),
      ratio: round3(baseline / value),
    };
  };
  return [result('one pass for all', onePassMs), result('each by its own replay (before)', ownReplaysMs)];
}

export default async function run(): Promise<BenchResult[]> {
  const { store, library } = await history();
  const results = await measure('memory store', store, library, COMPLAINTS, ROUNDS.memory);
  const pglite = await PGlite.create();
  try {
    const size = Math.min(PGLITE_COMPLAINTS, COMPLAINTS);
    results.push(...(await measure('PGlite', await copyToPGlite(store, pglite, size), library, size, ROUNDS.pglite)));
  } finally {
    await pglite.close();
  }
  return results;
}
