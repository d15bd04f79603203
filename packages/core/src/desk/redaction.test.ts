import { describe, expect, it } from 'vitest';
import { REDACTED } from '../index.js';
import {
  CONTACT,
  coordinator,
  createHarness,
  expectAduanError,
  fileComplaint,
  officerA,
  resident,
  sampleIntake,
  UNIT_A,
  walkTo,
} from '../test-support/harness.js';

const CONTACT_VALUES = Object.values(CONTACT);

function mentionsContact(value: unknown): string[] {
  const text = JSON.stringify(value);
  return CONTACT_VALUES.filter((contact) => text.includes(contact));
}

async function disposedComplaint(flags: { anonim?: boolean; rahasia?: boolean }) {
  const harness = createHarness();
  const complaintId = await fileComplaint(harness.desk, flags);
  await walkTo(harness.desk, complaintId, 'disposed', UNIT_A);
  return { ...harness, complaintId };
}

describe('identity never enters events', () => {
  it('keeps every contact detail out of every stored event and every announced notice', async () => {
    const { desk, store } = createHarness();
    const notices: unknown[] = [];
    desk.on('complaint-received', (notice) => notices.push(notice));
    desk.on('complaint-responded', (notice) => notices.push(notice));
    const complaintId = await fileComplaint(desk, { anonim: false, rahasia: false });
    await walkTo(desk, complaintId, 'resolved');

    expect(store.contents().events).toHaveLength(5);
    expect(mentionsContact(store.contents().events)).toEqual([]);
    expect(mentionsContact(store.contents().projections)).toEqual([]);
    expect(notices).toHaveLength(2);
    expect(mentionsContact(notices)).toEqual([]);
  });
});

describe('what a unit officer sees of the complainant', () => {
  it('sees the name only when the complainant chose neither anonim nor rahasia, and never the contact', async () => {
    const open = await disposedComplaint({ anonim: false, rahasia: false });

    const view = await open.desk.get(officerA, open.complaintId);

    expect(view.complainant).toEqual({ visibility: 'name', name: CONTACT.name });
    expect(view.complainantId).toBe(REDACTED);
    expect(mentionsContact(view)).toEqual([CONTACT.name]);
  });

  it.each([{ anonim: true, rahasia: false }, { anonim: false, rahasia: true }, { anonim: true, rahasia: true }, {}])(
    'sees nothing of the complainant when %o',
    async (flags) => {
      const { desk, complaintId } = await disposedComplaint(flags);

      const view = await desk.get(officerA, complaintId);
      const listed = await desk.list(officerA);

      expect(view.complainant).toEqual({ visibility: 'none' });
      expect(mentionsContact(view)).toEqual([]);
      expect(JSON.stringify(view)).not.toContain(resident.id);
      expect(listed.items.map((item) => item.complainantId)).toEqual([REDACTED]);
    },
  );
});

describe('what the coordinator and the complainant see', () => {
  it('shows the full identity to the coordinator and to the complainant themselves', async () => {
    const { desk, complaintId } = await disposedComplaint({});

    for (const reader of [coordinator, resident]) {
      const view = await desk.get(reader, complaintId);
      expect(view.complainant).toEqual({ visibility: 'full', complainantId: resident.id, identity: CONTACT });
      expect(view.complainantId).toBe(resident.id);
    }
  });

  it('shows an identity that was erased as absent', async () => {
    const { desk, complaintId } = await disposedComplaint({});
    await desk.eraseIdentity(coordinator, resident.id);

    expect((await desk.get(coordinator, complaintId)).complainant).toEqual({
      visibility: 'full',
      complainantId: resident.id,
      identity: null,
    });
  });
});

describe('history as a reader may see it', () => {
  it('masks the complainant id in payloads and actors for a reader without full visibility', async () => {
    const { desk, complaintId } = await disposedComplaint({ anonim: false, rahasia: false });

    const seenByUnit = await desk.history(officerA, complaintId);

    expect(seenByUnit[0]?.payload['complainantId']).toBe(REDACTED);
    expect(seenByUnit[0]?.actor).toEqual({ id: REDACTED, role: 'complainant' });
    expect(JSON.stringify(seenByUnit)).not.toContain(resident.id);
    expect(seenByUnit.map((event) => event.type)).toEqual(['complaint-received', 'complaint-verified', 'complaint-disposed']);
  });

  it('shows the coordinator the history exactly as stored', async () => {
    const { desk, store, complaintId } = await disposedComplaint({});

    expect(await desk.history(coordinator, complaintId)).toEqual(store.contents().events);
  });
});

describe('public tracking', () => {
  it('shows a rahasia complaint’s status, dates and published answers, never its title, category or unit', async () => {
    const { desk } = createHarness();
    const { complaint } = await desk.receive(resident, sampleIntake({ rahasia: true, anonim: false }));
    await walkTo(desk, complaint.id, 'responded', UNIT_A);

    const tracked = await desk.track(complaint.trackingNumber);

    expect(tracked).toEqual({
      trackingNumber: complaint.trackingNumber,
      status: 'responded',
      createdAt: complaint.createdAt,
      updatedAt: expect.any(String),
      expectedResolutionAt: null,
      answers: [{ at: expect.any(String), message: 'Sudah ditambal pada hari Senin.' }],
      rahasia: true,
    });
  });

  it('shows the report but never the identity of a complaint that is not rahasia', async () => {
    const { desk } = createHarness();
    const { complaint } = await desk.receive(resident, sampleIntake({ rahasia: false, anonim: false }));
    await walkTo(desk, complaint.id, 'disposed', UNIT_A);

    const tracked = await desk.track(complaint.trackingNumber);

    expect(tracked).toMatchObject({ status: 'disposed', title: complaint.title, category: 'infrastruktur', unitId: UNIT_A });
    expect(mentionsContact(tracked)).toEqual([]);
    expect(JSON.stringify(tracked)).not.toContain(resident.id);
  });

  it('answers not_found for an unknown tracking number', async () => {
    const { desk } = createHarness();

    await expectAduanError(desk.track('ADU-000000-XXXXXX'), 'not_found');
  });

  it('treats a complaint filed without flags as rahasia', async () => {
    const { desk } = createHarness();
    const { complaint } = await desk.receive(resident, sampleIntake());

    expect(Object.keys(await desk.track(complaint.trackingNumber)).sort()).toEqual([
      'answers',
      'createdAt',
      'expectedResolutionAt',
      'rahasia',
      'status',
      'trackingNumber',
      'updatedAt',
    ]);
  });
});
