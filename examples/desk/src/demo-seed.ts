import { seedAccounts, type Accounts, type NewOfficerInput } from '@aduan/accounts';
import { createDesk } from '@aduan/core';
import type { RenderedTemplate } from '@aduan/plugin-templates';
import { InvalidInputError, VersionConflictError, type DeadlinePolicyV1 } from '@aduan/spec';
import { PEKALONGAN_UNITS } from '@aduan/simulation';
import type { SqlStore } from '@aduan/store-postgres';
import type { DeskConfig } from './config.js';
import { createDeskPlugins } from './desk-plugins.js';
import { DEMO_TEMPLATES } from './demo-templates.js';
import { CHANNEL_LABELS, wibDate } from './format.js';
import type { PluginName } from './plugin-names.js';
import { unitName } from './units.js';

/** The demo password of every demo account (printed at start; change it for anything but a demo). */
export const DEMO_PASSWORD = 'pekalongan-batik-2025';

/**
 * One demo account per role, a second unit officer so unit isolation can be seen, and the head of
 * DPUPR, who approves the unit's answers when the city switches sign-off on for it.
 */
export const DEMO_ACCOUNTS: readonly NewOfficerInput[] = [
  { username: 'koordinator', displayName: 'Siti Aminah (Diskominfo)', role: 'coordinator', password: DEMO_PASSWORD },
  { username: 'petugas.dpupr', displayName: 'Budi Santoso (DPUPR)', role: 'unit_officer', unitId: 'dpupr', password: DEMO_PASSWORD },
  { username: 'petugas.dinkes', displayName: 'Rina Wulandari (Dinkes)', role: 'unit_officer', unitId: 'dinkes', password: DEMO_PASSWORD },
  { username: 'pimpinan', displayName: 'Drs. Hadi Prasetyo (Sekda)', role: 'supervisor', password: DEMO_PASSWORD },
  {
    username: 'kepala.dpupr',
    displayName: 'Ir. Slamet Riyadi (Kepala DPUPR)',
    role: 'supervisor',
    unitId: 'dpupr',
    password: DEMO_PASSWORD,
  },
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

/** Options of {@link seedDemoCity}. */
export interface DemoSeedOptions {
  store: SqlStore;
  accounts: Accounts;
  deadlines: DeadlinePolicyV1;
  now: Date;
  complaints?: number;
  /** The plugins the desk runs, so the demo shows what they do (templates, satisfaction, duplicates, sign-off); default none. */
  plugins?: Pick<DeskConfig, 'plugins' | 'replyHoldBack' | 'signOffUnits'>;
  /** The desk's pseudonym key, so the demo residents are the residents the running desk recognises. */
  pseudonymKey?: string;
}

/** A fictional phone number per demo complaint (the demo's messages are never sent; see `settleDemoOutbox`). */
const demoPhone = (i: number) => `62800${String(1_000_000 + i)}`;

/**
 * The demo city's messages to residents (acknowledgements, answers, "Sudah beres?") were written
 * with the acts; none of them is to leave, so they are settled as not sent before any relay runs.
 */
async function settleDemoOutbox(store: SqlStore, now: Date): Promise<void> {
  if (!store.capabilities.outbox) return;
  for (;;) {
    const claimed = await store.doClaimOutbox({ now: now.toISOString(), limit: 500, leaseMs: 60_000 });
    if (claimed.length === 0) return;
    for (const message of claimed) {
      await store.doSettleOutbox(message.id, { outcome: 'dead', error: 'kota demo: pesan contoh tidak dikirim', at: now.toISOString() });
    }
  }
}

/**
 * Seeds the demo city into an empty database: the demo accounts, and `complaints` complaints of
 * the Pekalongan units over the last six weeks, each acted out through a desk on a clock set to
 * the moment of each act (so every clock, history and hash is real). With the city's plugins the
 * demo also has reply templates (the acknowledgement on receipt, answers started from a template),
 * WhatsApp and SMS residents answering "Sudah beres?" (some "belum", which reopens their complaint),
 * similar complaints for duplicate suggestions, and, in a unit that signs off, drafts approved by
 * the unit's head. Stops early at a complaint that already exists (a second process seeding at
 * once): accounts and complaints are never doubled.
 */
export async function seedDemoCity(options: DemoSeedOptions): Promise<DemoSeedReport> {
  const report = await seedAccounts(options.accounts, DEMO_ACCOUNTS);
  const count = options.complaints ?? 150;
  if (report.created.length === 0) return { accountsCreated: [], complaints: 0 };
  const idOf = async (username: string) => (await options.accounts.findByUsername(username))?.id ?? `demo-${username}`;
  const coordinator = { id: await idOf('koordinator'), role: 'coordinator' as const };
  const officers = new Map([
    ['dpupr', await idOf('petugas.dpupr')],
    ['dinkes', await idOf('petugas.dinkes')],
  ]);
  const heads = new Map([['dpupr', await idOf('kepala.dpupr')]]);
  const settings = options.plugins ?? { plugins: [], replyHoldBack: 'never' as const, signOffUnits: [] };
  const on = (name: PluginName) => settings.plugins.includes(name);
  const signsOff = (unitId: string) => on('sign-off') && settings.signOffUnits.includes(unitId);
  let at = options.now.getTime() - 42 * DAY;
  const { plugins, templateStore } = createDeskPlugins(settings, options.store);
  const desk = createDesk({
    store: options.store,
    deadlines: options.deadlines,
    clock: { now: () => new Date(at) },
    keepStoreOpen: true,
    plugins,
    ...(options.pseudonymKey ? { pseudonymKey: options.pseudonymKey } : {}),
  });
  const random = randomFrom(1708);
  let seeded = 0;
  const channels = Object.keys(CHANNEL_LABELS).filter((channel) => channel !== 'open311');
  try {
    if (on('templates')) {
      for (const template of DEMO_TEMPLATES) {
        // Another process seeding at once saved it first: the same template, so nothing is lost.
        await desk.runPluginCommand(coordinator, 'templates', 'save', { template, expectedVersion: 0 }).catch((error: unknown) => {
          if (!VersionConflictError.isInstance(error)) throw error;
        });
      }
    }
    for (; seeded < count; seeded++) {
      const i = seeded;
      const arrival = options.now.getTime() - 42 * DAY + (i / count) * 41 * DAY;
      const unit = random.pick(PEKALONGAN_UNITS);
      const category = random.pick(unit.categories);
      const kelurahan = random.pick(KELURAHAN);
      at = arrival;
      const secret = random.next() < 0.15;
      const channel = random.pick(channels);
      const name = random.pick(['Ahmad', 'Sri', 'Joko', 'Wati', 'Agus', 'Nur']);
      const description = `Warga melaporkan masalah ${category} di Kelurahan ${kelurahan}. Mohon segera ditindaklanjuti.`;
      const address = `Jl. ${kelurahan} No. ${1 + Math.floor(random.next() * 90)}`;
      // WhatsApp and SMS complaints arrive as their messages do, so the desk knows their residents when they answer "Sudah beres?".
      const messaging = channel === 'whatsapp' || channel === 'sms';
      const { complaint, duplicate } = messaging
        ? await desk
            .routeInbound({
              channel,
              messageId: `demo-${i}`,
              receivedAt: new Date(at).toISOString(),
              senderAddress: demoPhone(i),
              contact: channel === 'whatsapp' ? { name, whatsapp: demoPhone(i) } : { name, phone: demoPhone(i) },
              text: `Keluhan ${category} di ${kelurahan}. ${description}`,
              attachments: [],
              location: { kelurahan, address },
            })
            .then((routed) => {
              // The demo's own messages are well formed: a quarantine would be a fault of this seed.
              if (routed.outcome === 'quarantined') throw new InvalidInputError('demo message', [{ path: 'text', message: routed.reason }]);
              return { complaint: routed.complaint, duplicate: routed.outcome === 'duplicate' };
            })
        : await desk.receive(coordinator, {
            channel,
            channelMessageId: `demo-${i}`,
            title: `Keluhan ${category} di ${kelurahan}`,
            description,
            category,
            location: { kelurahan, address },
            contact: { name },
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
      if (!(await step(20, () => desk.verify(coordinator, { complaintId: id, classification: 'pengaduan', category })))) continue;
      if (stage < 0.3) continue; // ready to dispose
      if (!(await step(6, () => desk.dispose(coordinator, { complaintId: id, unitId: unit.id })))) continue;
      if (stage < 0.6) continue; // with the unit
      const officer = { id: officers.get(unit.id) ?? `penghubung-${unit.id}`, role: 'unit_officer' as const, unitId: unit.id };
      const answer = async () => {
        const templateId =
          on('templates') && random.next() < 0.5 ? (category === 'infrastruktur' ? 'jalan-ditambal' : 'jawaban-ditangani') : null;
        const message = templateId
          ? ((await desk.runPluginCommand(officer, 'templates', 'render', { complaintId: id, templateId })) as RenderedTemplate).text
          : demoReply(unit.id, category, kelurahan, new Date(at));
        if (signsOff(unit.id)) await desk.runPluginCommand(officer, 'sign-off', 'submit-draft', { complaintId: id, message });
        else await desk.respond(officer, { complaintId: id, message });
        if (templateId) await desk.runPluginCommand(officer, 'templates', 'record-use', { complaintId: id, templateId });
      };
      if (!(await step(unit.medianResponseDays * 24, answer))) continue;
      if (signsOff(unit.id)) {
        const head = heads.get(unit.id);
        // A unit without a demo head keeps its drafts waiting, as a real one would.
        if (!head) continue;
        const approver = { id: head, role: 'supervisor' as const, unitId: unit.id };
        if (!(await step(4, () => desk.runPluginCommand(approver, 'sign-off', 'approve', { complaintId: id })))) continue;
      }
      if (on('satisfaction') && messaging) {
        // Some residents answer "Sudah beres?"; a "belum" reopens the complaint to its unit.
        const reply = random.pick(['Sudah beres, 5 terima kasih', 'sudah 4', 'Belum, 2 masih sama seperti kemarin', 'sudah']);
        await step(10, () =>
          desk.routeInbound({
            channel,
            messageId: `demo-jawaban-${i}`,
            receivedAt: new Date(at).toISOString(),
            senderAddress: demoPhone(i),
            contact: channel === 'whatsapp' ? { whatsapp: demoPhone(i) } : { phone: demoPhone(i) },
            text: reply,
            attachments: [],
          }),
        );
        continue;
      }
      if (stage < 0.8) continue; // waiting for the resident
      await step(30, () => desk.resolve(coordinator, { complaintId: id, note: 'Dikonfirmasi warga lewat telepon.' }));
    }
    await settleDemoOutbox(options.store, options.now);
  } finally {
    await desk.close();
    await templateStore?.close();
  }
  return { accountsCreated: report.created, complaints: seeded };
}
