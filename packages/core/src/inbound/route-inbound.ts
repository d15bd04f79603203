import { describeHttpError } from '@aduan/adapter-utils';
import {
  DuplicateMessageError,
  IllegalTransitionError,
  InvalidConfigError,
  InvalidInputError,
  OPEN_COMPLAINT_STATUSES,
  VersionConflictError,
  type Actor,
  type ComplaintProjection,
  type ComplaintStatus,
  type ComplaintSummary,
  type InboundMessageV1,
  type QuarantinedInbound,
} from '@aduan/spec';
import { receiveComplaint } from '../desk/receive.js';
import { quarantineEntry } from '../desk/quarantine.js';
import { anyClaimsInbound, offerInbound } from '../desk/plugin-inbound.js';
import { runCommand } from '../desk/run-command.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { contactKeyOf } from '../support/contact-key.js';
import { parseInput } from '../support/parse.js';
import { inboundMessageSchema } from './inbound-schema.js';

/** What became of one channel message (`claimed`: a plugin recorded it, e.g. an answer to its question). */
export type InboundOutcome = 'created' | 'info-provided' | 'follow-up' | 'duplicate' | 'claimed' | 'quarantined';

/**
 * What `desk.routeInbound` answers: the complaint the message went to (its summary, with the
 * complainant id masked), or the quarantine entry that keeps a refused message for coordinators.
 */
export type RoutedInbound =
  | { outcome: Exclude<InboundOutcome, 'claimed' | 'quarantined'>; complaint: ComplaintSummary }
  | { outcome: 'claimed'; plugin: string; complaint: ComplaintSummary }
  | { outcome: 'quarantined'; quarantineId: string; reason: string };

/** The desk-internal form of `RoutedInbound`, with the whole projection. */
export type RouteResult =
  | { outcome: Exclude<InboundOutcome, 'claimed' | 'quarantined'>; complaint: ComplaintProjection }
  | { outcome: 'claimed'; plugin: string; complaint: ComplaintProjection }
  | { outcome: 'quarantined'; quarantined: QuarantinedInbound };

const OPEN: readonly ComplaintStatus[] = OPEN_COMPLAINT_STATUSES;
const TITLE_LENGTH = 80;
const EMPTY_TEXT = '(pesan tanpa teks)';
const LOCATION_ONLY = '(lokasi dikirim)';
/** Attempts when the complaint changed between finding it and acting on it (another message of the same resident). */
const ROUTE_ATTEMPTS = 3;

function titleOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0]!.trim() || EMPTY_TEXT;
  return firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1)}…` : firstLine;
}

/** The open complaint a message belongs to: the one whose tracking number it quotes, else the sender's latest open one. */
async function findTarget(runtime: DeskRuntime, complainantId: string, text: string): Promise<ComplaintProjection | undefined> {
  const quoted = text.match(runtime.trackingPattern)?.[0]?.toUpperCase();
  if (quoted) {
    const complaint = await runtime.store.doFindByTrackingNumber(quoted);
    if (complaint && complaint.complainantId === complainantId && OPEN.includes(complaint.status)) return complaint;
  }
  const page = await runtime.store.doQuery({ complainantId, status: OPEN, limit: 1 });
  return page.items[0];
}

function requireKey(runtime: DeskRuntime): DeskRuntime & { pseudonymKey: string } {
  if (runtime.pseudonymKey) return runtime as DeskRuntime & { pseudonymKey: string };
  throw new InvalidConfigError('desk', [
    { path: 'pseudonymKey', message: 'set createDesk({ pseudonymKey }) (a long random secret) to route channel messages' },
  ]);
}

/** Why a refusal is the message's own fault and will not change on redelivery, in words for officers. */
function refusalReason(error: unknown): string {
  if (InvalidInputError.isInstance(error)) return error.issues.map((issue) => `${issue.path || '(message)'}: ${issue.message}`).join('; ');
  return describeHttpError(error).message;
}

/**
 * Routes one normalised channel message: a new complaint, the data a complaint in needs_info was
 * waiting for (which resumes it), or a follow-up on the sender's open complaint, carrying its
 * text, attachments and location into the command. The channel's message id is the dedupe key in
 * every case, so a redelivered webhook changes nothing.
 *
 * A known resident's message is first offered to the plugins that wait for answers (`claimInbound`);
 * one that records it takes it (`outcome: 'claimed'`).
 *
 * A message the desk refuses (invalid input, a plugin's refusal, a race it kept losing) is not
 * dropped: it is quarantined with the reason, for coordinators to see, and the outcome says so.
 * Only server faults (the store failing, the desk closed) are thrown, so the provider redelivers.
 */
export async function routeInbound(runtime: DeskRuntime, raw: InboundMessageV1): Promise<RouteResult> {
  const keyed = requireKey(runtime);
  for (let attempt = 1; ; attempt++) {
    try {
      return await routeOnce(keyed, raw);
    } catch (error) {
      // Another message of the same resident changed or closed the complaint meanwhile: look again.
      const raced = VersionConflictError.isInstance(error) || IllegalTransitionError.isInstance(error);
      if (raced && attempt < ROUTE_ATTEMPTS) continue;
      if (describeHttpError(error, () => '').unexpected) throw error;
      const quarantined = quarantineEntry(keyed, raw, refusalReason(error));
      await runtime.store.doQuarantineInbound(quarantined);
      return { outcome: 'quarantined', quarantined };
    }
  }
}

async function routeOnce(runtime: DeskRuntime & { pseudonymKey: string }, raw: InboundMessageV1): Promise<RouteResult> {
  const message = parseInput(inboundMessageSchema, raw, 'inbound message', runtime.language);
  const dedupeKey = { channel: message.channel, messageId: message.messageId };
  const known = await runtime.store.doFindByDedupeKey(dedupeKey);
  if (known) return { outcome: 'duplicate', complaint: (await runtime.store.doLoadProjection(known))! };

  const contactKey = contactKeyOf(runtime.pseudonymKey, message.channel, message.senderAddress);
  const knownResident = await runtime.store.doFindComplainantByContactKey(contactKey);
  // A random id, never one derived from the address: after erasure nothing leads back to the person.
  const complainantId = knownResident ?? runtime.newId();
  const resident: Actor = { id: complainantId, role: 'complainant' };
  const text = message.text.trim() || (message.location ? LOCATION_ONLY : EMPTY_TEXT);
  try {
    // Only a resident the desk knows can be answering a plugin's question.
    if (knownResident !== undefined && anyClaimsInbound(runtime)) {
      const claimed = await offerInbound(runtime, {
        resident,
        channel: message.channel,
        messageId: message.messageId,
        text,
        receivedAt: message.receivedAt,
        dedupeKey,
      });
      if (claimed) return { outcome: 'claimed', ...claimed };
    }
    const target = await findTarget(runtime, complainantId, text);
    if (!target) {
      const { complaint, duplicate } = await receiveComplaint(
        runtime,
        resident,
        {
          channel: message.channel,
          channelMessageId: message.messageId,
          title: titleOf(text),
          description: text,
          location: message.location,
          attachments: message.attachments,
          contact: message.contact,
        },
        { contactKey },
      );
      return { outcome: duplicate ? 'duplicate' : 'created', complaint };
    }
    const waitingForData = target.status === 'needs_info';
    const complaint = await runCommand(
      runtime,
      waitingForData ? 'provideInfo' : 'followUp',
      resident,
      { complaintId: target.id, message: text, attachments: message.attachments, location: message.location },
      { dedupeKey },
    );
    return { outcome: waitingForData ? 'info-provided' : 'follow-up', complaint };
  } catch (error) {
    if (!DuplicateMessageError.isInstance(error)) throw error;
    return { outcome: 'duplicate', complaint: (await runtime.store.doLoadProjection(error.existingComplaintId))! };
  }
}
