/**
 * Model-based test: paths generated from `complaintMachine` by xstate/graph are driven through the
 * public desk, and after every step the desk must stand where the machine stands.
 */
import { AduanError, type Actor, type ComplaintContext, type DeadlinePolicyV1, type DueAction } from '@aduan/spec';
import { transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  complaintMachine,
  type ComplaintEventType,
  type ComplaintMachineInput,
  type Desk,
  type LifecycleEvent,
  type SweepReport,
} from '../index.js';
import { syncDigest } from '../desk/sync-digest.js';
import { createConfirmationOnlyPolicy } from '../sla/index.js';
import { coordinator, createHarness, DAY_MS, MINUTE_MS, START, UNIT_A, UNIT_B, type TestClock } from '../test-support/harness.js';

type Snapshot = SnapshotFrom<typeof complaintMachine>;
type LaterEventType = Exclude<ComplaintEventType, 'complaint-received'>;
type EventOf<T extends ComplaintEventType> = Extract<LifecycleEvent, { type: T }>;

const MODEL_ID = 'model-complaint';
const OTHER_ID = 'model-other-complaint';
const T0 = Date.parse(START);
const at = (ms: number) => new Date(ms).toISOString();
/** The default deadline policy gives the complainant 10 calendar days to confirm or dispute. */
const CONFIRM_BY = at(T0 + 10 * DAY_MS);

const LAPOR_ID = '5049672';
const OTHER_LAPOR_ID = '5049673';
const SYNC_FIELDS = { status: 'Terverifikasi' };
const SYNC_STAMPS = { reportedAt: at(T0 - DAY_MS) };
const importer: Actor = { id: 'lapor-import', role: 'system' };

const PSEUDONYM_KEY = 'model-test-secret-key-for-pseudonyms';
const SENDER = '6281234567890';
const officerOf = (unitId: string): Actor => ({ id: `penghubung-${unitId}`, role: 'unit_officer', unitId });

const input: ComplaintMachineInput = {
  complaintId: MODEL_ID,
  at: at(T0),
  received: {
    trackingNumber: 'ADU-250303-MODEL0',
    channel: 'whatsapp',
    title: 'Saluran air tersumbat',
    description: 'Air meluap ke jalan setiap hujan.',
    classification: 'pengaduan',
    attachments: [],
    complainantId: 'model-complainant',
    anonim: true,
    rahasia: true,
  },
};

/** Representative events of every type, with payloads that satisfy each guard and ones that fail it. */
const SAMPLES: { [T in LaterEventType]: (context: ComplaintContext) => EventOf<T>[] } = {
  'complaint-info-requested': () => [{ type: 'complaint-info-requested', at: at(T0), payload: { message: 'Mohon kirim foto saluran.' } }],
  'complaint-info-provided': () => [
    { type: 'complaint-info-provided', at: at(T0), payload: { message: 'Fotonya terlampir.', attachments: [] } },
  ],
  'complaint-follow-up-received': () => [
    { type: 'complaint-follow-up-received', at: at(T0), payload: { message: 'Masih tersumbat.', attachments: [] } },
  ],
  'complaint-verified': () => [{ type: 'complaint-verified', at: at(T0), payload: { classification: 'pengaduan' } }],
  'complaint-rejected': () => [{ type: 'complaint-rejected', at: at(T0), payload: { reason: 'spam' } }],
  'complaint-disposed': () => [UNIT_A, UNIT_B].map((unitId) => ({ type: 'complaint-disposed', at: at(T0), payload: { unitId } })),
  'complaint-returned': (context) => [
    { type: 'complaint-returned', at: at(T0), payload: { unitId: context.unitId ?? UNIT_A, reason: 'Bukan wewenang kami' } },
  ],
  'complaint-responded': (context) => [
    {
      type: 'complaint-responded',
      at: at(T0),
      payload: { unitId: context.unitId, message: 'Saluran sudah dibersihkan.', attachments: [], confirmBy: CONFIRM_BY },
    },
  ],
  'complaint-confirmed': () => [{ type: 'complaint-confirmed', at: at(T0), payload: {} }],
  'complaint-resolved': () => [{ type: 'complaint-resolved', at: at(T0), payload: { cause: 'coordinator' } }],
  // One day into the window, and one day after it closed.
  'complaint-reopened': () =>
    [T0 + DAY_MS, T0 + 11 * DAY_MS].map((ms) => ({ type: 'complaint-reopened', at: at(ms), payload: { reason: 'Tersumbat lagi' } })),
  // Levels 1 and 2: from level 1 the first is not higher, from level 2 neither is.
  'complaint-escalated': () =>
    [1, 2].map((level) => ({ type: 'complaint-escalated', at: at(T0), payload: { level, reason: 'Tenggat terlewati' } })),
  'complaint-merged': () => [OTHER_ID, MODEL_ID].map((intoId) => ({ type: 'complaint-merged', at: at(T0), payload: { intoId } })),
  'complaint-deadline-approaching': () => [
    { type: 'complaint-deadline-approaching', at: at(T0), payload: { stage: 'verification', fraction: 0.8, dueAt: at(T0 + 3 * DAY_MS) } },
  ],
  'complaint-deadline-missed': () => [{ type: 'complaint-deadline-missed', at: at(T0), payload: { stage: 'verification', dueAt: at(T0) } }],
  // The second id is refused once the first is linked (one reference per system), and the first again records nothing.
  'complaint-linked': () =>
    [LAPOR_ID, OTHER_LAPOR_ID].map((id) => ({ type: 'complaint-linked', at: at(T0), payload: { system: 'lapor', id } })),
  // With a Tracking ID (refused when another one is linked), and without one (linked later).
  'complaint-handed-over': () =>
    [OTHER_LAPOR_ID, undefined].map((trackingId) => ({
      type: 'complaint-handed-over',
      at: at(T0),
      payload: { authority: 'Kementerian PUPR', reason: 'Jalan nasional, bukan kewenangan kota', trackingId },
    })),
  'complaint-synced': () => [
    {
      type: 'complaint-synced',
      at: at(T0),
      payload: {
        system: 'lapor',
        id: LAPOR_ID,
        transport: 'export',
        fields: SYNC_FIELDS,
        sourceTimestamps: SYNC_STAMPS,
        digest: syncDigest(SYNC_FIELDS, SYNC_STAMPS),
      },
    },
  ],
};

function eventsFor(snapshot: Snapshot): LifecycleEvent[] {
  return Object.values(SAMPLES).flatMap((sample) => sample(snapshot.context) as LifecycleEvent[]);
}

/** States that differ only in timestamps are the same for the lifecycle: keep the graph finite. */
function serializeState(snapshot: Snapshot): string {
  const { unitId, escalationLevel, confirmBy, externalRefs, synced } = snapshot.context;
  const refs = externalRefs.map((ref) => ref.id).join();
  return JSON.stringify({
    status: snapshot.value,
    unitId,
    escalationLevel,
    windowOpen: confirmBy !== null,
    refs,
    synced: 'lapor' in synced,
  });
}

const label = (snapshot: Snapshot) => {
  const { unitId, escalationLevel, confirmBy, externalRefs, synced } = snapshot.context;
  const refs = externalRefs.length > 0 ? `, lapor ${externalRefs.map((ref) => ref.id).join()}${'lapor' in synced ? ' synced' : ''}` : '';
  return `${String(snapshot.value)} (unit ${unitId ?? '-'}, level ${escalationLevel}${confirmBy ? ', window open' : ''}${refs})`;
};
const describeEvent = (event: LifecycleEvent) => `${event.type} ${JSON.stringify(event.payload)} at ${event.at}`;

const shortestPaths = getShortestPaths(complaintMachine, { input, events: eventsFor, serializeState });

interface Step {
  before: Snapshot;
  event: LifecycleEvent;
  after: Snapshot;
}

/** Every reachable state by its shortest path, then every sample event from there: all edges of the graph. */
const plans = shortestPaths.flatMap((path) => {
  const prefix: Step[] = path.steps
    .slice(1)
    .map((step, index) => ({ before: path.steps[index]!.state, event: step.event, after: step.state }));
  return eventsFor(path.state).map((event) => ({
    start: path.state,
    steps: [...prefix, { before: path.state, event, after: transition(complaintMachine, path.state, event)[0] }],
  }));
});

const transitionKey = (state: string, eventType: string) => `${state} + ${eventType}`;

function definedTransitions(guarded: boolean): Set<string> {
  const keys = new Set<string>();
  for (const node of Object.values(complaintMachine.root.states)) {
    for (const [eventType, definitions] of node.transitions) {
      if (!guarded || definitions.some((definition) => definition.guard)) keys.add(transitionKey(node.key, eventType));
    }
  }
  return keys;
}

function exercised(predicate: (step: Step) => boolean): Set<string> {
  const keys = new Set<string>();
  for (const plan of plans) {
    for (const step of plan.steps) if (predicate(step)) keys.add(transitionKey(String(step.before.value), step.event.type));
  }
  return keys;
}

const handles = (snapshot: Snapshot, eventType: string) =>
  complaintMachine.getStateNodeById(`complaint.${String(snapshot.value)}`).transitions.has(eventType);

describe('paths generated from the lifecycle machine', () => {
  it('reach every state of the machine', () => {
    const reached = new Set(shortestPaths.map((path) => String(path.state.value)));

    expect([...reached].sort()).toEqual(Object.keys(complaintMachine.root.states).sort());
  });

  it('take every transition the machine defines', () => {
    expect([...exercised((step) => step.before.can(step.event))].sort()).toEqual([...definedTransitions(false)].sort());
  });

  it('also try every guarded transition with an event its guard refuses', () => {
    const refusedByGuard = exercised((step) => handles(step.before, step.event.type) && !step.before.can(step.event));

    expect([...refusedByGuard].sort()).toEqual([...definedTransitions(true)].sort());
  });

  it('try every event in every state, including the ones the state ignores', () => {
    const tried = exercised(() => true);
    const states = Object.keys(complaintMachine.root.states);
    const types = Object.keys(SAMPLES);

    expect(tried.size).toBe(states.length * types.length);
  });
});

/**
 * Deadline notices come only from the sweep. This policy keeps the model complaint always due and
 * lets a step script what the sweep finds to do; the confirmation window is the default one.
 */
interface ScriptedPolicy extends DeadlinePolicyV1 {
  /** The model complaint; every other complaint has no deadline. */
  target: string | undefined;
  bystander: string | undefined;
  next: DueAction | null;
}

function createScriptedPolicy(): ScriptedPolicy {
  const confirmation = createConfirmationOnlyPolicy();
  const policy: ScriptedPolicy = {
    target: undefined,
    bystander: undefined,
    next: null,
    specificationVersion: 'v1',
    confirmationDeadline: confirmation.confirmationDeadline,
    advance: (_previous, event) => ({
      deadline: event.complaintId === policy.bystander ? null : { kind: 'scripted', dueAt: event.at },
      dueAt: null,
    }),
    clocks: () => [],
    expectedResolution: () => null,
    // One scripted act per step: the sweep catches a complaint up while it stays due, and this
    // policy keeps it due forever.
    dueAction: (_state, context) => {
      if (context.complaintId !== policy.target) return null;
      const scripted = policy.next;
      policy.next = null;
      return scripted;
    },
  };
  return policy;
}

interface Drive {
  desk: Desk;
  /** The resident who sent the model complaint (the desk gave them a random id). */
  complainant: Actor;
  clock: TestClock;
  policy: ScriptedPolicy;
  complaintId: string;
  otherId: string;
  messages: number;
}

async function startDrive(): Promise<Drive> {
  const policy = createScriptedPolicy();
  const { desk, clock } = createHarness({ pseudonymKey: PSEUDONYM_KEY, deadlines: policy });
  const other = await desk.receive(coordinator, { channel: 'web', title: 'Saluran tersumbat (laporan lain)', description: 'Sama.' });
  policy.bystander = other.complaint.id;
  // The model complaint arrives as a resident's WhatsApp message, so that later messages from the
  // same number find it (through the contact key) as they would in production.
  const routed = await desk.routeInbound({
    channel: input.received.channel,
    messageId: 'wamid.model-0',
    receivedAt: clock.now().toISOString(),
    senderAddress: SENDER,
    contact: {},
    text: `${input.received.title}\n${input.received.description}`,
    attachments: [],
  });
  if (routed.outcome !== 'created') throw new Error(`the model complaint was not created: ${JSON.stringify(routed)}`);
  const view = await desk.get(coordinator, routed.complaint.id);
  if (view.complainant.visibility !== 'full') throw new Error('a coordinator sees the complainant');
  policy.target = routed.complaint.id;
  const complainant: Actor = { id: view.complainant.complainantId, role: 'complainant' };
  return { desk, clock, policy, complainant, complaintId: routed.complaint.id, otherId: other.complaint.id, messages: 0 };
}

/** Lets the sweep find `action` due on the model complaint; answers like a command would. */
async function sweepFor(drive: Drive, action: DueAction): Promise<string> {
  drive.policy.next = action;
  const report: SweepReport = await drive.desk.sweep().finally(() => (drive.policy.next = null));
  if (report.acted === 1 && report.failed.length === 0) return 'accepted';
  if (report.acted === 0 && report.failed.length === 1 && report.failed[0]!.reason.includes('is not allowed while'))
    return 'illegal_transition';
  return `unexpected sweep report ${JSON.stringify(report)}`;
}

/**
 * How each machine event is asked of the desk: which command, by whom. Returns `accepted`, the
 * error code, or for a resident's channel message where the router put it.
 */
type Driver<T extends LaterEventType> = (drive: Drive, event: EventOf<T>, unitId: string | null) => Promise<unknown>;
const DRIVERS: { [T in LaterEventType]: Driver<T> } = {
  'complaint-info-requested': (d, e) => d.desk.requestInfo(coordinator, { complaintId: d.complaintId, message: e.payload.message }),
  'complaint-info-provided': (d, e) => d.desk.provideInfo(d.complainant, { complaintId: d.complaintId, message: e.payload.message }),
  'complaint-follow-up-received': async (d, e) => {
    const { trackingNumber } = await d.desk.get(coordinator, d.complaintId);
    const routed = await d.desk.routeInbound({
      channel: 'whatsapp',
      messageId: `wamid.model-${++d.messages}`,
      receivedAt: d.clock.now().toISOString(),
      senderAddress: SENDER,
      contact: {},
      text: `${e.payload.message} (${trackingNumber})`,
      attachments: [],
    });
    if (routed.outcome === 'quarantined') return `quarantined: ${routed.reason}`;
    return routed.complaint.id === d.complaintId ? routed.outcome : `routed to a new complaint (${routed.outcome})`;
  },
  'complaint-verified': (d, e) => d.desk.verify(coordinator, { complaintId: d.complaintId, classification: e.payload.classification }),
  'complaint-rejected': (d, e) => d.desk.reject(coordinator, { complaintId: d.complaintId, reason: e.payload.reason }),
  'complaint-disposed': (d, e) => d.desk.dispose(coordinator, { complaintId: d.complaintId, unitId: e.payload.unitId }),
  'complaint-returned': (d, e, unitId) =>
    d.desk.returnNotOurs(officerOf(unitId ?? e.payload.unitId), { complaintId: d.complaintId, reason: e.payload.reason }),
  'complaint-responded': (d, e, unitId) =>
    d.desk.respond(unitId ? officerOf(unitId) : coordinator, { complaintId: d.complaintId, message: e.payload.message }),
  'complaint-confirmed': (d) => d.desk.confirm(d.complainant, { complaintId: d.complaintId }),
  'complaint-resolved': (d) => d.desk.resolve(coordinator, { complaintId: d.complaintId }),
  'complaint-reopened': (d, e) => d.desk.reopen(d.complainant, { complaintId: d.complaintId, reason: e.payload.reason }),
  'complaint-escalated': (d, e) =>
    d.desk.escalate({ id: 'sla-sweep', role: 'system' }, { complaintId: d.complaintId, level: e.payload.level, reason: e.payload.reason }),
  'complaint-merged': (d, e) =>
    d.desk.merge(coordinator, { complaintId: d.complaintId, intoId: e.payload.intoId === MODEL_ID ? d.complaintId : d.otherId }),
  'complaint-deadline-approaching': (d, e) => sweepFor(d, { type: 'announce_approaching', event: { type: e.type, payload: e.payload } }),
  'complaint-deadline-missed': (d, e) =>
    sweepFor(d, { type: 'record_missed', event: { type: e.type, payload: e.payload }, escalateTo: null }),
  'complaint-linked': async (d, e) => {
    const before = await d.desk.get(coordinator, d.complaintId);
    const after = await d.desk.link(coordinator, { complaintId: d.complaintId, system: e.payload.system, id: e.payload.id });
    return after.version === before.version ? 'already recorded' : 'accepted';
  },
  'complaint-handed-over': (d, e) =>
    d.desk.handOver(coordinator, {
      complaintId: d.complaintId,
      authority: e.payload.authority,
      reason: e.payload.reason,
      trackingId: e.payload.trackingId,
    }),
  'complaint-synced': async (d, e) => {
    const before = await d.desk.get(coordinator, d.complaintId);
    const after = await d.desk.sync(importer, {
      complaintId: d.complaintId,
      system: e.payload.system,
      id: e.payload.id,
      transport: e.payload.transport,
      fields: e.payload.fields,
      sourceTimestamps: e.payload.sourceTimestamps,
    });
    return after.version === before.version ? 'already recorded' : 'accepted';
  },
};

/** What the desk answers when the machine accepts or refuses an event. */
function expectedAnswer(step: Step, unitId: string | null): string {
  const accepted = step.before.can(step.event);
  if (step.event.type === 'complaint-follow-up-received') {
    // A resident's message to a complaint waiting for data is the data (routeInbound): see the dedicated test.
    if (step.before.value === 'needs_info') return 'info-provided';
    return accepted ? 'follow-up' : 'routed to a new complaint (created)';
  }
  // Only a unit officer may return a complaint, and no officer may touch one that is at no unit. (The
  // machine does accept a return from `disposed` without a unit: reachable by reopening a response
  // the coordinator gave to an escalated complaint. The desk cannot act it out.)
  if (step.event.type === 'complaint-returned' && unitId === null) return 'forbidden';
  // A link the complaint holds, or a sync it already has, records nothing (refused or not by the machine).
  const { context } = step.before;
  const { event } = step;
  if (event.type === 'complaint-linked' && context.externalRefs.some((ref) => ref.id === event.payload.id)) {
    return handles(step.before, event.type) ? 'already recorded' : 'illegal_transition';
  }
  if (event.type === 'complaint-synced' && accepted && context.synced['lapor'] === event.payload.digest) return 'already recorded';
  return accepted ? 'accepted' : 'illegal_transition';
}

/** The end of the confirmation window the desk opened with its latest response. */
async function deskConfirmBy(drive: Drive): Promise<string> {
  const responses = (await drive.desk.history(coordinator, drive.complaintId)).filter((event) => event.type === 'complaint-responded');
  return String(responses.at(-1)?.payload['confirmBy']);
}

async function driveStep(drive: Drive, step: Step): Promise<void> {
  const before = await drive.desk.get(coordinator, drive.complaintId);
  drive.clock.advance(MINUTE_MS);
  const { event } = step;
  if (event.type === 'complaint-reopened' && step.before.context.confirmBy) {
    // Put the desk as far from its own window's end as the model event is from the model's.
    const offset = Date.parse(event.at) - Date.parse(step.before.context.confirmBy);
    drive.clock.set(new Date(Date.parse(await deskConfirmBy(drive)) + offset));
  }
  const driver = DRIVERS[event.type as LaterEventType] as Driver<LaterEventType>;
  const answer = await driver(drive, event as EventOf<LaterEventType>, before.unitId).then(
    (outcome) => (typeof outcome === 'string' ? outcome : 'accepted'),
    (error: unknown) => (AduanError.isInstance(error) ? error.code : String(error)),
  );
  const where = `${label(step.before)} --${describeEvent(event)}-->`;
  expect(answer, where).toBe(expectedAnswer(step, before.unitId));

  const after = await drive.desk.get(coordinator, drive.complaintId);
  if (answer === 'info-provided') return;
  const moved = answer === 'accepted' || answer === 'follow-up';
  const expected = moved ? step.after : step.before;
  expect(after.version, where).toBe(moved ? before.version + 1 : before.version);
  expect(
    { status: after.status, unitId: after.unitId, escalationLevel: after.escalationLevel, mergedInto: after.mergedInto },
    where,
  ).toEqual({
    status: expected.value,
    unitId: expected.context.unitId,
    escalationLevel: expected.context.escalationLevel,
    mergedInto: expected.context.mergedInto === null ? null : expected.context.mergedInto === MODEL_ID ? drive.complaintId : drive.otherId,
  });
}

describe('the desk follows the lifecycle machine', () => {
  const byStart = new Map<string, typeof plans>();
  for (const plan of plans) byStart.set(label(plan.start), [...(byStart.get(label(plan.start)) ?? []), plan]);

  it.each([...byStart.entries()])('from %s, every event lands where the machine says', async (_start, startPlans) => {
    for (const plan of startPlans) {
      const drive = await startDrive();
      for (const step of plan.steps) await driveStep(drive, step);
    }
  });

  it('takes a resident’s message to a complaint waiting for data as the data, not as a follow-up', async () => {
    const waiting = plans.find(
      (plan) => plan.start.value === 'needs_info' && plan.steps.at(-1)?.event.type === 'complaint-follow-up-received',
    )!;
    const drive = await startDrive();
    for (const step of waiting.steps.slice(0, -1)) await driveStep(drive, step);

    await driveStep(drive, waiting.steps.at(-1)!);

    expect((await drive.desk.get(coordinator, drive.complaintId)).status).toBe('received');
  });
});
