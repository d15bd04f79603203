import { describe, expect, it } from 'vitest';
import {
  coordinator,
  createHarness,
  expectAduanError,
  fileComplaint,
  officerA,
  officerB,
  otherResident,
  resident,
  UNIT_A,
  walkTo,
} from '../test-support/harness.js';

async function disposedToUnitA() {
  const harness = createHarness();
  const complaintId = await fileComplaint(harness.desk);
  await walkTo(harness.desk, complaintId, 'disposed', UNIT_A);
  return { ...harness, complaintId };
}

describe('authorization of commands', () => {
  it('forbids a unit officer to act on a complaint disposed to another unit, and writes nothing', async () => {
    const { desk, store, complaintId } = await disposedToUnitA();

    const error = await expectAduanError(desk.respond(officerB, { complaintId, message: 'Bukan urusan kami' }), 'forbidden');

    expect(error.message).toBe(
      `Actor "${officerB.id}" may not respond: complaint ${complaintId} is not disposed to unit "${officerB.unitId}"`,
    );
    expect(store.contents().events).toHaveLength(3);
    await expectAduanError(desk.returnNotOurs(officerB, { complaintId, reason: 'Salah alamat' }), 'forbidden');
  });

  it('lets the unit the complaint is disposed to act on it', async () => {
    const { desk, complaintId } = await disposedToUnitA();

    expect(await desk.respond(officerA, { complaintId, message: 'Sudah ditambal.' })).toMatchObject({ status: 'responded' });
  });

  it('forbids a complainant to act on someone else’s complaint', async () => {
    const { desk, complaintId } = await disposedToUnitA();
    await desk.respond(officerA, { complaintId, message: 'Sudah ditambal.' });

    const error = await expectAduanError(desk.confirm(otherResident, { complaintId }), 'forbidden');

    expect(error.message).toContain('belongs to another complainant');
    expect(await desk.confirm(resident, { complaintId })).toMatchObject({ status: 'resolved' });
  });

  it('forbids roles that may not issue a command, whatever the complaint', async () => {
    const { desk, complaintId } = await disposedToUnitA();

    const byOfficer = await expectAduanError(desk.dispose(officerA, { complaintId, unitId: 'dinas-lain' }), 'forbidden');
    const byResident = await expectAduanError(desk.escalate(resident, { complaintId, level: 1, reason: 'Lama sekali' }), 'forbidden');
    const byCoordinator = await expectAduanError(desk.returnNotOurs(coordinator, { complaintId, reason: 'x' }), 'forbidden');

    expect(byOfficer.message).toContain('role "unit_officer" cannot dispose');
    expect(byResident.message).toContain('role "complainant" cannot escalate');
    expect(byCoordinator.message).toContain('role "coordinator" cannot returnNotOurs');
  });

  it('checks authorization before the lifecycle, so a forbidden actor learns nothing about the state', async () => {
    const { desk, complaintId } = await disposedToUnitA();

    await expectAduanError(desk.verify(officerB, { complaintId }), 'forbidden');
  });
});

describe('authorization of reads', () => {
  it('forbids a unit officer to read another unit’s complaint', async () => {
    const { desk, complaintId } = await disposedToUnitA();

    await expectAduanError(desk.get(officerB, complaintId), 'forbidden');
    await expectAduanError(desk.history(officerB, complaintId), 'forbidden');
    expect((await desk.get(officerA, complaintId)).id).toBe(complaintId);
  });

  it('finds a complaint by tracking number with the same authorization and redaction as by id', async () => {
    const { desk, complaintId } = await disposedToUnitA();
    const { trackingNumber } = await desk.get(coordinator, complaintId);

    expect(await desk.getByTrackingNumber(coordinator, trackingNumber)).toEqual(await desk.get(coordinator, complaintId));
    expect(await desk.getByTrackingNumber(officerA, trackingNumber)).toEqual(await desk.get(officerA, complaintId));
    expect((await desk.getByTrackingNumber(officerA, trackingNumber)).complainant).toEqual({ visibility: 'none' });
    await expectAduanError(desk.getByTrackingNumber(officerB, trackingNumber), 'forbidden');
    await expectAduanError(desk.getByTrackingNumber(otherResident, trackingNumber), 'forbidden');
    await expectAduanError(desk.getByTrackingNumber(coordinator, 'ADU-000000-NOSUCH'), 'not_found');
    await expectAduanError(desk.getByTrackingNumber(coordinator, ''), 'invalid_input');
  });

  it('forbids a unit officer to read a complaint not yet disposed to any unit', async () => {
    const { desk } = createHarness();
    const complaintId = await fileComplaint(desk);

    await expectAduanError(desk.get(officerA, complaintId), 'forbidden');
  });

  it('forbids a complainant to read someone else’s complaint', async () => {
    const { desk, complaintId } = await disposedToUnitA();

    await expectAduanError(desk.get(otherResident, complaintId), 'forbidden');
    await expectAduanError(desk.history(otherResident, complaintId), 'forbidden');
    expect((await desk.get(resident, complaintId)).id).toBe(complaintId);
  });

  it('lists for a unit officer only the complaints of their unit, and refuses to list another unit', async () => {
    const { desk, complaintId } = await disposedToUnitA();
    await fileComplaint(desk);

    expect((await desk.list(officerA)).items.map((item) => item.id)).toEqual([complaintId]);
    expect((await desk.list(officerB)).items).toEqual([]);
    const error = await expectAduanError(desk.list(officerB, { unitId: UNIT_A }), 'forbidden');
    expect(error.message).toContain(`cannot list unit "${UNIT_A}"`);
    expect(await desk.count(officerB, 'status')).toEqual({});
    expect(await desk.count(officerA, 'status')).toEqual({ disposed: 1 });
    await expectAduanError(desk.count(officerB, 'status', { unitId: UNIT_A }), 'forbidden');
  });

  it('lists for a complainant only their own complaints', async () => {
    const { desk, complaintId } = await disposedToUnitA();
    await fileComplaint(desk, {}, otherResident);

    expect((await desk.list(resident)).items.map((item) => item.id)).toEqual([complaintId]);
    await expectAduanError(desk.list(resident, { complainantId: otherResident.id }), 'forbidden');
  });

  it('lets only a coordinator, the system or the person themselves erase an identity', async () => {
    const { desk } = createHarness();
    await fileComplaint(desk);

    await expectAduanError(desk.eraseIdentity(officerA, resident.id), 'forbidden');
    await expectAduanError(desk.eraseIdentity(otherResident, resident.id), 'forbidden');
    expect(await desk.eraseIdentity(resident, resident.id)).toBe(true);
    expect(await desk.eraseIdentity(coordinator, resident.id)).toBe(false);
  });
});
