import { DuplicateExternalRefError, IllegalTransitionError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { createSlaPolicy } from '../sla/create-sla-policy.js';
import { laporSlaPolicy } from '../sla/presets.js';
import { coordinator, createHarness, expectAduanError, fileComplaint, officerA, walkTo } from '../test-support/harness.js';

const importer = { id: 'lapor-import', role: 'system' } as const;

describe('linking a complaint to SP4N-LAPOR!', () => {
  it('records the link as an event, shows it on the complaint and finds the complaint by it', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);

    const linked = await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672', note: 'Diinput ulang di LAPOR!' });

    expect(linked.externalRefs).toEqual([{ system: 'lapor', id: '5049672' }]);
    expect((await desk.history(coordinator, complaintId)).at(-1)).toMatchObject({
      type: 'complaint-linked',
      payload: { system: 'lapor', id: '5049672', note: 'Diinput ulang di LAPOR!' },
    });
    expect((await desk.findByExternalRef(coordinator, { system: 'lapor', id: '5049672' })).id).toBe(complaintId);
    expect(await store.probe().externalRefs(complaintId)).toEqual([{ system: 'lapor', id: '5049672' }]);
  });

  it('changes nothing when the same reference is linked again', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    const first = await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672' });

    const again = await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672' });

    expect(again.version).toBe(first.version);
  });

  it('refuses a reference another complaint holds, with its holder, and writes nothing', async () => {
    const { desk, store } = createHarness();
    const holder = await fileComplaint(desk);
    const other = await fileComplaint(desk, { title: 'Lampu jalan mati' });
    await desk.link(coordinator, { complaintId: holder, system: 'lapor', id: '5049672' });
    const before = store.contents().events.length;

    const error = await expectAduanError(
      desk.link(coordinator, { complaintId: other, system: 'lapor', id: '5049672' }),
      'duplicate_external_ref',
    );

    expect(DuplicateExternalRefError.isInstance(error) && error.existingComplaintId).toBe(holder);
    expect(store.contents().events).toHaveLength(before);
    expect((await desk.get(coordinator, other)).externalRefs).toEqual([]);
  });

  it('refuses a second Tracking ID for one complaint, naming the rule', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672' });

    const error = await expectAduanError(desk.link(coordinator, { complaintId, system: 'lapor', id: '5049673' }), 'illegal_transition');

    expect(IllegalTransitionError.isInstance(error) && error.refusal?.rule).toBe('oneRefPerSystem');
  });

  it('checks the form of a Tracking ID and lets only coordinators and the system link', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    const error = await expectAduanError(desk.link(coordinator, { complaintId, system: 'lapor', id: 'ABC-12' }), 'invalid_input');
    expect(error.message).toContain('Tracking ID SP4N-LAPOR! harus 7 sampai 9 angka');
    await walkTo(desk, complaintId, 'disposed');
    await expectAduanError(desk.link(officerA, { complaintId, system: 'lapor', id: '5049672' }), 'forbidden');
  });

  it('refuses a link on a closed complaint, even to a reference it holds', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672' });
    await desk.reject(coordinator, { complaintId, reason: 'spam' });

    await expectAduanError(desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672' }), 'illegal_transition');
  });

  it('writes the intake’s references with the complaint, so the same Tracking ID can never open a second one', async () => {
    const { desk } = createHarness();
    const intake = {
      channel: 'lapor',
      title: 'Jalan rusak',
      description: 'Di Jl. Hayam Wuruk.',
      externalRefs: [{ system: 'lapor', id: '5049672' }],
    };
    const { complaint } = await desk.receive(importer, intake);

    expect(complaint.externalRefs).toEqual([{ system: 'lapor', id: '5049672' }]);
    await expectAduanError(desk.receive(importer, { ...intake, title: 'Lagi' }), 'duplicate_external_ref');
  });
});

describe('handing a complaint over through SP4N-LAPOR! (dialihkan)', () => {
  it('is a path of its own: open, the authority and Tracking ID recorded, closed when LAPOR! closes it', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);

    const handed = await desk.handOver(coordinator, {
      complaintId,
      authority: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Tengah',
      reason: 'Jalan nasional, bukan kewenangan Pemerintah Kota Pekalongan',
      trackingId: '5049672',
    });

    expect(handed.status).toBe('handed_over');
    expect(handed.externalRefs).toEqual([{ system: 'lapor', id: '5049672' }]);
    const resolved = await desk.resolve(importer, { complaintId, closedIn: 'lapor', note: 'Ditutup oleh Admin di SP4N-LAPOR!' });
    expect(resolved.status).toBe('resolved');
    expect((await desk.history(coordinator, complaintId)).at(-1)?.payload).toMatchObject({ cause: 'external', system: 'lapor' });
  });

  it('takes a complaint a unit returned as not its authority, and the Tracking ID can be linked afterwards', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed');
    await desk.returnNotOurs(officerA, { complaintId, reason: 'Kewenangan provinsi' });

    await desk.handOver(coordinator, { complaintId, authority: 'Pemerintah Provinsi Jawa Tengah', reason: 'Kewenangan provinsi' });
    const linked = await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049673' });

    expect(linked).toMatchObject({ status: 'handed_over', externalRefs: [{ system: 'lapor', id: '5049673' }] });
  });

  it('is refused once the complaint is with a unit', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed');

    await expectAduanError(
      desk.handOver(coordinator, { complaintId, authority: 'Kementerian PUPR', reason: 'Jalan nasional' }),
      'illegal_transition',
    );
  });
});

describe('syncing what SP4N-LAPOR! says of a linked complaint', () => {
  const sync = (complaintId: string, status: string) => ({
    complaintId,
    system: 'lapor',
    id: '5049672',
    transport: 'export',
    fields: { status, rating: null },
    sourceTimestamps: { reportedAt: '2026-01-03T02:15:00.000Z' },
  });

  it('records LAPOR!’s own fields once, and again only when they change, never touching the officers’ fields', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);
    await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672' });
    const title = (await desk.get(coordinator, complaintId)).title;

    const first = await desk.sync(importer, sync(complaintId, 'Terverifikasi'));
    const repeat = await desk.sync(importer, sync(complaintId, 'Terverifikasi'));
    const changed = await desk.sync(importer, sync(complaintId, 'Ditutup oleh Sistem'));

    expect(repeat.version).toBe(first.version);
    expect(changed.version).toBe(first.version + 1);
    expect(changed.title).toBe(title);
    const synced = (await desk.history(coordinator, complaintId)).filter((event) => event.type === 'complaint-synced');
    expect(synced.map((event) => (event.payload['fields'] as Record<string, string>)['status'])).toEqual([
      'Terverifikasi',
      'Ditutup oleh Sistem',
    ]);
    expect(synced[0]!.payload['sourceTimestamps']).toEqual({ reportedAt: '2026-01-03T02:15:00.000Z' });
  });

  it('records what LAPOR! says of a closed complaint without reopening it; deadlines and replay unaffected', async () => {
    const { desk, store, clock } = createHarness({ deadlines: createSlaPolicy(laporSlaPolicy, createWorkingCalendar()) });
    const complaintId = await fileComplaint(desk);
    await desk.link(coordinator, { complaintId, system: 'lapor', id: '5049672' });
    await walkTo(desk, complaintId, 'resolved');
    const closed = (await store.doLoadProjection(complaintId))!;
    clock.advance(3 * 24 * 60 * 60_000);

    const synced = await desk.sync(importer, {
      ...sync(complaintId, 'Ditutup oleh Admin'),
      fields: { status: 'Ditutup oleh Admin', rating: '5' },
    });
    const again = await desk.sync(importer, {
      ...sync(complaintId, 'Ditutup oleh Admin'),
      fields: { status: 'Ditutup oleh Admin', rating: '5' },
    });

    expect(synced).toMatchObject({ status: 'resolved', version: closed.version + 1 });
    expect(again.version).toBe(synced.version);
    const stored = (await store.doLoadProjection(complaintId))!;
    expect(stored).toMatchObject({ status: 'resolved', deadline: closed.deadline, dueAt: closed.dueAt, unitId: closed.unitId });
    expect(stored.machine.deadlines).toEqual(closed.machine.deadlines);
    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: true, events: closed.version + 1 });
    expect(await desk.rebuild()).toEqual({ rebuilt: 1, failed: [] });
    expect(await store.doLoadProjection(complaintId)).toEqual(stored);
    // Only the sync: every command of the lifecycle is still refused on the closed complaint.
    await expectAduanError(desk.verify(coordinator, { complaintId }), 'illegal_transition');
    await expectAduanError(desk.link(coordinator, { complaintId, system: 'laporgub', id: 'LG-1' }), 'illegal_transition');
  });

  it('refuses a sync for a reference the complaint is not linked to', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);

    const error = await expectAduanError(desk.sync(importer, sync(complaintId, 'Terverifikasi')), 'illegal_transition');

    expect(IllegalTransitionError.isInstance(error) && error.refusal?.rule).toBe('linkedTo');
  });
});
