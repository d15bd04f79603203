import type { AppendInput } from '@aduan/spec';
import { eventRecord, identityRow, outboxMessageRecord, projectionRecord } from './rows.js';

const call = (s: string, name: string, parameters: number) =>
  `SELECT ${s}.${name}(${Array.from({ length: parameters }, (_, index) => `$${index + 1}`).join(', ')})`;

/** The call of `append_one`, for any number of events; the parameters' types come from the function. */
export const appendOneSql = (s: string): string => call(s, 'append_one', 30);

/** The call of `append_event`, for exactly one event. */
export const appendEventSql = (s: string): string => call(s, 'append_event', 37);

/** The arguments both functions end with: projection, identity and outbox rows. */
function rowParams({ projection, identity, outbox }: AppendInput): unknown[] {
  return [
    ...Object.values(projectionRecord(projection)),
    identity ? JSON.stringify(identityRow(identity)) : null,
    outbox?.length ? JSON.stringify(outbox.map(outboxMessageRecord)) : null,
  ];
}

/** The dedupe key (as json text) and the contact key, which both functions take before the projection. */
const keyParams = ({ dedupeKey, contactKey }: AppendInput): unknown[] => [
  dedupeKey ? JSON.stringify({ channel: dedupeKey.channel, message_id: dedupeKey.messageId }) : null,
  contactKey ?? null,
];

/** `append_one`'s arguments, in its order. Check the input with `appendIssues` first. */
export function appendOneParams(input: AppendInput): unknown[] {
  return [
    input.complaintId,
    input.expectedVersion,
    JSON.stringify(input.events.map(eventRecord)),
    ...keyParams(input),
    ...rowParams(input),
  ];
}

/**
 * `append_event`'s arguments, in its order, for an input of exactly one event. Check the input
 * with `appendIssues` first: the function takes the event's stream and version on trust.
 */
export function appendEventParams(input: AppendInput): unknown[] {
  const event = eventRecord(input.events[0]!);
  return [
    input.complaintId,
    input.expectedVersion,
    event.id,
    event.type,
    event.schema_version,
    event.at,
    event.actor,
    event.payload,
    event.prev_hash,
    event.hash,
    ...keyParams(input),
    ...rowParams(input),
  ];
}
