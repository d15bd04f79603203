import {
  DuplicateMessageError,
  DuplicateTrackingNumberError,
  GENESIS_HASH,
  type Actor,
  type ComplainantIdentity,
  type ComplaintProjection,
  type IntakeInput,
  type OutboxMessage,
  type StoredEvent,
} from '@aduan/spec';
import { startLifecycle, statusOf } from '../machine/lifecycle.js';
import { projectionOf, withHead } from '../projection.js';
import { actorSchema } from '../schemas/common.js';
import { EVENT_SCHEMA_VERSION, eventPayloadSchemas } from '../schemas/events.js';
import { intakeSchema, type Intake } from '../schemas/intake.js';
import { sealEvent } from '../support/hash-chain.js';
import { parseInput } from '../support/parse.js';
import { addPluginEvents, anyAddsEvents } from './add-plugin-events.js';
import { announce } from './announce.js';
import { authorizeCommand, authorizeRead } from './authorization.js';
import { loadComplaint } from './load.js';
import { pluginOutboxRows, sealPluginEvents } from './plugin-events.js';
import { runBeforeCommand } from './plugins.js';
import type { DeskRuntime } from './runtime.js';
import type { SealedStep } from './seal-events.js';

export interface ReceiveResult {
  complaint: ComplaintProjection;
  /** True when this channel message had been received before; `complaint` is the existing one. */
  duplicate: boolean;
}

/** Tracking numbers are random; a collision is rare, so a few fresh draws always suffice. */
const TRACKING_NUMBER_ATTEMPTS = 5;

async function mergedIdentity(runtime: DeskRuntime, complainantId: string, intake: Intake): Promise<ComplainantIdentity | undefined> {
  if (Object.keys(intake.contact).length === 0) return undefined;
  const known = await runtime.store.doLoadIdentity(complainantId);
  const handles = known?.handles || intake.contact.handles ? { ...known?.handles, ...intake.contact.handles } : undefined;
  return { ...known, ...intake.contact, ...(handles ? { handles } : {}), complainantId };
}

/** The first event of a new complaint, its machine snapshot and projection (nothing is stored yet). */
/** The first event of a new complaint (`complaint-received`), sealed, with the machine and the deadline state after it. */
export function sealFirstEvent(runtime: DeskRuntime, actor: Actor, intake: Intake, complainantId: string): SealedStep {
  const now = runtime.clock.now();
  const at = now.toISOString();
  const complaintId = runtime.newId();
  const received = parseInput(
    eventPayloadSchemas['complaint-received'],
    {
      trackingNumber: runtime.nextTrackingNumber(now),
      channel: intake.channel,
      channelMessageId: intake.channelMessageId,
      title: intake.title,
      description: intake.description,
      classification: intake.classification,
      category: intake.category,
      location: intake.location,
      occurredAt: intake.occurredAt,
      attachments: intake.attachments,
      complainantId,
      anonim: intake.anonim,
      rahasia: intake.rahasia,
      externalRefs: intake.externalRefs,
    },
    'complaint-received event',
    runtime.language,
  );
  const snapshot = startLifecycle({ complaintId, at, received });
  const event = sealEvent(
    {
      id: runtime.newId(),
      complaintId,
      version: 1,
      type: 'complaint-received',
      schemaVersion: EVENT_SCHEMA_VERSION,
      at,
      actor,
      payload: received,
    },
    GENESIS_HASH,
  );
  return { event, snapshot, deadlines: runtime.deadlines.advance(null, event, statusOf(snapshot), snapshot.context) };
}

/** The first event of a new complaint with the complaint's projection after it. */
function buildFirstEvent(runtime: DeskRuntime, actor: Actor, intake: Intake, complainantId: string) {
  const { event, snapshot, deadlines } = sealFirstEvent(runtime, actor, intake, complainantId);
  return { event, snapshot, projection: projectionOf(snapshot, event, deadlines) };
}

/** The received event with the events plugins add on receipt (an acknowledgement), for one append. */
async function withPluginEvents(
  runtime: DeskRuntime,
  actor: Actor,
  event: StoredEvent,
  projection: ComplaintProjection,
  identity: ComplainantIdentity | undefined,
): Promise<{ events: StoredEvent[]; projection: ComplaintProjection; outbox: OutboxMessage[] | undefined }> {
  if (!anyAddsEvents(runtime)) return { events: [event], projection, outbox: undefined };
  const added = await addPluginEvents(runtime, {
    command: 'receive',
    actor,
    events: [event],
    complaint: projection,
    previous: undefined,
    identity: async () => identity ?? (await runtime.store.doLoadIdentity(projection.complainantId)),
  });
  if (added.length === 0) return { events: [event], projection, outbox: undefined };
  const sealed = sealPluginEvents(runtime, projection.id, added, event.at, 2, event.hash);
  const outbox = sealed.flatMap((stored, index) => pluginOutboxRows(runtime, projection, stored, added[index]!.outbox));
  return { events: [event, ...sealed], projection: withHead(projection, sealed.at(-1)!), outbox };
}

/** The complaint a repeated message created, if this actor may read it (a reused message id must not reveal another's complaint). */
async function existingFor(runtime: DeskRuntime, actor: Actor, complaintId: string): Promise<ReceiveResult> {
  const complaint = await loadComplaint(runtime.store, complaintId);
  authorizeRead(actor, complaint);
  return { complaint, duplicate: true };
}

/**
 * Registers a new complaint. The identity goes to its own record, never into the event. The same
 * channel message twice yields one complaint, also when both arrive at once (the store's unique
 * dedupe key decides the race). `contactKey` (inbound routing) is stored with it, so the sender's
 * next message finds the same complainant.
 */
export async function receiveComplaint(
  runtime: DeskRuntime,
  rawActor: Actor,
  rawIntake: IntakeInput,
  options: { contactKey?: string } = {},
): Promise<ReceiveResult> {
  const actor = parseInput(actorSchema, rawActor, 'actor', runtime.language);
  authorizeCommand(actor, 'receive', undefined);
  const intake = parseInput(intakeSchema, rawIntake, 'intake', runtime.language);
  const dedupeKey = intake.channelMessageId ? { channel: intake.channel, messageId: intake.channelMessageId } : undefined;
  if (dedupeKey) {
    const existingId = await runtime.store.doFindByDedupeKey(dedupeKey);
    if (existingId) return existingFor(runtime, actor, existingId);
  }
  if (runtime.plugins.length > 0)
    await runBeforeCommand(runtime.plugins, { command: 'receive', actor, input: intake, complaint: undefined });

  // A complainant files for themselves; everyone else names a known complainant or gets a new one.
  const complainantId = actor.role === 'complainant' ? actor.id : (intake.complainantId ?? runtime.newId());
  const identity = await mergedIdentity(runtime, complainantId, intake);
  for (let attempt = 1; ; attempt++) {
    const { event, snapshot, projection: received } = buildFirstEvent(runtime, actor, intake, complainantId);
    const { events, projection, outbox } = await withPluginEvents(runtime, actor, event, received, identity);
    try {
      await runtime.store.doAppend({
        complaintId: projection.id,
        expectedVersion: 0,
        events,
        projection,
        identity,
        dedupeKey,
        contactKey: options.contactKey,
        outbox,
        externalRefs: intake.externalRefs,
      });
      runtime.snapshots.set(projection.lastEventHash, snapshot);
      await announce(runtime, 'receive', actor, events, projection);
      return { complaint: projection, duplicate: false };
    } catch (error) {
      if (DuplicateMessageError.isInstance(error)) return existingFor(runtime, actor, error.existingComplaintId);
      if (!DuplicateTrackingNumberError.isInstance(error) || attempt >= TRACKING_NUMBER_ATTEMPTS) throw error;
    }
  }
}
