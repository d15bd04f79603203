import { seedAccounts, type Accounts, type NewOfficerInput } from '@aduan/accounts';
import { createDesk } from '@aduan/core';
import type { DeadlinePolicyV1, StoreV1 } from '@aduan/spec';
import { PEKALONGAN_UNITS } from '@aduan/simulation';
import { CHANNEL_LABELS, wibDate } from './format.js';
import { unitName } from './units.js';

/** The demo password of every demo account (printed at start; change it for anything but a demo). */
export const DEMO_PASSWORD = 'pekalongan-batik-2025';

/** One demo account per role, and a second unit officer so unit isolation can be seen. */
export const DEMO_ACCOUNTS: readonly NewOfficerInput[] = [
  { username: 'koordinator', displayName: 'Siti Aminah (Diskominfo)', role: 'coordinator', password: DEMO_PASSWORD },
  { username: 'petugas.dpupr', displayName: 'Budi Santoso (DPUPR)', role: 'unit_officer', unitId: 'dpupr', password: DEMO_PASSWORD },
  { username: 'petugas.dinkes', displayName: 'Rina Wulandari (Dinkes)', role: 'unit_officer', unitId: 'dinkes', password: DEMO_PASSWORD },
  { username: 'pimpinan', displayName: 'Drs. Hadi Prasetyo (Sekda)', role: 'supervisor', password: DEMO_PASSWORD },
  { username: 'auditor', displayName: 'Dewi Lestari (Inspektorat)', role: 'auditor', password: DEMO_PASSWORD },
];

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const KELURAHAN = ['Kraton Kidul', 'Bendan Kergon', 'Podosugih', 'Medono', 'Panjang Wetan', 'Kauman', 'Poncol', 'Noyontaansari'];

/** A small deterministic random source (mulberry32), so every demo city is the same. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

/**
 * The demo city's answer to a complaint: greeting, thanks, the action taken, its day and the unit,
 * and a closing with the unit's name, so that reply review finds nothing to change.
 */
export function demoReply(unitId: string, category: string, kelurahan: string, at: Date): string {
  const name = unitName(unitId);
  return (
    `Selamat siang Bapak/Ibu, terima kasih atas laporannya. Petugas ${name} telah memeriksa dan menangani masalah ${category} ` +
    `di Kelurahan ${kelurahan} pada ${wibDate(at)}. Salam, ${name}.`
  );
}

export interface DemoSeedReport {
  accountsCreated: string[];
  complaints: number;
}

/**
 * Seeds the demo city into an empty database: the demo accounts, and `complaints` complaints of
 * the Pekalongan units over the last six weeks, each acted out through a desk on a clock set to
 * the moment of each act (so every clock, history and hash is real). Stops early at a complaint
 * that already exists (a second process seeding at once): accounts and complaints are never doubled.
 */
export async function seedDemoCity(options: {
  store: StoreV1;
  accounts: Accounts;
  deadlines: DeadlinePolicyV1;
  now: Date;
  complaints?: number;
}): Promise<DemoSeedReport> {
  const report = await seedAccounts(options.accounts, DEMO_ACCOUNTS);
  const count = options.complaints ?? 150;
  if (report.created.length === 0) return { accountsCreated: [], complaints: 0 };
  const idOf = async (username: string) => (await options.accounts.findByUsername(username))?.id ?? `demo-${username}`;
  const coordinator = { id: await idOf('koordinator'), role: 'coordinator' as const };
  const officers = new Map([
    ['dpupr', await idOf('petugas.dpupr')],
    ['dinkes', await idOf('petugas.dinkes')],
  ]);
  let at = options.now.getTime() - 42 * DAY;
  const desk = createDesk({ store: options.store, deadlines: options.deadlines, clock: { now: () => new Date(at) }, keepStoreOpen: true });
  const random = randomFrom(1708);
  let seeded = 0;
  const channels = Object.keys(CHANNEL_LABELS).filter((channel) => channel !== 'open311');
  try {
    for (; seeded < count; seeded++) {
      const i = seeded;
      const arrival = options.now.getTime() - 42 * DAY + (i / count) * 41 * DAY;
      const unit = random.pick(PEKALONGAN_UNITS);
      const category = random.pick(unit.categories);
      const kelurahan = random.pick(KELURAHAN);
      at = arrival;
      const secret = random.next() < 0.15;
      const { complaint, duplicate } = await desk.receive(coordinator, {
        channel: random.pick(channels),
        channelMessageId: `demo-${i}`,
        title: `Keluhan ${category} di ${kelurahan}`,
        description: `Warga melaporkan masalah ${category} di Kelurahan ${kelurahan}. Mohon segera ditindaklanjuti.`,
        category,
        location: { kelurahan, address: `Jl. ${kelurahan} No. ${1 + Math.floor(random.next() * 90)}` },
        contact: { name: random.pick(['Ahmad', 'Sri', 'Joko', 'Wati', 'Agus', 'Nur']) },
        anonim: secret,
        rahasia: secret,
      });
      // Another process is seeding the same city (same messages, same order): leave the rest to it.
      if (duplicate) break;
      const step = async (hours: number, act: () => Promise<unknown>) => {
        const next = at + hours * HOUR;
        if (next >= options.now.getTime()) return false;
        at = next;
        await act();
        return true;
      };
      const id = complaint.id;
      const stage = random.next();
      if (stage < 0.12) continue; // still new
      if (stage < 0.18) {
        await step(5, () => desk.requestInfo(coordinator, { complaintId: id, message: 'Mohon lengkapi alamat lengkap lokasi.' }));
        continue;
      }
      if (stage < 0.22) {
        await step(3, () => desk.reject(coordinator, { complaintId: id, reason: 'spam' }));
        continue;
      }
      if (!(await step(20, () => desk.verify(coordinator, { complaintId: id, classification: 'pengaduan' })))) continue;
      if (stage < 0.3) continue; // ready to dispose
      if (!(await step(6, () => desk.dispose(coordinator, { complaintId: id, unitId: unit.id })))) continue;
      if (stage < 0.6) continue; // with the unit
      const officer = { id: officers.get(unit.id) ?? `penghubung-${unit.id}`, role: 'unit_officer' as const, unitId: unit.id };
      const answered = await step(unit.medianResponseDays * 24, () =>
        desk.respond(officer, { complaintId: id, message: demoReply(unit.id, category, kelurahan, new Date(at)) }),
      );
      if (!answered || stage < 0.8) continue; // waiting for the resident
      await step(30, () => desk.resolve(coordinator, { complaintId: id, note: 'Dikonfirmasi warga lewat telepon.' }));
    }
  } finally {
    await desk.close();
  }
  return { accountsCreated: report.created, complaints: seeded };
}
