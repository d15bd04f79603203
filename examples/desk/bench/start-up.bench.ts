// The desk's start-up with its four read models (duplicate index, template use counts, satisfaction
// re-check schedule, reopened index) on a history of 50,000 complaints, against reading that history
// once with nothing else (the floor any start-up that reads the history pays), same run.
import { createDesk, createMemoryStore, type Desk, type MemoryStore } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import { duplicates } from '@aduan/plugin-duplicates';
import { satisfaction } from '@aduan/plugin-satisfaction';
import { createMemoryTemplateStore, templates } from '@aduan/plugin-templates';
import type { Actor, DeskPlugin, TemplateStoreV1 } from '@aduan/spec';
import { createReopenedIndex } from '../src/reopened-index.js';
import { median, round3, type BenchResult } from '../../../bench/result.js';

const COMPLAINTS = Number(process.env.ADUAN_START_UP_BENCH_COMPLAINTS ?? 50_000);
const ROUNDS = 5;
const PAGE = 500;
const coordinator: Actor = { id: 'koordinator', role: 'coordinator' };
const officer: Actor = { id: 'petugas-pupr', role: 'unit_officer', unitId: 'dpupr' };
const PROBLEMS = ['Lampu jalan mati', 'Saluran air tersumbat', 'Jalan berlubang', 'Sampah menumpuk', 'Pohon tumbang'];
const PLACES = ['Jl. Hayam Wuruk', 'Jl. Diponegoro', 'Kelurahan Podosugih', 'Kelurahan Panjang Wetan', 'Jl. Merdeka'];

function plugins(library: TemplateStoreV1): DeskPlugin[] {
  return [
    templates({ store: library, authority: 'Pemerintah Kota Pekalongan' }),
    satisfaction({ recheck: { afterDays: 28 } }),
    duplicates(),
    createReopenedIndex(),
  ];
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
async function readOnce(store: MemoryStore): Promise<number> {
  let events = 0;
  let cursor: string | undefined;
  do {
    const page = await store.doListStreams({ cursor, limit: PAGE });
    for (const id of page.ids) events += (await store.doReadStream(id)).length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

async function startUp(store: MemoryStore, library: TemplateStoreV1): Promise<void> {
  const clock = { now: () => new Date('2026-03-02T02:00:00.000Z') };
  const desk = createDesk({ store, clock, plugins: plugins(library), keepStoreOpen: true });
  await desk.ready();
  await desk.close();
}

export default async function run(): Promise<BenchResult[]> {
  const { store, library } = await history();
  const startMs: number[] = [];
  const readMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    await readOnce(store);
    readMs.push(performance.now() - started);
    started = performance.now();
    await startUp(store, library);
    startMs.push(performance.now() - started);
  }
  const value = median(startMs);
  const baseline = median(readMs);
  return [
    {
      name: `desk: start-up with four read models on ${COMPLAINTS.toLocaleString('en')} complaints (memory store) vs reading the history once bare (ratio = baseline/value)`,
      value: Math.round(value),
      unit: 'ms',
      baseline: Math.round(baseline),
      ratio: round3(baseline / value),
    },
  ];
}
