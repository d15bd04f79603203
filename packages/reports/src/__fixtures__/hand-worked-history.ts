import { createDesk, type Desk } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, laporSlaPolicy } from '@aduan/core/sla';
import type { Actor, StoreV1 } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { appendForeignEvent } from './foreign-events.js';

export const coordinator: Actor = { id: 'admin-dinkominfo', role: 'coordinator' };
export const officerOf = (unitId: string): Actor => ({ id: `penghubung-${unitId}`, role: 'unit_officer', unitId });
const satisfactionActor: Actor = { id: 'plugin:satisfaction', role: 'system' };
const laporBridge: Actor = { id: 'plugin:lapor', role: 'system' };

/** The report instant of the hand-worked history: Friday 10 April 2026, 17:00 WIB. */
export const AS_OF = '2026-04-10T17:00:00+07:00';

/** Complaint ids of the history by their letter in the test's worked table. */
export type HistoryIds = Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H', string>;

/**
 * March and April 2026 around Idul Fitri 1447 H, through a real desk with the SP4N-LAPOR! SLA
 * policy (lapses recorded, never escalated) on a virtual clock. Wed 18 Mar is cuti bersama, Thu 19
 * Nyepi, Fri 20 cuti bersama, Sun 22 Idul Fitri, Mon 23 and Tue 24 cuti bersama, Fri 3 Apr Good
 * Friday. The test works out every figure by hand from the comments here.
 */
export async function playHandWorkedHistory(store: StoreV1): Promise<HistoryIds> {
  const clock = createVirtualClock('2026-02-20T02:00:00.000Z');
  const calendar = createWorkingCalendar();
  const deadlines = createSlaPolicy(
    {
      ...laporSlaPolicy,
      escalation: {
        levels: [{ level: 1, label: { id: 'Kepala unit' } }],
        onMissed: { verification: 'notify', followUp: 'notify', resolution: 'notify' },
      },
    },
    calendar,
  );
  const desk: Desk = createDesk({ store, clock, deadlines, keepStoreOpen: true });
  const at = (wib: string) => clock.advanceTo(`${wib}+07:00`);
  const receive = async (wib: string, input: { channel: string; title: string; category?: string; kelurahan?: string }) => {
    at(wib);
    const { complaint } = await desk.receive(coordinator, {
      channel: input.channel,
      title: input.title,
      description: `${input.title}, mohon ditindaklanjuti.`,
      category: input.category,
      location: input.kelurahan ? { kelurahan: input.kelurahan } : undefined,
      contact: { name: 'Warga Pekalongan' },
      anonim: false,
      rahasia: false,
    });
    return complaint;
  };

  // G: February, outside the period.
  const g = await receive('2026-02-23T09:00:00', { channel: 'web', title: 'Trotoar rusak' });

  // A: Mon 16 Mar; verified and disposed Tue 17; answered Fri 27 (3 HK: 25, 26, 27); confirmed Mon 30.
  const a = await receive('2026-03-16T09:00:00', {
    channel: 'lapor',
    title: 'Jalan berlubang di Jl. Hayam Wuruk',
    category: 'infrastruktur',
  });
  at('2026-03-17T10:00:00');
  await desk.verify(coordinator, { complaintId: a.id });
  at('2026-03-17T11:00:00');
  await desk.dispose(coordinator, { complaintId: a.id, unitId: 'dpupr' });

  // B: Wed 18 Mar (cuti bersama); verified Wed 25 (1 HK), disposed to the wrong unit, returned, re-disposed Fri 27.
  const b = await receive('2026-03-18T08:00:00', { channel: 'whatsapp', title: 'Drainase tersumbat', category: 'drainase' });
  // C: Thu 19 Mar (Nyepi); data asked Fri 20 (cuti bersama), given Wed 25 (1 HK) with the kelurahan.
  const c = await receive('2026-03-19T10:00:00', { channel: 'web', title: 'Sampah menumpuk di pasar' });
  at('2026-03-20T09:00:00');
  await desk.requestInfo(coordinator, { complaintId: c.id, message: 'Mohon sebutkan lokasi tepatnya.' });
  at('2026-03-25T09:00:00');
  await desk.verify(coordinator, { complaintId: b.id });
  at('2026-03-25T10:00:00');
  await desk.dispose(coordinator, { complaintId: b.id, unitId: 'disdukcapil' });
  at('2026-03-25T13:00:00');
  const residentC: Actor = { id: c.complainantId, role: 'complainant' };
  await desk.provideInfo(residentC, { complaintId: c.id, message: 'Di depan Pasar Banjarsari.', location: { kelurahan: 'Podosugih' } });
  at('2026-03-26T09:00:00');
  await desk.verify(coordinator, { complaintId: c.id, category: 'sampah' });
  at('2026-03-26T10:00:00');
  await desk.dispose(coordinator, { complaintId: c.id, unitId: 'dlh' });
  await desk.returnNotOurs(officerOf('disdukcapil'), { complaintId: b.id, reason: 'Bukan wewenang Disdukcapil.' });
  at('2026-03-27T09:00:00');
  await desk.dispose(coordinator, { complaintId: b.id, unitId: 'dpupr' });
  at('2026-03-27T10:00:00');
  await desk.respond(officerOf('dpupr'), { complaintId: a.id, message: 'Jalan sudah kami tambal pada 26 Maret 2026.' });

  // A confirmed Mon 30 Mar; C answered Mon 30 (2 HK: 27, 30), reopened, answered again and resolved Tue 31.
  const residentA: Actor = { id: a.complainantId, role: 'complainant' };
  at('2026-03-30T09:00:00');
  await desk.confirm(residentA, { complaintId: a.id });
  // D: Mon 30 Mar; verified and disposed Tue 31; never answered.
  const d = await receive('2026-03-30T09:30:00', { channel: 'whatsapp', title: 'Bantuan sosial belum cair', category: 'bantuan sosial' });
  at('2026-03-30T10:00:00');
  await desk.respond(officerOf('dlh'), { complaintId: c.id, message: 'Sampah sudah diangkut pagi ini.' });
  at('2026-03-30T15:00:00');
  await desk.reopen(residentC, { complaintId: c.id, reason: 'Masih ada tumpukan di sisi timur.' });
  at('2026-03-31T09:00:00');
  await desk.verify(coordinator, { complaintId: d.id });
  await desk.respond(officerOf('dlh'), { complaintId: c.id, message: 'Sisi timur sudah dibersihkan.' });
  at('2026-03-31T10:00:00');
  await desk.dispose(coordinator, { complaintId: d.id, unitId: 'dinsos' });
  await desk.resolve(coordinator, { complaintId: c.id });

  // E: Wed 1 Apr, rejected as spam Thu 2. F: Mon 6 Apr, handed over to LAPOR! Tue 7 (appended below).
  const e = await receive('2026-04-01T09:00:00', { channel: 'sms', title: 'Promo pulsa murah' });
  at('2026-04-02T09:00:00');
  await desk.reject(coordinator, { complaintId: e.id, reason: 'spam' });
  const f = await receive('2026-04-06T09:00:00', {
    channel: 'in_person',
    title: 'Jalan nasional Pantura rusak',
    category: 'infrastruktur',
  });

  // The sweep of Thu 9 Apr 09:00 records the lapsed follow-ups of B (due end of Mon 6 Apr) and D (end of Wed 8 Apr).
  at('2026-04-09T09:00:00');
  await desk.sweep();
  // B answered Thu 9 Apr 10:00: 8 HK after Fri 27 Mar (30, 31, 1, 2, 6, 7, 8, 9; Fri 3 Apr is Good Friday).
  at('2026-04-09T10:00:00');
  await desk.respond(officerOf('dpupr'), { complaintId: b.id, message: 'Saluran sudah dinormalisasi.' });
  // H: after the report instant.
  at('2026-04-10T18:00:00');
  const h = await receive('2026-04-10T18:00:00', { channel: 'web', title: 'Lampu jalan mati' });
  await desk.close();

  await appendForeignEvent(store, f.id, {
    type: 'complaint-handed-over',
    at: '2026-04-07T02:00:00.000Z',
    actor: laporBridge,
    payload: { authority: 'Kementerian PUPR', trackingId: '5049672' },
  });
  await appendForeignEvent(store, a.id, {
    type: 'satisfaction/answered',
    at: '2026-03-30T02:10:00.000Z',
    actor: satisfactionActor,
    payload: { fixed: true, rating: 5 },
  });
  await appendForeignEvent(store, c.id, {
    type: 'satisfaction/answered',
    at: '2026-03-31T04:00:00.000Z',
    actor: satisfactionActor,
    payload: { fixed: false, rating: 2, comment: 'Masih ada sampah.' },
  });
  await appendForeignEvent(store, c.id, {
    type: 'satisfaction/answered',
    at: '2026-04-01T02:00:00.000Z',
    actor: satisfactionActor,
    payload: { fixed: null, rating: 3 },
  });
  return { A: a.id, B: b.id, C: c.id, D: d.id, E: e.id, F: f.id, G: g.id, H: h.id };
}
