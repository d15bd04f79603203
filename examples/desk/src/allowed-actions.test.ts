import { createDesk, createMemoryStore, type Desk } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import { ForbiddenError, type Actor, type ComplaintStatus, type OfficerRole } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { allowedActions, type DeskAction } from './allowed-actions.js';
import { runAction } from './run-action.js';

const clock = createVirtualClock('2026-03-03T02:00:00.000Z');
const desk: Desk = createDesk({
  store: createMemoryStore(),
  clock,
  deadlines: createSlaPolicy(slaPresets.pekalongan, createWorkingCalendar()),
});
const actors: Record<OfficerRole, Actor> = {
  coordinator: { id: 'k', role: 'coordinator' },
  unit_officer: { id: 'u', role: 'unit_officer', unitId: 'dpupr' },
  supervisor: { id: 's', role: 'supervisor', unitId: 'dpupr' },
  auditor: { id: 'a', role: 'auditor' },
};
const k = actors.coordinator;

/** What an officer would type into each action's form. */
const FORMS: Record<DeskAction, Record<string, string>> = {
  verify: { classification: 'pengaduan', category: 'drainase' },
  requestInfo: { message: 'Mohon lengkapi lokasi.' },
  reject: { reason: 'spam' },
  dispose: { unitId: 'dlh' },
  returnNotOurs: { reason: 'Bukan wewenang kami.' },
  respond: { message: 'Sudah kami tangani.' },
  resolve: { note: 'Selesai.' },
  escalate: { level: '2', reason: 'Perlu pimpinan.' },
  merge: { intoTrackingNumber: '' },
  reopen: { reason: 'Belum beres di lapangan.' },
  handOver: { authority: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Tengah', reason: 'Jalan nasional, bukan jalan kota.' },
};

/** A fresh complaint of unit dpupr brought to `status` through the desk. */
async function complaintIn(status: ComplaintStatus): Promise<string> {
  const { complaint } = await desk.receive(k, { channel: 'web', title: 'Uji', description: 'Uji', contact: { name: 'W' } });
  const id = complaint.id;
  if (status === 'received') return id;
  if (status === 'handed_over') return (await desk.handOver(k, { complaintId: id, authority: 'BBPJN', reason: 'Jalan nasional' })).id;
  if (status === 'needs_info') return (await desk.requestInfo(k, { complaintId: id, message: 'Data?' })).id;
  await desk.verify(k, { complaintId: id });
  if (status === 'verified') return id;
  if (status === 'escalated') return (await desk.escalate(k, { complaintId: id, level: 1, reason: 'Naik' })).id;
  await desk.dispose(k, { complaintId: id, unitId: 'dpupr' });
  if (status === 'disposed') return id;
  await desk.respond(actors.unit_officer, { complaintId: id, message: 'Jawab' });
  if (status === 'responded') return id;
  throw new Error(`no road to ${status} here`);
}

describe('allowedActions', () => {
  const statuses: ComplaintStatus[] = ['received', 'needs_info', 'verified', 'disposed', 'responded', 'escalated', 'handed_over'];
  for (const status of statuses) {
    for (const role of Object.keys(actors) as OfficerRole[]) {
      it(`offers ${role} in ${status} only actions the desk then accepts`, async () => {
        const probe = await complaintIn(status);
        // A reader the desk refuses never gets the page, so nothing is offered to it.
        const view = await desk.get(actors[role], probe).catch((error: unknown) => {
          if (ForbiddenError.isInstance(error)) return undefined;
          throw error;
        });
        const offered = view ? allowedActions(role, view, clock.now()) : [];
        if (role === 'supervisor' || role === 'auditor') expect(offered).toEqual([]);
        for (const action of offered) {
          const id = await complaintIn(status);
          const form = { ...FORMS[action] };
          if (action === 'merge') form.intoTrackingNumber = (await desk.get(k, await complaintIn('received'))).trackingNumber;
          await expect(runAction(desk, actors[role], action, id, form)).resolves.toMatchObject({ id });
        }
      });
    }
  }

  it('offers a reopen only while the confirmation window is open', async () => {
    const id = await complaintIn('responded');
    expect(allowedActions('coordinator', await desk.get(k, id), clock.now())).toContain('reopen');
    clock.advanceBy(11 * 24 * 60 * 60 * 1000);
    expect(allowedActions('coordinator', await desk.get(k, id), clock.now())).not.toContain('reopen');
  });

  it('offers the hand-over to SP4N-LAPOR! to coordinators only, before disposition and after a unit’s return', async () => {
    for (const status of ['received', 'verified'] as const) {
      const view = await desk.get(k, await complaintIn(status));
      expect(allowedActions('coordinator', view, clock.now())).toContain('handOver');
      expect(allowedActions('unit_officer', view, clock.now())).not.toContain('handOver');
    }
    const id = await complaintIn('disposed');
    expect(allowedActions('coordinator', await desk.get(k, id), clock.now())).not.toContain('handOver');
    await desk.returnNotOurs(actors.unit_officer, { complaintId: id, reason: 'Jalan nasional.' });
    expect(allowedActions('coordinator', await desk.get(k, id), clock.now())).toContain('handOver');
    await expect(runAction(desk, k, 'handOver', id, FORMS.handOver)).resolves.toMatchObject({ id, status: 'handed_over' });
  });

  it('offers nothing on a final complaint', async () => {
    const id = await complaintIn('received');
    await desk.reject(k, { complaintId: id, reason: 'spam' });
    for (const role of Object.keys(actors) as OfficerRole[]) expect(allowedActions(role, await desk.get(k, id), clock.now())).toEqual([]);
  });
});
