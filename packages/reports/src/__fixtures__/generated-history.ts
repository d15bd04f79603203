import { createDesk, createMemoryStore, type MemoryStore } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, laporSlaPolicy } from '@aduan/core/sla';
import { IllegalTransitionError, type Actor } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import fc from 'fast-check';
import { appendForeignEvent } from './foreign-events.js';
import { coordinator, officerOf } from './hand-worked-history.js';

const HOUR = 60 * 60 * 1000;
const START = Date.parse('2026-03-02T01:00:00.000Z');
const UNITS = ['dpupr', 'dlh', 'dinsos'] as const;
const KELURAHAN = ['Podosugih', 'Kraton Kidul', 'Bendan'] as const;
const CATEGORIES = ['infrastruktur', 'sampah', 'bantuan sosial'] as const;
const CHANNELS = ['whatsapp', 'lapor', 'web', 'sms'] as const;

type Act =
  | 'verify'
  | 'requestInfo'
  | 'provideInfo'
  | 'followUp'
  | 'dispose'
  | 'returnNotOurs'
  | 'respond'
  | 'confirm'
  | 'reopen'
  | 'resolve'
  | 'reject'
  | 'escalate'
  | 'sweep'
  | 'handOver'
  | 'satisfaction';

/**
 * What may happen next in each state, the usual road listed more than once so that it is taken
 * more often; a step picks one of them when it runs, so every step does something.
 */
const NEXT: Readonly<Record<string, readonly Act[]>> = {
  received: ['verify', 'verify', 'verify', 'verify', 'requestInfo', 'reject', 'escalate', 'followUp', 'handOver', 'sweep'],
  needs_info: ['provideInfo', 'provideInfo', 'followUp', 'reject', 'sweep'],
  verified: ['dispose', 'dispose', 'dispose', 'dispose', 'requestInfo', 'reject', 'escalate', 'handOver', 'followUp', 'sweep'],
  disposed: ['respond', 'respond', 'respond', 'respond', 'returnNotOurs', 'dispose', 'escalate', 'followUp', 'sweep'],
  responded: ['confirm', 'confirm', 'reopen', 'resolve', 'escalate', 'satisfaction', 'satisfaction', 'followUp', 'sweep'],
  escalated: ['verify', 'dispose', 'dispose', 'respond', 'resolve', 'sweep'],
  resolved: ['satisfaction', 'sweep'],
  rejected: ['sweep'],
  merged: ['sweep'],
};

/** One step of a complaint's story: which of the next acts, and the details it may need. */
interface Step {
  choice: number;
  category: number | null;
  kelurahan: number | null;
  unit: number;
  byCoordinator: boolean;
  fixed: boolean | null;
  rating: number | null;
}

/** One complaint's script: when it arrives, how, and what happens to it, each step some hours after the last. */
export interface ComplaintScript {
  startHours: number;
  channel: number;
  category: number | null;
  kelurahan: number | null;
  steps: { afterHours: number; step: Step }[];
}

const NOTIFY = { verification: 'notify', followUp: 'notify', resolution: 'notify' } as const;
const pick = (length: number) => fc.nat({ max: length - 1 });
const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  choice: fc.nat({ max: 1_000 }),
  category: fc.option(pick(CATEGORIES.length), { nil: null }),
  kelurahan: fc.option(pick(KELURAHAN.length), { nil: null }),
  unit: pick(UNITS.length),
  byCoordinator: fc.boolean(),
  fixed: fc.option(fc.boolean(), { nil: null }),
  rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
});

const complaintScript: fc.Arbitrary<ComplaintScript> = fc.record({
  startHours: fc.integer({ min: 0, max: 24 * 40 }),
  channel: pick(CHANNELS.length),
  category: fc.option(pick(CATEGORIES.length), { nil: null }),
  kelurahan: fc.option(pick(KELURAHAN.length), { nil: null }),
  steps: fc.array(fc.record({ afterHours: fc.integer({ min: 1, max: 24 * 4 }), step: stepArbitrary }), { minLength: 2, maxLength: 12 }),
});

/** A few weeks of complaints, with the report's period and instant somewhere inside them. */
export const historyArbitrary = fc.record({
  scripts: fc.array(complaintScript, { minLength: 1, maxLength: 25 }),
  fromDays: fc.integer({ min: 0, max: 10 }),
  lengthDays: fc.integer({ min: 10, max: 60 }),
  asOfDays: fc.integer({ min: 5, max: 80 }),
});
export type GeneratedHistory = typeof historyArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The period and instant of a generated history's report. */
export function periodOf(history: GeneratedHistory): { from: string; to: string; asOf: string } {
  const day = 24 * HOUR;
  const from = START + history.fromDays * day;
  return {
    from: new Date(from).toISOString(),
    to: new Date(from + history.lengthDays * day).toISOString(),
    asOf: new Date(from + history.asOfDays * day).toISOString(),
  };
}

/**
 * Plays the scripts through a real desk (SP4N-LAPOR! SLA policy, the national calendar) on a
 * memory store, every step at its time in one timeline; steps the lifecycle refuses at that moment
 * are skipped, as late officers' and residents' acts are.
 */
export async function playHistory(history: GeneratedHistory): Promise<MemoryStore> {
  const store = createMemoryStore();
  const clock = createVirtualClock(new Date(START - HOUR));
  // Lapses are recorded, not escalated, so that most complaints stay on the usual road.
  const policy = { ...laporSlaPolicy, escalation: { levels: [{ level: 1, label: { id: 'Kepala unit' } }], onMissed: NOTIFY } };
  const desk = createDesk({ store, clock, deadlines: createSlaPolicy(policy, createWorkingCalendar()), keepStoreOpen: true });
  const agenda: { at: number; order: number; run: () => Promise<unknown> }[] = [];
  const ids: string[] = [];
  history.scripts.forEach((script, index) => {
    let at = START + script.startHours * HOUR;
    agenda.push({
      at,
      order: agenda.length,
      run: async () => {
        const { complaint } = await desk.receive(coordinator, {
          channel: CHANNELS[script.channel]!,
          title: `Aduan ${index + 1}`,
          description: 'Aduan warga Kota Pekalongan.',
          category: script.category === null ? undefined : CATEGORIES[script.category],
          location: script.kelurahan === null ? undefined : { kelurahan: KELURAHAN[script.kelurahan] },
        });
        ids[index] = complaint.id;
      },
    });
    for (const { afterHours, step } of script.steps) {
      at += afterHours * HOUR;
      const when = at;
      agenda.push({ at, order: agenda.length, run: () => act(index, step, when) });
    }
  });

  async function act(index: number, step: Step, at: number): Promise<unknown> {
    const complaintId = ids[index]!;
    const projection = await store.doLoadProjection(complaintId);
    if (!projection) return;
    const unitOfficer: Actor = projection.unitId === null ? coordinator : officerOf(projection.unitId);
    const resident: Actor = { id: projection.complainantId, role: 'complainant' };
    const target = { complaintId };
    const place = (kelurahan: number | null) => (kelurahan === null ? {} : { location: { kelurahan: KELURAHAN[kelurahan] } });
    const next = NEXT[projection.status] ?? ['sweep'];
    switch (next[step.choice % next.length]) {
      case 'verify':
        return desk.verify(coordinator, { ...target, ...(step.category === null ? {} : { category: CATEGORIES[step.category] }) });
      case 'requestInfo':
        return desk.requestInfo(coordinator, { ...target, message: 'Mohon lengkapi data.' });
      case 'provideInfo':
        return desk.provideInfo(resident, { ...target, message: 'Ini datanya.', ...place(step.kelurahan) });
      case 'followUp':
        return desk.followUp(resident, { ...target, message: 'Bagaimana perkembangannya?', ...place(step.kelurahan) });
      case 'dispose': {
        // Another unit than the one that has it: a re-disposition must move the complaint.
        const unit = UNITS.filter((candidate) => candidate !== projection.unitId)[step.unit % (UNITS.length - 1)]!;
        return desk.dispose(coordinator, { ...target, unitId: unit });
      }
      case 'returnNotOurs':
        return projection.unitId === null ? undefined : desk.returnNotOurs(unitOfficer, { ...target, reason: 'Bukan wewenang kami.' });
      case 'respond':
        return desk.respond(step.byCoordinator ? coordinator : unitOfficer, { ...target, message: 'Sudah ditindaklanjuti.' });
      case 'confirm':
        return desk.confirm(resident, target);
      case 'reopen':
        return desk.reopen(resident, { ...target, reason: 'Belum beres.' });
      case 'resolve':
        return desk.resolve(coordinator, target);
      case 'reject':
        return desk.reject(coordinator, { ...target, reason: 'not_eligible' });
      case 'escalate':
        return desk.escalate(coordinator, { ...target, level: projection.escalationLevel + 1, reason: 'Perlu perhatian pimpinan.' });
      case 'sweep':
        return desk.sweep({ now: new Date(at) });
      case 'handOver':
        return appendForeignEvent(store, complaintId, {
          type: 'complaint-handed-over',
          at: new Date(at).toISOString(),
          actor: coordinator,
          payload: { authority: 'Pemerintah Provinsi Jawa Tengah' },
        });
      case 'satisfaction':
        return appendForeignEvent(store, complaintId, {
          type: 'satisfaction/answered',
          at: new Date(at).toISOString(),
          actor: resident,
          payload: { fixed: step.fixed, rating: step.rating },
        });
    }
  }

  agenda.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const entry of agenda) {
    clock.advanceTo(new Date(entry.at));
    await entry.run().catch((error: unknown) => {
      if (!IllegalTransitionError.isInstance(error)) throw error;
    });
  }
  await desk.close();
  return store;
}
