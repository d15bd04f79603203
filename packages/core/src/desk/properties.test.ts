import { AduanError, type Actor, type ActorRole, type ComplaintProjection } from '@aduan/spec';
import fc from 'fast-check';
import { getInitialSnapshot, transition, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { complaintMachine, type Desk, type EventPayload, type LifecycleEvent, type MemoryStore } from '../index.js';
import {
  coordinator,
  createHarness,
  DAY_MS,
  MINUTE_MS,
  officerA,
  officerB,
  otherResident,
  resident,
  system,
  UNIT_A,
  UNIT_B,
  type TestClock,
} from '../test-support/harness.js';

type Snapshot = SnapshotFrom<typeof complaintMachine>;

const ACTORS: readonly Actor[] = [coordinator, system, resident, otherResident, officerA, officerB];
const OFFICERS = [officerA, officerB] as const;
const OWNERS = [resident, resident, otherResident] as const;

/** Who may issue what (DOMAIN.md): the reference the desk's authorization is compared with. */
const MAY_ISSUE = {
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
} as const satisfies Record<string, readonly ActorRole[]>;

type Command = keyof typeof MAY_ISSUE;
const COMMANDS = Object.keys(MAY_ISSUE) as Command[];

/** A command, with its actor and command name either drawn freely or fitted to the reference (so runs get far). */
type CommandOp = {
  kind: 'command';
  command: Command | 'fitting';
  complaint: number;
  actor: number | 'fitting';
  pick: number;
  variant: number;
  version: 'none' | 'current' | 'stale';
};
type Op = CommandOp | { kind: 'wait'; days: number };

const commandOp: fc.Arbitrary<CommandOp> = fc.record({
  kind: fc.constant('command' as const),
  command: fc.oneof({ weight: 2, arbitrary: fc.constant('fitting' as const) }, { weight: 1, arbitrary: fc.constantFrom(...COMMANDS) }),
  complaint: fc.nat(OWNERS.length - 1),
  actor: fc.oneof({ weight: 3, arbitrary: fc.constant('fitting' as const) }, { weight: 1, arbitrary: fc.nat(ACTORS.length - 1) }),
  pick: fc.nat(11),
  variant: fc.nat(5),
  version: fc.oneof(
    { weight: 3, arbitrary: fc.constant('none' as const) },
    { weight: 3, arbitrary: fc.constant('current' as const) },
    { weight: 1, arbitrary: fc.constant('stale' as const) },
  ),
});

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: commandOp },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 12 }) }) },
);

interface World {
  desk: Desk;
  store: MemoryStore;
  clock: TestClock;
  ids: string[];
  /** The reference lifecycle of each complaint, advanced only by events the desk stored. */
  reference: Snapshot[];
}

function inputFor(op: CommandOp, command: Command, world: World, version: number) {
  const complaintId = world.ids[op.complaint]!;
  const expectedVersion = op.version === 'none' ? undefined : op.version === 'current' ? version : version - 1;
  const base = { complaintId, expectedVersion };
  switch (command) {
    case 'requestInfo':
    case 'provideInfo':
    case 'respond':
      return { ...base, message: `Pesan ${op.variant}` };
    case 'verify':
      return { ...base, classification: (['pengaduan', 'aspirasi', 'permintaan_informasi'] as const)[op.variant % 3] };
    case 'reject':
      return { ...base, reason: 'not_eligible' as const };
    case 'dispose':
      return { ...base, unitId: op.variant % 2 === 0 ? UNIT_A : UNIT_B };
    case 'returnNotOurs':
    case 'reopen':
      return { ...base, reason: `Alasan ${op.variant}` };
    case 'escalate':
      return { ...base, level: 1 + (op.variant % 3), reason: 'Tenggat terlewati' };
    case 'merge':
      return { ...base, intoId: world.ids[op.variant % world.ids.length]! };
    default:
      return base;
  }
}

/** The event a command asks the lifecycle for, as far as the machine's guards look at it. */
function candidateEvent(command: Command, input: Record<string, unknown>, at: Date, unitId: string | null): LifecycleEvent {
  const iso = at.toISOString();
  const message = String(input['message'] ?? '');
  const reason = String(input['reason'] ?? '');
  const events: { [C in Command]: () => LifecycleEvent } = {
    requestInfo: () => ({ type: 'complaint-info-requested', at: iso, payload: { message } }),
    provideInfo: () => ({ type: 'complaint-info-provided', at: iso, payload: { message, attachments: [] } }),
    verify: () => ({
      type: 'complaint-verified',
      at: iso,
      payload: { classification: input['classification'] as EventPayload<'complaint-verified'>['classification'] },
    }),
    reject: () => ({ type: 'complaint-rejected', at: iso, payload: { reason: 'not_eligible' } }),
    dispose: () => ({ type: 'complaint-disposed', at: iso, payload: { unitId: String(input['unitId']) } }),
    returnNotOurs: () => ({ type: 'complaint-returned', at: iso, payload: { unitId: unitId ?? '', reason } }),
    respond: () => ({
      type: 'complaint-responded',
      at: iso,
      payload: { unitId, message, attachments: [], confirmBy: new Date(at.getTime() + 10 * DAY_MS).toISOString() },
    }),
    confirm: () => ({ type: 'complaint-confirmed', at: iso, payload: {} }),
    reopen: () => ({ type: 'complaint-reopened', at: iso, payload: { reason } }),
    resolve: () => ({ type: 'complaint-resolved', at: iso, payload: { cause: 'coordinator' } }),
    escalate: () => ({ type: 'complaint-escalated', at: iso, payload: { level: Number(input['level']), reason } }),
    merge: () => ({ type: 'complaint-merged', at: iso, payload: { intoId: String(input['intoId']) } }),
  };
  return events[command]();
}

function mayIssue(actor: Actor, command: Command, complaint: ComplaintProjection): boolean {
  if (!(MAY_ISSUE[command] as readonly ActorRole[]).includes(actor.role)) return false;
  if (actor.role === 'unit_officer') return complaint.unitId === actor.unitId;
  if (actor.role === 'complainant') return complaint.complainantId === actor.id;
  return true;
}

/** Resolves the fitted parts of an op: a command the reference accepts now, an actor allowed to issue it. */
function resolve(op: CommandOp, world: World, complaint: ComplaintProjection): { command: Command; actor: Actor } {
  const at = world.clock.now();
  const fitting = COMMANDS.filter((command) =>
    world.reference[op.complaint]!.can(candidateEvent(command, inputFor(op, command, world, complaint.version), at, complaint.unitId)),
  );
  const command = op.command !== 'fitting' ? op.command : (fitting[op.pick % Math.max(fitting.length, 1)] ?? COMMANDS[op.pick]!);
  const allowed = ACTORS.filter((actor) => mayIssue(actor, command, complaint));
  const actor =
    op.actor !== 'fitting' ? ACTORS[op.actor]! : (allowed[op.pick % Math.max(allowed.length, 1)] ?? ACTORS[op.pick % ACTORS.length]!);
  return { command, actor };
}

/** What the desk must answer, derived from the reference alone. */
function expectedOutcome(
  op: CommandOp,
  command: Command,
  actor: Actor,
  complaint: ComplaintProjection,
  candidate: LifecycleEvent,
  reference: Snapshot,
  mergeTarget: ComplaintProjection | undefined,
): string {
  if (!mayIssue(actor, command, complaint)) return 'forbidden';
  if (op.version === 'stale') return 'version_conflict';
  if (!reference.can(candidate)) return 'illegal_transition';
  if (mergeTarget && (mergeTarget.status === 'merged' || mergeTarget.status === 'rejected')) return 'invalid_input';
  return 'accepted';
}

async function projectionOf(world: World, index: number): Promise<ComplaintProjection> {
  return (await world.store.doLoadProjection(world.ids[index]!))!;
}

async function apply(world: World, op: Op): Promise<void> {
  world.clock.advance(op.kind === 'wait' ? op.days * DAY_MS : MINUTE_MS);
  if (op.kind === 'wait') return;
  const before = await projectionOf(world, op.complaint);
  const { command, actor } = resolve(op, world, before);
  const input = inputFor(op, command, world, before.version);
  const candidate = candidateEvent(command, input, world.clock.now(), before.unitId);
  const mergeTarget = command === 'merge' ? await world.store.doLoadProjection(String((input as { intoId: string }).intoId)) : undefined;
  const expected = expectedOutcome(op, command, actor, before, candidate, world.reference[op.complaint]!, mergeTarget);

  const issue = world.desk[command] as (actor: Actor, input: unknown) => Promise<unknown>;
  const outcome = await issue(actor, input).then(
    () => 'accepted',
    (error: unknown) => (AduanError.isInstance(error) ? error.code : String(error)),
  );
  expect(outcome, `${actor.role} ${command} on a "${before.status}" complaint`).toBe(expected);

  const events = await world.store.doReadStream(world.ids[op.complaint]!);
  const after = await projectionOf(world, op.complaint);
  expect(after.version).toBe(events.length);
  if (outcome !== 'accepted') {
    expect(after).toEqual(before);
    return;
  }
  const stored = events.at(-1)!;
  const lifecycleEvent = { type: stored.type, at: stored.at, payload: stored.payload } as LifecycleEvent;
  expect(stored.type).toBe(candidate.type);
  expect(world.reference[op.complaint]!.can(lifecycleEvent)).toBe(true);
  world.reference[op.complaint] = transition(complaintMachine, world.reference[op.complaint]!, lifecycleEvent)[0];
  expect(after.status).toBe(world.reference[op.complaint]!.value);
}

async function startWorld(): Promise<World> {
  const { desk, store, clock } = createHarness();
  const ids: string[] = [];
  const reference: Snapshot[] = [];
  for (const owner of OWNERS) {
    const { complaint } = await desk.receive(owner, { channel: 'web', title: 'Lampu jalan mati', description: 'Sudah seminggu gelap.' });
    const [received] = await store.doReadStream(complaint.id);
    ids.push(complaint.id);
    reference.push(
      getInitialSnapshot(complaintMachine, {
        complaintId: complaint.id,
        at: received!.at,
        received: received!.payload as EventPayload<'complaint-received'>,
      }),
    );
  }
  return { desk, store, clock, ids, reference };
}

async function checkInvariants(world: World): Promise<void> {
  const live = world.store.contents();
  for (const projection of live.projections) {
    const versions = live.events.filter((event) => event.complaintId === projection.id).map((event) => event.version);
    expect(versions).toEqual(versions.map((_, index) => index + 1));
    expect(projection.version).toBe(versions.length);
    expect(await world.desk.verifyHistory(projection.id)).toMatchObject({ ok: true, events: versions.length });
  }

  expect(await world.desk.rebuild()).toEqual({ rebuilt: world.ids.length, failed: [] });
  const byId = (rows: ComplaintProjection[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(world.store.contents().projections)).toEqual(byId(live.projections));

  for (const officer of OFFICERS) {
    const mine = live.projections.filter((projection) => projection.unitId === officer.unitId);
    const listed = await world.desk.list(officer, { limit: 500 });
    expect(listed.items.map((item) => item.id).sort()).toEqual(mine.map((projection) => projection.id).sort());
    const counted = Object.values(await world.desk.count(officer, 'status')).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(mine.length);
    for (const projection of live.projections) {
      const read = await world.desk.get(officer, projection.id).then(
        () => 'read',
        (error: unknown) => (AduanError.hasCode(error, 'forbidden') ? 'forbidden' : String(error)),
      );
      expect(read).toBe(projection.unitId === officer.unitId ? 'read' : 'forbidden');
    }
  }
}

describe('desk properties over random command sequences', () => {
  it('accepts exactly what the reference allows and keeps history, projections and unit scope consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { minLength: 1, maxLength: 40, size: 'max' }), async (ops) => {
        const world = await startWorld();
        for (const op of ops) await apply(world, op);
        await checkInvariants(world);
      }),
      { numRuns: 200 },
    );
  });
});
