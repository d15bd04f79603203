import { AduanError, InvalidConfigError, type Actor, type ComplaintProjection, type InboundMessageV1 } from '@aduan/spec';
import { inboundMessageSchema } from './inbound-schema.js';
import { contactPseudonym } from '../support/pseudonym.js';
import { parseInput } from '../support/parse.js';
import { receiveComplaint } from '../desk/receive.js';
import { runCommand } from '../desk/run-command.js';
import type { DeskRuntime } from '../desk/runtime.js';

export type InboundOutcome = 'created' | 'info-provided' | 'follow-up' | 'duplicate';

export interface RoutedInbound {
  outcome: InboundOutcome;
  complaint: ComplaintProjection;
}

const OPEN: ReadonlySet<string> = new Set(['received', 'needs_info', 'verified', 'disposed', 'responded', 'escalated']);
const TITLE_LENGTH = 80;
const EMPTY_TEXT = '(pesan tanpa teks)';
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
    if (complaint && complaint.complainantId === complainantId && OPEN.has(complaint.status)) return complaint;
  }
  const page = await runtime.store.doQuery({ complainantId, status: [...OPEN] as ComplaintProjection['status'][], limit: 1 });
  return page.items[0];
}

/**
 * Routes one normalised channel message: a new complaint, the data a complaint in needs_info was
 * waiting for (which resumes it), or a follow-up on the sender's open complaint. The channel's
 * message id is the dedupe key in every case, so a redelivered webhook changes nothing.
 */
export async function routeInbound(runtime: DeskRuntime, raw: InboundMessageV1): Promise<RoutedInbound> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await routeOnce(runtime, raw);
    } catch (error) {
      // Another message of the same resident changed the complaint meanwhile: look again.
      if (!AduanError.hasCode(error, 'version_conflict') || attempt >= ROUTE_ATTEMPTS) throw error;
    }
  }
}

async function routeOnce(runtime: DeskRuntime, raw: InboundMessageV1): Promise<RoutedInbound> {
  if (!runtime.pseudonymKey) {
    throw new InvalidConfigError('desk', [
      { path: 'pseudonymKey', message: 'set createDesk({ pseudonymKey }) (a long random secret) to route channel messages' },
    ]);
  }
  const message = parseInput(inboundMessageSchema, raw, 'inbound message');
  const dedupeKey = { channel: message.channel, messageId: message.messageId };
  const known = await runtime.store.doFindByDedupeKey(dedupeKey);
  if (known) return { outcome: 'duplicate', complaint: (await runtime.store.doLoadProjection(known))! };

  const complainantId = contactPseudonym(runtime.pseudonymKey, message.channel, message.senderAddress);
  const resident: Actor = { id: complainantId, role: 'complainant' };
  const text = message.text.trim() || EMPTY_TEXT;
  const target = await findTarget(runtime, complainantId, text);
  try {
    if (!target) {
      const { complaint, duplicate } = await receiveComplaint(runtime, resident, {
        channel: message.channel,
        channelMessageId: message.messageId,
        title: titleOf(text),
        description: text,
        location: message.location,
        attachments: message.attachments,
        contact: message.contact,
      });
      return { outcome: duplicate ? 'duplicate' : 'created', complaint };
    }
    const waitingForData = target.status === 'needs_info';
    const complaint = await runCommand(
      runtime,
      waitingForData ? 'provideInfo' : 'followUp',
      resident,
      { complaintId: target.id, message: text, attachments: message.attachments },
      { dedupeKey },
    );
    return { outcome: waitingForData ? 'info-provided' : 'follow-up', complaint };
  } catch (error) {
    if (!AduanError.hasCode(error, 'duplicate_message')) throw error;
    const existing = await runtime.store.doLoadProjection(String(error.details['existingComplaintId']));
    return { outcome: 'duplicate', complaint: existing! };
  }
}
