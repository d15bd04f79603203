import { createDesk, createMemoryStore } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import { median, round3, type BenchResult } from '../../../bench/result.js';

const OPEN = 100_000;
const ROUNDS = 15;
const coordinator = { id: 'koordinator', role: 'coordinator' as const };

/**
 * The deadline sweep over 100k open complaints when nothing is due yet (its standing cost, paid on
 * every tick), against a plain loop over the same deadlines kept in an array.
 */
export default async function run(): Promise<BenchResult[]> {
  let now = Date.parse('2026-03-02T02:00:00.000Z');
  const store = createMemoryStore();
  const policy = createSlaPolicy(slaPresets.pekalongan, createWorkingCalendar());
  const desk = createDesk({ store, deadlines: policy, clock: { now: () => new Date(now) } });
  for (let i = 0; i < OPEN; i++) {
    now += 1_000;
    await desk.receive(coordinator, { channel: 'web', title: `Aduan ${i}`, description: 'Saluran air tersumbat' });
  }
  const deadlines = store.contents().projections.map((p) => Date.parse(p.deadline!.dueAt));
  const sweepAt = new Date(now);

  const sweepMs: number[] = [];
  const loopMs: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    const report = await desk.sweep({ now: sweepAt });
    sweepMs.push(performance.now() - started);
    if (report.acted !== 0) throw new Error('nothing should be due in this benchmark');
    started = performance.now();
    const cutoff = sweepAt.getTime();
    const due: number[] = [];
    for (const at of deadlines) if (at <= cutoff) due.push(at);
    found += due.length;
    loopMs.push(performance.now() - started);
  }
  if (found !== 0) throw new Error('baseline found due deadlines');
  const ours = median(sweepMs);
  const baseline = median(loopMs);
  return [
    {
      name: 'core: sweep of 100k open complaints, nothing due (memory store) vs plain loop over the deadlines (ratio = baseline/value)',
      value: round3(ours),
      unit: 'ms/sweep',
      baseline: round3(baseline),
      ratio: round3(baseline / ours),
    },
  ];
}
