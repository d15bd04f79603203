import { createActor } from 'xstate';
import { complaintMachine, createDesk, createMemoryStore, type EventPayload } from '@aduan/core';
import { median, round3, type BenchResult } from '../../../bench/result.js';

const LIFECYCLES = 2_000;
const ROUNDS = 5;
const STORED = 100_000;

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const officer = { id: 'penghubung', role: 'unit_officer' as const, unitId: 'dpupr' };
const at = '2026-03-02T02:00:00.000Z';
const received: EventPayload<'complaint-received'> = {
  trackingNumber: 'ADU-260302-BENCH1',
  channel: 'web',
  title: 'Jalan berlubang',
  description: 'Lubang besar di depan pasar',
  classification: 'pengaduan',
  attachments: [],
  complainantId: 'warga-1',
  anonim: true,
  rahasia: true,
};

/** The same lifecycle on a bare xstate actor: the floor our desk is compared with. */
function bareLifecycles(count: number): number {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const actor = createActor(complaintMachine, { input: { complaintId: `c${i}`, at, received } }).start();
    actor.send({ type: 'complaint-verified', at, payload: { classification: 'pengaduan' } });
    actor.send({ type: 'complaint-disposed', at, payload: { unitId: 'dpupr' } });
    actor.send({
      type: 'complaint-responded',
      at,
      payload: { unitId: 'dpupr', message: 'Sudah diperbaiki.', attachments: [], confirmBy: '2026-03-12T02:00:00.000Z' },
    });
    actor.send({ type: 'complaint-confirmed', at, payload: {} });
    if (actor.getSnapshot().value !== 'resolved') throw new Error('bare lifecycle did not resolve');
    actor.stop();
  }
  return count / ((performance.now() - started) / 1000);
}

/** Receive, verify, dispose, respond, confirm: each validated, authorized, hashed, stored, announced. */
async function deskLifecycles(count: number): Promise<number> {
  const desk = createDesk({ store: createMemoryStore() });
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const { complaint } = await desk.receive(coordinator, {
      channel: 'web',
      title: 'Jalan berlubang',
      description: 'Lubang besar di depan pasar',
    });
    await desk.verify(coordinator, { complaintId: complaint.id });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
    await desk.respond(officer, { complaintId: complaint.id, message: 'Sudah diperbaiki.' });
    const done = await desk.confirm(coordinator, { complaintId: complaint.id });
    if (done.status !== 'resolved') throw new Error('desk lifecycle did not resolve');
  }
  return count / ((performance.now() - started) / 1000);
}

function heapAfterGc(): number {
  if (!global.gc) throw new Error('run benchmarks with node --expose-gc');
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
}

/** Heap bytes per complaint held by the memory store, against the same data kept as bare JSON strings. */
async function heapPerComplaint(): Promise<{ ours: number; baseline: number }> {
  const store = createMemoryStore();
  const desk = createDesk({ store });
  const before = heapAfterGc();
  for (let i = 0; i < STORED; i++) {
    await desk.receive(coordinator, {
      channel: 'web',
      title: `Aduan ${i}`,
      description: 'Lampu jalan mati sejak minggu lalu',
      contact: { name: 'Warga' },
    });
  }
  const ours = (heapAfterGc() - before) / STORED;
  const contents = store.contents();
  const beforeStrings = heapAfterGc();
  const strings = contents.events.map((event, i) => JSON.stringify(event) + JSON.stringify(contents.projections[i]));
  const baseline = (heapAfterGc() - beforeStrings) / STORED;
  if (strings.length !== STORED || store.contents().projections.length !== STORED) throw new Error('store lost complaints');
  return { ours, baseline };
}

export default async function run(): Promise<BenchResult[]> {
  bareLifecycles(200);
  await deskLifecycles(200); // warm both paths up before measuring
  const bare: number[] = [];
  const desk: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(bareLifecycles(LIFECYCLES));
    desk.push(await deskLifecycles(LIFECYCLES));
  }
  const ours = median(desk);
  const baseline = median(bare);
  const memory = await heapPerComplaint();
  return [
    {
      name: 'core: full lifecycles/s through the desk (memory store) vs bare xstate actor',
      value: Math.round(ours),
      unit: 'lifecycles/s',
      baseline: Math.round(baseline),
      ratio: round3(ours / baseline),
    },
    {
      name: 'core: heap bytes per stored complaint at 100k (memory store) vs same data as JSON strings (ratio = baseline/value)',
      value: Math.round(memory.ours),
      unit: 'bytes/complaint',
      baseline: Math.round(memory.baseline),
      ratio: round3(memory.baseline / memory.ours),
    },
  ];
}
