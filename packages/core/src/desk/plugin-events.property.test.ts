import { AduanError, type Actor, type ComplaintProjection } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../index.js';
import { coordinator, createHarness, DAY_MS, MINUTE_MS, otherResident, resident, type Harness } from '../test-support/harness.js';
import { probePlugin, type ProbePlugin } from '../test-support/probe-plugin.js';

const COMMANDS = [
  'verify',
  'requestInfo',
  'provideInfo',
  'dispose',
  'returnNotOurs',
  'respond',
  'followUp',
  'confirm',
  'reopen',
  'resolve',
  'escalate',
  'reject',
  'merge',
] as const;
type Command = (typeof COMMANDS)[number];
const OWNERS = [resident, otherResident] as const;
const UNITS = ['dinas-pupr', 'puskesmas-bendan'] as const;

type Op =
  | { kind: 'command'; complaint: number; command: Command; variant: number; withEvent: boolean }
  | { kind: 'plugin'; complaint: number; variant: number }
  | { kind: 'wait'; days: number };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      complaint: fc.nat(OWNERS.length - 1),
      command: fc.constantFrom(...COMMANDS),
      variant: fc.nat(5),
      withEvent: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('plugin' as const), complaint: fc.nat(OWNERS.length - 1), variant: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 12 }) }) },
);

/** Two desks fed the same lifecycle commands; only the first also gets plugin events. */
interface Worlds {
  withPlugin: Harness & { ids: string[]; probe: ProbePlugin };
  lifecycleOnly: Harness & { ids: string[] };
}

function actorFor(command: Command, complaint: number, unitId: string | null): Actor {
  if (command === 'provideInfo' || command === 'followUp' || command === 'confirm' || command === 'reopen') return OWNERS[complaint]!;
  if ((command === 'respond' || command === 'returnNotOurs') && unitId) return { id: `penghubung-${unitId}`, role: 'unit_officer', unitId };
  return coordinator;
}

function inputFor(command: Command, complaintId: string, variant: number, otherId: string): Record<string, unknown> {
  const base = { complaintId };
  switch (command) {
    case 'requestInfo':
    case 'provideInfo':
    case 'respond':
    case 'followUp':
      return { ...base, message: `Pesan ${variant}` };
    case 'verify':
      return { ...base, classification: 'pengaduan' };
    case 'dispose':
      return { ...base, unitId: UNITS[variant % 2] };
    case 'returnNotOurs':
    case 'reopen':
      return { ...base, reason: `Alasan ${variant}` };
    case 'escalate':
      return { ...base, level: 1 + (variant % 3), reason: 'Tenggat terlewati' };
    case 'reject':
      return { ...base, reason: 'not_eligible' };
    case 'merge':
      return { ...base, intoId: otherId };
    default:
      return base;
  }
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (AduanError.isInstance(error) ? error.code : String(error)),
  );

/** What the lifecycle decides: everything of the projection except the chain's head and the ids that differ between worlds. */
function lifecycleOf(projection: ComplaintProjection, ids: readonly string[]) {
  const context = projection.machine.context;
  return {
    status: projection.status,
    unitId: projection.unitId,
    escalationLevel: projection.escalationLevel,
    classification: projection.classification,
    mergedInto: projection.mergedInto === null ? null : ids.indexOf(projection.mergedInto),
    deadline: projection.deadline,
    dueAt: projection.dueAt,
    confirmBy: context['confirmBy'],
    missedStages: context['missedStages'],
    lastInboundAt: context['lastInboundAt'],
    deadlines: projection.machine.deadlines,
  };
}

async function apply(worlds: Worlds, op: Op): Promise<void> {
  const { withPlugin, lifecycleOnly } = worlds;
  const step = op.kind === 'wait' ? op.days * DAY_MS : MINUTE_MS;
  withPlugin.clock.advance(step);
  lifecycleOnly.clock.advance(step);
  if (op.kind === 'wait') {
    const [a, b] = await Promise.all([withPlugin.desk.sweep(), lifecycleOnly.desk.sweep()]);
    expect(a.acted).toBe(b.acted);
    return;
  }
  if (op.kind === 'plugin') {
    await withPlugin.probe
      .desk()
      .appendEvent({ complaintId: withPlugin.ids[op.complaint]!, name: 'noted', payload: { text: `Catatan ${op.variant}` } });
    return;
  }
  const reference = (await lifecycleOnly.store.doLoadProjection(lifecycleOnly.ids[op.complaint]!))!;
  const actor = actorFor(op.command, op.complaint, reference.unitId);
  const input = (world: Worlds['lifecycleOnly']) =>
    inputFor(op.command, world.ids[op.complaint]!, op.variant, world.ids[(op.complaint + 1) % world.ids.length]!);
  const issue = (desk: Desk, values: Record<string, unknown>) =>
    (desk[op.command] as (a: Actor, i: unknown) => Promise<unknown>)(actor, values);
  const plugged = op.withEvent
    ? withPlugin.probe
        .desk()
        .run(op.command, actor, input(withPlugin), { events: [{ name: 'noted', payload: { text: 'Bersama perintah' } }] })
    : issue(withPlugin.desk, input(withPlugin));
  const [a, b] = await Promise.all([outcome(plugged), outcome(issue(lifecycleOnly.desk, input(lifecycleOnly)))]);
  expect(a, `${actor.role} ${op.command} on a "${reference.status}" complaint`).toBe(b);
}

async function startWorlds(): Promise<Worlds> {
  const probe = probePlugin();
  const withPlugin = { ...createHarness({ plugins: [probe] }), ids: [] as string[], probe };
  const lifecycleOnly = { ...createHarness(), ids: [] as string[] };
  for (const owner of OWNERS) {
    for (const world of [withPlugin, lifecycleOnly]) {
      const { complaint } = await world.desk.receive(owner, {
        channel: 'web',
        title: 'Lampu jalan mati',
        description: 'Sudah seminggu gelap.',
      });
      world.ids.push(complaint.id);
    }
  }
  return { withPlugin, lifecycleOnly };
}

async function checkWorlds({ withPlugin, lifecycleOnly }: Worlds): Promise<void> {
  for (const [index, id] of withPlugin.ids.entries()) {
    const a = (await withPlugin.store.doLoadProjection(id))!;
    const b = (await lifecycleOnly.store.doLoadProjection(lifecycleOnly.ids[index]!))!;
    expect(lifecycleOf(a, withPlugin.ids)).toEqual(lifecycleOf(b, lifecycleOnly.ids));
    const verdict = await withPlugin.desk.verifyHistory(id);
    expect(verdict).toMatchObject({ ok: true, events: a.version });
    const lifecycleTypes = (await withPlugin.store.doReadStream(id)).map((event) => event.type).filter((type) => !type.includes('/'));
    expect(lifecycleTypes).toEqual((await lifecycleOnly.store.doReadStream(lifecycleOnly.ids[index]!)).map((event) => event.type));
  }
  const live = withPlugin.store.contents().projections;
  expect(await withPlugin.desk.rebuild()).toEqual({ rebuilt: withPlugin.ids.length, failed: [] });
  expect(withPlugin.store.contents().projections).toEqual(live);
}

describe('plugin events interleaved with lifecycle commands', () => {
  it('keep verifyHistory ok and the lifecycle exactly what the lifecycle commands alone give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { minLength: 1, maxLength: 30 }), async (ops) => {
        const worlds = await startWorlds();
        for (const op of ops) {
          await apply(worlds, op);
          await checkWorlds(worlds);
        }
      }),
      { numRuns: 100 },
    );
  });
});
