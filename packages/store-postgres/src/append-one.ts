import type { AppendInput } from '@aduan/spec';
import { eventRecord, identityRow, outboxMessageRecord, projectionRecord } from './rows.js';

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
    ...Object.values(projectionRecord(projection)),
    identity ? JSON.stringify(identityRow(identity)) : null,
    outbox?.length ? JSON.stringify(outbox.map(outboxMessageRecord)) : null,
  ];
}
