import type { AppendInput } from '@aduan/spec';
import { eventRecord, identityRow, outboxMessageRecord } from './rows.js';

/** The call of `append_one` (migration 0002); its parameters' types come from the function. */
export const appendOneSql = (s: string): string =>
  `SELECT ${s}.append_one(${Array.from({ length: 25 }, (_, index) => `$${index + 1}`).join(', ')})`;

/** `append_one`'s arguments, in its order. Check the input with `appendIssues` first. */
export function appendOneParams(input: AppendInput): unknown[] {
  const { projection, dedupeKey, identity, outbox } = input;
  return [
    input.complaintId,
    input.expectedVersion,
    JSON.stringify(input.events.map(eventRecord)),
    dedupeKey ? JSON.stringify({ channel: dedupeKey.channel, message_id: dedupeKey.messageId }) : null,
    projection.trackingNumber,
    projection.version,
    projection.status,
    projection.channel,
    projection.classification,
    projection.category,
    projection.title,
    projection.unitId,
    projection.escalationLevel,
    projection.complainantId,
    projection.anonim,
    projection.rahasia,
    projection.mergedInto,
    projection.createdAt,
    projection.updatedAt,
    projection.lastEventHash,
    projection.deadline?.kind ?? null,
    projection.deadline?.dueAt ?? null,
    JSON.stringify(projection.machine),
    identity ? JSON.stringify(identityRow(identity)) : null,
    outbox?.length ? JSON.stringify(outbox.map(outboxMessageRecord)) : null,
  ];
}
