import { describe, expect, it } from 'vitest';
import { coordinator, createHarness, fileComplaint, officerA, resident, UNIT_A, walkTo } from '../test-support/harness.js';

describe('outbox rows written with events', () => {
  it('writes the information request to the complainant as a pending outbox row', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk, { channel: 'sms' });

    await desk.requestInfo(coordinator, { complaintId, message: 'Mohon sebutkan RT/RW lokasi.' });

    const event = store.contents().events.at(-1)!;
    expect(store.contents().outbox).toEqual([
      {
        id: expect.any(String),
        complaintId,
        channel: 'sms',
        complainantId: resident.id,
        body: 'Mohon sebutkan RT/RW lokasi.',
        idempotencyKey: `${complaintId}:2`,
        createdAt: event.at,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: event.at,
        lastError: null,
      },
    ]);
  });

  it('writes the unit’s response to the complainant, keyed by its event', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'disposed', UNIT_A);

    await desk.respond(officerA, { complaintId, message: 'Perbaikan dijadwalkan Kamis.' });

    expect(store.contents().outbox.map((row) => [row.body, row.idempotencyKey, row.channel])).toEqual([
      ['Perbaikan dijadwalkan Kamis.', `${complaintId}:4`, 'whatsapp'],
    ]);
  });

  it('writes no row for commands that send nothing to the complainant', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);
    await desk.verify(coordinator, { complaintId });
    await desk.dispose(coordinator, { complaintId, unitId: UNIT_A });
    await desk.escalate(coordinator, { complaintId, level: 1, reason: 'Tenggat unit terlewati' });

    expect(store.contents().outbox).toEqual([]);
  });

  it('writes no row when the command is refused', async () => {
    const { desk, store } = createHarness();
    const complaintId = await fileComplaint(desk);

    await expect(desk.respond(coordinator, { complaintId, message: 'Terlalu cepat' })).rejects.toMatchObject({
      code: 'illegal_transition',
    });

    expect(store.contents().outbox).toEqual([]);
  });
});
