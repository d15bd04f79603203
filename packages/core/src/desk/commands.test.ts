import type { InvalidInputError, IllegalTransitionError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import {
  coordinator,
  createHarness,
  expectAduanError,
  fileComplaint,
  officerA,
  resident,
  UNIT_A,
  UNIT_B,
  walkTo,
} from '../test-support/harness.js';

describe('desk commands along the main road', () => {
  it('takes a complaint from received to resolved, one event and one version per command', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);

    expect(await desk.verify(coordinator, { complaintId, classification: 'pengaduan', tier: 'ringan' })).toMatchObject({
      status: 'verified',
      version: 2,
    });
    expect(await desk.dispose(coordinator, { complaintId, unitId: UNIT_A })).toMatchObject({
      status: 'disposed',
      unitId: UNIT_A,
      version: 3,
    });
    expect(await desk.respond(officerA, { complaintId, message: 'Sudah ditambal.' })).toMatchObject({ status: 'responded', version: 4 });
    expect(await desk.confirm(resident, { complaintId, note: 'Terima kasih' })).toMatchObject({ status: 'resolved', version: 5 });
    expect(store.contents().events.map((event) => event.type)).toEqual([
      'complaint-received',
      'complaint-verified',
      'complaint-disposed',
      'complaint-responded',
      'complaint-confirmed',
    ]);
  });

  it('answers with the summary redacted for the acting actor', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed');

    const summary = await desk.respond(officerA, { complaintId, message: 'Sudah ditambal.' });

    expect(summary.complainantId).toBe('[redacted]');
    expect(summary).not.toHaveProperty('machine');
    expect(summary).not.toHaveProperty('lastEventHash');
  });
});

describe('desk command errors', () => {
  it('answers not_found for an unknown complaint id', async () => {
    const { desk } = createHarness();
    const error = await expectAduanError(desk.verify(coordinator, { complaintId: 'no-such-complaint' }), 'not_found');

    expect(error.message).toBe('Complaint "no-such-complaint" does not exist');
  });

  it('answers invalid_input naming each bad field of a command', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);
    const error = await expectAduanError(desk.escalate(coordinator, { complaintId, level: 0, reason: '' }), 'invalid_input');

    expect((error as InvalidInputError).issues.map((issue) => issue.path).sort()).toEqual(['level', 'reason']);
    expect(store.contents().events).toHaveLength(1);
  });

  it('answers illegal_transition naming the state and the command', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);

    const error = await expectAduanError(desk.respond(coordinator, { complaintId, message: 'Sudah.' }), 'illegal_transition');

    expect(error.message).toBe(
      `Command "respond" is not allowed while complaint ${complaintId} is "received": no transition for it in state "received"`,
    );
    expect((error as IllegalTransitionError).state).toBe('received');
    expect((error as IllegalTransitionError).command).toBe('respond');
    expect((error as IllegalTransitionError).refusal).toBeUndefined();
    expect(store.contents().events).toHaveLength(1);
  });

  it('refuses every command on a final complaint', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await desk.reject(coordinator, { complaintId, reason: 'spam' });

    const error = await expectAduanError(desk.verify(coordinator, { complaintId }), 'illegal_transition');
    expect(error.details).toMatchObject({ state: 'rejected', command: 'verify' });
  });

  it('answers version_conflict for a stale expectedVersion, telling to reload', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);
    await desk.verify(coordinator, { complaintId, expectedVersion: 1 });

    const error = await expectAduanError(
      desk.dispose(coordinator, { complaintId, unitId: UNIT_A, expectedVersion: 1 }),
      'version_conflict',
    );

    expect(error.message).toContain('expected version 1, found 2');
    expect(error.message).toContain('Reload it and retry');
    expect(store.contents().events).toHaveLength(2);
  });

  it('lets exactly one of two concurrent commands on the same version through', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);

    const outcomes = await Promise.allSettled([
      desk.verify(coordinator, { complaintId, expectedVersion: 1 }),
      desk.reject(coordinator, { complaintId, reason: 'duplicate', expectedVersion: 1 }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(failure?.status === 'rejected' && failure.reason).toMatchObject({ code: 'version_conflict' });
    expect(store.contents().events).toHaveLength(2);
  });
});

describe('desk guard refusals say why', () => {
  it('refuses an escalation that does not raise the level', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await desk.escalate(coordinator, { complaintId, level: 2, reason: 'Tenggat verifikasi terlewati' });

    const error = await expectAduanError(desk.escalate(coordinator, { complaintId, level: 1, reason: 'Ulang' }), 'illegal_transition');

    expect((error as IllegalTransitionError).refusal).toEqual({
      rule: 'higherLevel',
      reason: 'escalation level 1 is not above the current level 2',
    });
    expect(error.message).toContain('"escalated": rule "higherLevel" refused it (escalation level 1 is not above the current level 2)');
  });

  it('refuses to dispose a complaint again to the unit that has it', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed', UNIT_A);

    const error = await expectAduanError(desk.dispose(coordinator, { complaintId, unitId: UNIT_A }), 'illegal_transition');
    expect((error as IllegalTransitionError).refusal).toEqual({
      rule: 'toAnotherUnit',
      reason: `it is already disposed to unit "${UNIT_A}"`,
    });
    expect(await desk.dispose(coordinator, { complaintId, unitId: UNIT_B })).toMatchObject({ status: 'disposed', unitId: UNIT_B });
  });

  it('keeps the confirmation window open to the end of its 10th day in WIB, then refuses a reopen naming the rule', async () => {
    const { desk, clock } = createHarness();
    const inside = await fileComplaint(desk);
    const outside = await fileComplaint(desk);
    // Responded Monday 3 March 2025, 09:00 WIB: the window ends at 23:59:59.999 WIB on Thursday 13 March.
    await walkTo(desk, inside, 'responded');
    await walkTo(desk, outside, 'responded');

    clock.set('2025-03-13T16:59:59.999Z');
    expect(await desk.reopen(resident, { complaintId: inside, reason: 'Lubangnya muncul lagi' })).toMatchObject({ status: 'disposed' });
    clock.set('2025-03-13T17:00:00.000Z');
    const error = await expectAduanError(desk.reopen(resident, { complaintId: outside, reason: 'Terlambat' }), 'illegal_transition');
    expect((error as IllegalTransitionError).refusal).toEqual({
      rule: 'withinConfirmationWindow',
      reason: 'the confirmation window ended at 2025-03-13T16:59:59.999Z',
    });
  });

  it('refuses to merge a complaint into itself', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);

    const error = await expectAduanError(desk.merge(coordinator, { complaintId, intoId: complaintId }), 'illegal_transition');
    expect((error as IllegalTransitionError).refusal).toEqual({
      rule: 'notIntoItself',
      reason: 'a complaint cannot be merged into itself',
    });
  });

  it('merges into a live complaint, and not into a merged or unknown one', async () => {
    const { desk } = createHarness();
    const [first, second, third] = [await fileComplaint(desk), await fileComplaint(desk), await fileComplaint(desk)];

    expect(await desk.merge(coordinator, { complaintId: second, intoId: first })).toMatchObject({ status: 'merged', mergedInto: first });
    const intoMerged = await expectAduanError(desk.merge(coordinator, { complaintId: third, intoId: second }), 'invalid_input');
    expect(intoMerged.message).toContain(`intoId: complaint ${second} is merged; merge into the complaint it leads to instead`);
    await expectAduanError(desk.merge(coordinator, { complaintId: third, intoId: 'no-such-complaint' }), 'not_found');
  });
});

describe('desk side paths', () => {
  it('pauses for missing data and resumes when the complainant provides it', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);

    expect(await desk.requestInfo(coordinator, { complaintId, message: 'Mohon kirim foto lokasi.' })).toMatchObject({
      status: 'needs_info',
    });
    const resumed = await desk.provideInfo(resident, {
      complaintId,
      message: 'Ini fotonya.',
      attachments: [{ url: 'https://media.example.id/foto.jpg', contentType: 'image/jpeg' }],
    });
    expect(resumed).toMatchObject({ status: 'received' });
    const view = await desk.get(coordinator, complaintId);
    expect(view.conversation.map((entry) => [entry.kind, entry.message])).toEqual([
      ['info-requested', 'Mohon kirim foto lokasi.'],
      ['info-provided', 'Ini fotonya.'],
    ]);
  });

  it('sends a complaint back for re-routing when the unit says it is not its authority', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed', UNIT_A);

    const returned = await desk.returnNotOurs(officerA, {
      complaintId,
      reason: 'Jalan provinsi, bukan wewenang kota',
      suggestedUnitId: UNIT_B,
    });

    expect(returned).toMatchObject({ status: 'verified', unitId: null });
    expect(store.contents().events.at(-1)?.payload).toEqual({
      unitId: UNIT_A,
      reason: 'Jalan provinsi, bukan wewenang kota',
      suggestedUnitId: UNIT_B,
    });
  });

  it('records who closed a complaint: the coordinator, or the system after silence', async () => {
    const { desk, store } = createHarness();
    const byCoordinator = await fileComplaint(desk);
    const bySilence = await fileComplaint(desk);
    await walkTo(desk, byCoordinator, 'responded');
    await walkTo(desk, bySilence, 'responded');

    await desk.resolve(coordinator, { complaintId: byCoordinator });
    await desk.resolve({ id: 'sla-sweep', role: 'system' }, { complaintId: bySilence });

    const causes = store
      .contents()
      .events.filter((event) => event.type === 'complaint-resolved')
      .map((event) => [event.complaintId, event.payload['cause']]);
    expect(causes).toEqual(
      expect.arrayContaining([
        [byCoordinator, 'coordinator'],
        [bySilence, 'silence'],
      ]),
    );
  });
});
