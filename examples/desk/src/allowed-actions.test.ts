import { createDesk, createMemoryStore, type Desk } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import { pendingDraft, signOff } from '@aduan/plugin-sign-off';
import { ForbiddenError, type Actor, type ComplaintStatus, type OfficerRole, type PluginV2 } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { allowedActions, type DeskAction } from './allowed-actions.js';
import { runAction } from './run-action.js';

const clock = createVirtualClock('2026-03-03T02:00:00.000Z');
const deskWith = (plugins: PluginV2[]): Desk =>
  createDesk({ store: createMemoryStore(), clock, deadlines: createSlaPolicy(slaPresets.pekalongan, createWorkingCalendar()), plugins });
const desk = deskWith([]);
/** A desk whose unit dpupr signs off its answers. */
const signing = deskWith([signOff({ units: { dpupr: {} } })]);
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
  submitDraft: { message: 'Sudah kami tambal pada Selasa.' },
  approveDraft: {},
  returnDraft: { comment: 'Sebutkan tanggal penambalan.' },
};

/** A fresh complaint of unit dpupr brought to `status` through the desk (without sign-off). */
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
        const offered = view ? allowedActions(actors[role], view, clock.now()) : [];
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
    expect(allowedActions(k, await desk.get(k, id), clock.now())).toContain('reopen');
    clock.advanceBy(11 * 24 * 60 * 60 * 1000);
    expect(allowedActions(k, await desk.get(k, id), clock.now())).not.toContain('reopen');
  });

  it('offers the hand-over to SP4N-LAPOR! to coordinators only, before disposition and after a unit’s return', async () => {
    for (const status of ['received', 'verified'] as const) {
      const view = await desk.get(k, await complaintIn(status));
      expect(allowedActions(k, view, clock.now())).toContain('handOver');
      expect(allowedActions(actors.unit_officer, view, clock.now())).not.toContain('handOver');
    }
    const id = await complaintIn('disposed');
    expect(allowedActions(k, await desk.get(k, id), clock.now())).not.toContain('handOver');
    await desk.returnNotOurs(actors.unit_officer, { complaintId: id, reason: 'Jalan nasional.' });
    expect(allowedActions(k, await desk.get(k, id), clock.now())).toContain('handOver');
    await expect(runAction(desk, k, 'handOver', id, FORMS.handOver)).resolves.toMatchObject({ id, status: 'handed_over' });
  });

  it('offers nothing on a final complaint', async () => {
    const id = await complaintIn('received');
    await desk.reject(k, { complaintId: id, reason: 'spam' });
    for (const role of Object.keys(actors) as OfficerRole[]) {
      expect(allowedActions(actors[role], await desk.get(k, id), clock.now())).toEqual([]);
    }
  });
});

/** The states a complaint of a unit that signs off can be in: the lifecycle's, and "a draft waits" (by the officer or by the head). */
type SigningState = ComplaintStatus | 'draft-by-officer' | 'draft-by-head';

/** A fresh complaint of dpupr on the signing desk, brought to `state` (an answer goes through a draft and its approval). */
async function signingComplaintIn(state: SigningState): Promise<string> {
  const { complaint } = await signing.receive(k, { channel: 'web', title: 'Uji', description: 'Uji', contact: { name: 'W' } });
  const id = complaint.id;
  if (state === 'received') return id;
  await signing.verify(k, { complaintId: id });
  if (state === 'verified') return id;
  if (state === 'escalated') {
    await signing.escalate(k, { complaintId: id, level: 1, reason: 'Naik' });
    await signing.dispose(k, { complaintId: id, unitId: 'dpupr' });
    await signing.escalate(k, { complaintId: id, level: 2, reason: 'Naik lagi' });
    return id;
  }
  await signing.dispose(k, { complaintId: id, unitId: 'dpupr' });
  if (state === 'disposed') return id;
  const drafter = state === 'draft-by-head' ? actors.supervisor : actors.unit_officer;
  await signing.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: id, message: 'Jawab' });
  if (state === 'draft-by-officer' || state === 'draft-by-head') return id;
  await signing.runPluginCommand(actors.supervisor, 'sign-off', 'approve', { complaintId: id });
  if (state === 'responded') return id;
  throw new Error(`no road to ${state} here`);
}

/** What the complaint page reads for the sign-off state of a complaint. */
async function signOffStateOf(id: string) {
  const draft = pendingDraft(await signing.history(k, id));
  return draft ? { required: true, pendingDraftBy: draft.by.id } : { required: true };
}

describe('allowedActions where the unit signs off its answers', () => {
  const states: SigningState[] = ['received', 'verified', 'disposed', 'draft-by-officer', 'draft-by-head', 'responded', 'escalated'];
  for (const state of states) {
    for (const role of Object.keys(actors) as OfficerRole[]) {
      it(`offers ${role} in ${state} only actions the desk and the plugin then accept`, async () => {
        const probe = await signingComplaintIn(state);
        const view = await signing.get(actors[role], probe).catch((error: unknown) => {
          if (ForbiddenError.isInstance(error)) return undefined;
          throw error;
        });
        const offered = view ? allowedActions(actors[role], view, clock.now(), await signOffStateOf(probe)) : [];
        expect(offered).not.toContain('respond');
        for (const action of offered) {
          const id = await signingComplaintIn(state);
          const form = { ...FORMS[action] };
          if (action === 'merge') form.intoTrackingNumber = (await signing.get(k, await signingComplaintIn('received'))).trackingNumber;
          if (action === 'escalate') form.level = String((await signing.get(k, id)).escalationLevel + 1);
          await expect(runAction(signing, actors[role], action, id, form)).resolves.toMatchObject({ id });
        }
      });
    }
  }

  it('offers the unit officer the draft form, and the head of the unit approval and return of it', async () => {
    const id = await signingComplaintIn('draft-by-officer');
    const state = await signOffStateOf(id);
    const view = await signing.get(k, id);
    expect(allowedActions(actors.unit_officer, view, clock.now(), state)).toEqual(['submitDraft', 'returnNotOurs']);
    expect(allowedActions(actors.supervisor, view, clock.now(), state)).toEqual(['submitDraft', 'approveDraft', 'returnDraft']);
    // A head of another unit, and a city-wide one, have nothing to approve here.
    expect(allowedActions({ id: 's2', role: 'supervisor', unitId: 'dinkes' }, view, clock.now(), state)).toEqual([]);
    expect(allowedActions({ id: 's3', role: 'supervisor' }, view, clock.now(), state)).toEqual([]);
    // The coordinator can no longer answer directly: only through the unit's draft.
    expect(allowedActions(k, view, clock.now(), state)).toEqual(['dispose', 'escalate']);
  });

  it('never offers a drafter the approval of their own draft, which the plugin refuses', async () => {
    const id = await signingComplaintIn('draft-by-head');
    const view = await signing.get(k, id);
    expect(allowedActions(actors.supervisor, view, clock.now(), await signOffStateOf(id))).not.toContain('approveDraft');
    await expect(runAction(signing, actors.supervisor, 'approveDraft', id, {})).rejects.toSatisfy(ForbiddenError.isInstance);
  });
});
