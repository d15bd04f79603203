import { ForbiddenError, type Actor, type ActorRole } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED } from '../index.js';
import { COMMAND_ROLES } from './authorization.js';
import { CONTACT, coordinator, createHarness, officerA, resident, sampleIntake, UNIT_A, UNIT_B, walkTo } from '../test-support/harness.js';

const supervisorA = { id: 'kepala-pupr', role: 'supervisor', unitId: UNIT_A } as const satisfies Actor;
const citySupervisor = { id: 'wali-kota', role: 'supervisor' } as const satisfies Actor;
const auditor = { id: 'inspektorat', role: 'auditor' } as const satisfies Actor;

/** Who may issue what: supervisors and auditors read only. */
const EXPECTED_ROLES: Record<string, readonly ActorRole[]> = {
  receive: ['coordinator', 'system', 'complainant'],
  requestInfo: ['coordinator', 'system'],
  provideInfo: ['complainant', 'coordinator', 'system'],
  verify: ['coordinator', 'system'],
  reject: ['coordinator', 'system'],
  dispose: ['coordinator', 'system'],
  returnNotOurs: ['unit_officer'],
  respond: ['unit_officer', 'coordinator'],
  confirm: ['complainant', 'coordinator', 'system'],
  reopen: ['complainant', 'coordinator', 'system'],
  resolve: ['coordinator', 'system'],
  escalate: ['coordinator', 'system'],
  merge: ['coordinator', 'system'],
  followUp: ['complainant', 'coordinator', 'system'],
  link: ['coordinator', 'system'],
  handOver: ['coordinator', 'system'],
  sync: ['coordinator', 'system'],
};

/** The identity each reader sees, by the complaint's flags (DOMAIN.md, privacy by default). */
const VISIBILITY: [Actor, { open: string; anonim: string; rahasia: string }][] = [
  [coordinator, { open: 'full', anonim: 'full', rahasia: 'full' }],
  [officerA, { open: 'name', anonim: 'none', rahasia: 'none' }],
  [supervisorA, { open: 'name', anonim: 'none', rahasia: 'none' }],
  [citySupervisor, { open: 'name', anonim: 'none', rahasia: 'none' }],
  [auditor, { open: 'none', anonim: 'none', rahasia: 'none' }],
];

async function disposed(flags: { anonim: boolean; rahasia: boolean }, unitId: string = UNIT_A) {
  const harness = createHarness();
  const { complaint } = await harness.desk.receive(resident, sampleIntake(flags));
  await walkTo(harness.desk, complaint.id, 'disposed', unitId);
  return { ...harness, complaintId: complaint.id, trackingNumber: complaint.trackingNumber };
}

describe('supervisor and auditor roles', () => {
  it('issue no command: the authorization table', () => {
    expect(COMMAND_ROLES).toEqual(EXPECTED_ROLES);
  });

  it('are refused every lifecycle command with forbidden, writing nothing', async () => {
    const { desk, store, complaintId } = await disposed({ anonim: false, rahasia: false });
    const before = store.contents().events.length;
    for (const actor of [supervisorA, citySupervisor, auditor]) {
      await expect(desk.respond(actor, { complaintId, message: 'Disetujui.' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.escalate(actor, { complaintId, level: 1, reason: 'Lama' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.receive(actor, sampleIntake())).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.eraseIdentity(actor, 'warga')).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(store.contents().events).toHaveLength(before);
  });

  it.each(VISIBILITY)('show %o the complainant by the redaction table', async (actor, expected) => {
    for (const [flags, key] of [
      [{ anonim: false, rahasia: false }, 'open'],
      [{ anonim: true, rahasia: false }, 'anonim'],
      [{ anonim: false, rahasia: true }, 'rahasia'],
    ] as const) {
      const { desk, complaintId } = await disposed(flags);
      const view = await desk.get(actor, complaintId);
      expect(view.complainant.visibility, key).toBe(expected[key]);
      if (view.complainant.visibility === 'name') expect(view.complainant.name).toBe(CONTACT.name);
      if (expected[key] !== 'full') expect(view.complainantId).toBe(REDACTED);
      expect(JSON.stringify(view).includes(CONTACT.phone), key).toBe(expected[key] === 'full');
    }
  });

  it('limit a unit’s supervisor to that unit, and let a city-wide one and the auditor read everything', async () => {
    const { desk, complaintId, trackingNumber } = await disposed({ anonim: true, rahasia: true }, UNIT_B);

    await expect(desk.get(supervisorA, complaintId)).rejects.toSatisfy(ForbiddenError.isInstance);
    await expect(desk.getByTrackingNumber(supervisorA, trackingNumber)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(desk.history(supervisorA, complaintId)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(desk.list(supervisorA, { unitId: UNIT_B })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await desk.list(supervisorA)).items).toEqual([]);
    expect(await desk.count(supervisorA, 'unitId')).toEqual({});
    for (const reader of [citySupervisor, auditor]) {
      expect((await desk.get(reader, complaintId)).id).toBe(complaintId);
      expect((await desk.list(reader)).items.map((item) => item.id)).toEqual([complaintId]);
      expect(await desk.count(reader, 'unitId')).toEqual({ [UNIT_B]: 1 });
    }
  });
});

/** A small city: complaints of two units and none, with every combination of flags. */
const cityArbitrary = fc.array(
  fc.record({
    unit: fc.constantFrom(UNIT_A, UNIT_B, null),
    anonim: fc.boolean(),
    rahasia: fc.boolean(),
    stage: fc.constantFrom('received', 'disposed', 'responded'),
  }),
  { minLength: 1, maxLength: 6 },
);

async function buildCity(plan: { unit: string | null; anonim: boolean; rahasia: boolean; stage: string }[]) {
  const harness = createHarness();
  const complaints: { id: string; trackingNumber: string; unitId: string | null }[] = [];
  for (const [index, entry] of plan.entries()) {
    const actor = { id: `warga-${index}`, role: 'complainant' } as const;
    const { complaint } = await harness.desk.receive(actor, sampleIntake({ anonim: entry.anonim, rahasia: entry.rahasia }));
    const unitId = entry.stage === 'received' || entry.unit === null ? null : entry.unit;
    if (unitId) await walkTo(harness.desk, complaint.id, entry.stage === 'responded' ? 'responded' : 'disposed', unitId);
    complaints.push({ id: complaint.id, trackingNumber: complaint.trackingNumber, unitId });
  }
  return { ...harness, complaints };
}

/** Everything a reader can ask for, gathered; refusals are recorded as such. */
async function everythingSeenBy(
  desk: ReturnType<typeof createHarness>['desk'],
  actor: Actor,
  complaints: { id: string; trackingNumber: string }[],
) {
  const seen: unknown[] = [];
  const attempt = async (read: () => Promise<unknown>) => {
    try {
      seen.push(await read());
    } catch (error) {
      if (!ForbiddenError.isInstance(error)) throw error;
    }
  };
  for (const complaint of complaints) {
    await attempt(() => desk.get(actor, complaint.id));
    await attempt(() => desk.getByTrackingNumber(actor, complaint.trackingNumber));
    await attempt(() => desk.history(actor, complaint.id));
  }
  await attempt(async () => (await desk.list(actor, { limit: 500 })).items);
  for (const dimension of ['unitId', 'status', 'kelurahan'] as const) await attempt(() => desk.count(actor, dimension));
  return seen;
}

describe('read scopes (properties)', () => {
  it('never show a unit officer a complaint of another unit, in any read', async () => {
    await fc.assert(
      fc.asyncProperty(cityArbitrary, async (plan) => {
        const { desk, complaints } = await buildCity(plan);
        const foreign = complaints.filter((complaint) => complaint.unitId !== UNIT_A);
        const seen = JSON.stringify(await everythingSeenBy(desk, officerA, complaints));
        for (const complaint of foreign) {
          expect(seen).not.toContain(complaint.id);
          expect(seen).not.toContain(complaint.trackingNumber);
        }
        const counted = await desk.count(officerA, 'unitId');
        expect(Object.keys(counted).every((unit) => unit === UNIT_A)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('never show an auditor any identity: no name, contact or complainant id', async () => {
    await fc.assert(
      fc.asyncProperty(cityArbitrary, async (plan) => {
        const { desk, complaints, store } = await buildCity(plan);
        const seen = JSON.stringify(await everythingSeenBy(desk, auditor, complaints));
        for (const value of Object.values(CONTACT)) expect(seen).not.toContain(value);
        for (const identity of store.contents().identities) expect(seen).not.toContain(identity.complainantId);
        expect(seen).toContain(complaints[0]!.id);
      }),
      { numRuns: 25 },
    );
  });
});
