import { createDesk, createMemoryStore, type Desk, type MemoryStore } from '@aduan/core';
import { AduanError, type Actor, type AduanErrorCode, type Clock, type StoredEvent } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { pendingDraft, signOff, signOffTrail } from './index.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PUPR = 'dinas-pupr';
const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' } as const satisfies Actor;
const resident = { id: 'warga-budi', role: 'complainant' } as const satisfies Actor;
const drafter = { id: 'staf-pupr', role: 'unit_officer', unitId: PUPR } as const satisfies Actor;
const penghubung = { id: 'penghubung-pupr', role: 'unit_officer', unitId: PUPR } as const satisfies Actor;
const kepala = { id: 'kabid-pupr', role: 'supervisor', unitId: PUPR } as const satisfies Actor;
const otherHead = { id: 'kabid-dinkes', role: 'supervisor', unitId: 'dinas-kesehatan' } as const satisfies Actor;
const dinkesOfficer = { id: 'staf-dinkes', role: 'unit_officer', unitId: 'dinas-kesehatan' } as const satisfies Actor;

interface World {
  desk: Desk;
  store: MemoryStore;
  advance(ms: number): void;
}

function world(): World {
  let now = Date.parse('2025-03-03T02:00:00.000Z');
  const clock: Clock = { now: () => new Date(now) };
  const store = createMemoryStore();
  const desk = createDesk({ store, clock, plugins: [signOff({ units: { [PUPR]: { approvers: [penghubung.id] } } })] });
  return {
    desk,
    store,
    advance: (ms) => {
      now += ms;
    },
  };
}

async function disposed(desk: Desk, unitId = PUPR): Promise<{ id: string; tracking: string }> {
  const { complaint } = await desk.receive(resident, {
    channel: 'web',
    title: 'Jalan berlubang',
    description: 'Lubang besar di depan SD Negeri 1.',
  });
  await desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
  await desk.dispose(coordinator, { complaintId: complaint.id, unitId });
  return { id: complaint.id, tracking: complaint.trackingNumber };
}

async function refused(promise: Promise<unknown>, code: AduanErrorCode): Promise<AduanError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(AduanError.hasCode(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
  return error as AduanError;
}

const DRAFT = 'Terima kasih atas laporan Bapak. Lubang sudah kami tambal pada hari Selasa. Salam, Dinas PUPR.';
const types = (events: readonly StoredEvent[]) => events.map((event) => event.type);

describe('sign-off on the desk', () => {
  it('holds back a direct answer in a unit that signs off, and only there', async () => {
    const { desk, store } = world();
    const { id } = await disposed(desk);
    const before = store.contents();

    const error = await refused(desk.respond(drafter, { complaintId: id, message: DRAFT }), 'plugin_rejected');

    expect(error.message).toContain('jawaban unit "dinas-pupr" perlu persetujuan');
    expect(store.contents()).toEqual(before);
    const elsewhere = await disposed(desk, 'dinas-kesehatan');
    expect((await desk.respond(dinkesOfficer, { complaintId: elsewhere.id, message: 'Sudah kami periksa.' })).status).toBe('responded');
  });

  it('keeps a draft internal: no state change, nothing public, nothing sent, and the clock keeps running', async () => {
    const { desk, store } = world();
    const { id, tracking } = await disposed(desk);
    const { status, deadline, dueAt } = await desk.get(coordinator, id);

    await desk.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: id, message: DRAFT });

    expect(await desk.get(coordinator, id)).toMatchObject({ status, deadline, dueAt });
    expect(JSON.stringify(await desk.track(tracking))).not.toContain('tambal');
    expect(types(await desk.history(resident, id)).some((type) => type.startsWith('sign-off/'))).toBe(false);
    expect(store.contents().outbox.some((row) => row.body.includes('tambal'))).toBe(false);
    expect(pendingDraft(await desk.history(kepala, id))).toMatchObject({ message: DRAFT, by: drafter });
  });

  it('a supervisor’s approval publishes the draft in the drafter’s name, in one append, at the approval', async () => {
    const { desk, store, advance } = world();
    const { id, tracking } = await disposed(desk);
    await desk.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: id, message: DRAFT });
    advance(DAY_MS);

    const summary = await desk.runPluginCommand(kepala, 'sign-off', 'approve', { complaintId: id, comment: 'Sudah sesuai.' });

    expect(summary).toMatchObject({ id, status: 'responded' });
    const [approval, answer] = store.contents().events.slice(-2) as [StoredEvent, StoredEvent];
    expect([approval.type, approval.actor, approval.payload]).toEqual(['sign-off/draft-approved', kepala, { comment: 'Sudah sesuai.' }]);
    expect([answer.type, answer.actor.id, answer.payload['message'], answer.at]).toEqual([
      'complaint-responded',
      drafter.id,
      DRAFT,
      approval.at,
    ]);
    expect((await desk.track(tracking)).answers).toEqual([{ at: answer.at, message: DRAFT }]);
    expect(signOffTrail(await desk.history(coordinator, id)).map(({ step, by }) => [step, by.id])).toEqual([
      ['submitted', drafter.id],
      ['approved', kepala.id],
    ]);
    expect(await desk.verifyHistory(id)).toMatchObject({ ok: true });
  });

  it('a returned draft carries the comment; the revised draft is approved by the unit’s pejabat penghubung', async () => {
    const { desk } = world();
    const { id } = await disposed(desk);
    await desk.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: id, message: 'Sudah.' });

    await desk.runPluginCommand(kepala, 'sign-off', 'return', {
      complaintId: id,
      comment: 'Sebutkan tanggal dan tindakan yang dilakukan.',
    });
    await refused(desk.runPluginCommand(kepala, 'sign-off', 'approve', { complaintId: id }), 'illegal_transition');
    await desk.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: id, message: DRAFT });
    await desk.runPluginCommand(penghubung, 'sign-off', 'approve', { complaintId: id });

    const trail = signOffTrail(await desk.history(coordinator, id));
    expect(trail.map(({ step, text }) => [step, text])).toEqual([
      ['submitted', 'Sudah.'],
      ['returned', 'Sebutkan tanggal dan tindakan yang dilakukan.'],
      ['submitted', DRAFT],
      ['approved', null],
    ]);
    expect((await desk.get(coordinator, id)).status).toBe('responded');
  });

  it('only the unit’s designated approvers, never the drafter, and only for a waiting draft; nothing written when refused', async () => {
    const { desk, store } = world();
    const { id } = await disposed(desk);
    await refused(desk.runPluginCommand(kepala, 'sign-off', 'approve', { complaintId: id }), 'illegal_transition');
    await desk.runPluginCommand(penghubung, 'sign-off', 'submit-draft', { complaintId: id, message: DRAFT });
    const before = store.contents();

    const own = await refused(desk.runPluginCommand(penghubung, 'sign-off', 'approve', { complaintId: id }), 'forbidden');
    expect(own.message).toContain('draf sendiri tidak dapat disetujui sendiri');
    const staff = await refused(desk.runPluginCommand(drafter, 'sign-off', 'return', { complaintId: id, comment: 'Kurang.' }), 'forbidden');
    expect(staff.message).toContain('hanya pejabat penghubung yang ditunjuk atau supervisor unit "dinas-pupr"');
    await refused(desk.runPluginCommand(otherHead, 'sign-off', 'approve', { complaintId: id }), 'forbidden');
    await refused(desk.runPluginCommand(resident, 'sign-off', 'approve', { complaintId: id }), 'forbidden');
    await refused(desk.runPluginCommand(kepala, 'sign-off', 'approve', { complaintId: id, expectedVersion: 1 }), 'version_conflict');
    const invalid = await refused(desk.runPluginCommand(kepala, 'sign-off', 'return', { complaintId: id, comment: '  ' }), 'invalid_input');
    expect(invalid.message).toContain('comment: must be text of 1 to 2000 characters');

    expect(store.contents()).toEqual(before);
  });

  it('refuses drafts where they make no sense: a unit without sign-off, a complaint not awaiting an answer', async () => {
    const { desk } = world();
    const elsewhere = await disposed(desk, 'dinas-kesehatan');
    const error = await refused(
      desk.runPluginCommand(dinkesOfficer, 'sign-off', 'submit-draft', { complaintId: elsewhere.id, message: DRAFT }),
      'illegal_transition',
    );
    expect(error.message).toContain('unit ini menjawab tanpa persetujuan: gunakan respond');
    const { id } = await disposed(desk);
    await desk.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: id, message: DRAFT });
    await desk.runPluginCommand(kepala, 'sign-off', 'approve', { complaintId: id });
    await refused(desk.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: id, message: DRAFT }), 'illegal_transition');
  });

  it('refuses options without units', () => {
    expect(() => signOff({ units: {} })).toThrow('Invalid sign-off plugin options: units: must name at least one unit');
    expect(() => signOff({ units: { [PUPR]: { approvers: [''] } } })).toThrow('units.dinas-pupr.approvers: must list actor ids');
  });
});
