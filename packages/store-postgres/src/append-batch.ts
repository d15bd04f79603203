import type { AppendInput, FieldIssue } from '@aduan/spec';
import { appendIssues } from './append-issues.js';
import { eventRecord, identityRow, outboxMessageRecord, projectionRecord, type IdentityRow } from './rows.js';

/** The JSON document `append_batch` reads; field names are its column names, nested JSON travels as strings. */
interface Batch {
  streams: { complaint_id: string; expected_version: number }[];
  events: Record<string, unknown>[];
  projections: Record<string, unknown>[];
  identities: IdentityRow[];
  dedupe_keys: { channel: string; message_id: string; complaint_id: string }[];
  contact_keys: { contact_key: string; complainant_id: string }[];
  outbox: Record<string, unknown>[];
}

/** Index of the first value seen before, or -1. */
function firstRepeat(values: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return index;
    seen.add(value);
  }
  return -1;
}

/** A batch applies all or nothing, so two of its appends must not compete for one stream, message or number. */
function repeatIssues(inputs: readonly AppendInput[]): FieldIssue[] {
  const keyed = inputs.flatMap((input, index) => (input.dedupeKey ? [{ index, key: input.dedupeKey }] : []));
  const referenced = inputs.flatMap((input, index) => (input.externalRefs ?? []).map((ref) => ({ index, ref })));
  const repeats: [string, number][] = [
    ['complaintId', firstRepeat(inputs.map((input) => input.complaintId))],
    ['projection.trackingNumber', firstRepeat(inputs.map((input) => input.projection.trackingNumber))],
    ['dedupeKey', keyed[firstRepeat(keyed.map(({ key }) => `${key.channel}\u0000${key.messageId}`))]?.index ?? -1],
    ['externalRefs', referenced[firstRepeat(referenced.map(({ ref }) => `${ref.system}\u0000${ref.id}`))]?.index ?? -1],
  ];
  return repeats
    .filter(([, index]) => index !== -1)
    .map(([field, index]) => ({ path: `${index}.${field}`, message: 'appears twice in one batch' }));
}

/**
 * The appends laid out as the tables' rows, and what is wrong with them. Problems are returned,
 * not thrown: a stale writer must hear `version_conflict` first, as from the memory store.
 */
export function buildBatch(inputs: readonly AppendInput[]): { json: string; issues: FieldIssue[] } {
  const issues = repeatIssues(inputs);
  const batch: Batch = { streams: [], events: [], projections: [], identities: [], dedupe_keys: [], contact_keys: [], outbox: [] };
  // One identity row per complainant: the last write wins, as it would in sequence. One contact
  // key row per key: the first writer wins, as it would in sequence.
  const identities = new Map<string, IdentityRow>();
  const contactKeys = new Map<string, string>();
  for (const input of inputs) {
    if (input.identity) identities.set(input.identity.complainantId, identityRow(input.identity));
    if (input.contactKey !== undefined && !contactKeys.has(input.contactKey))
      contactKeys.set(input.contactKey, input.projection.complainantId);
  }
  // Rows go in key order, so two batches writing overlapping rows at once lock them in the same
  // order and wait for each other instead of deadlocking.
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ordered = inputs.map((input, index) => ({ input, index })).sort((a, b) => byKey(a.input.complaintId, b.input.complaintId));
  for (const { input, index } of ordered) {
    issues.push(...appendIssues(input, inputs.length === 1 ? '' : `${index}.`));
    const { projection } = input;
    batch.streams.push({ complaint_id: input.complaintId, expected_version: input.expectedVersion });
    for (const event of input.events) batch.events.push(eventRecord(event));
    batch.projections.push({ id: projection.id, ...projectionRecord(projection) });
    if (input.dedupeKey) {
      batch.dedupe_keys.push({ channel: input.dedupeKey.channel, message_id: input.dedupeKey.messageId, complaint_id: input.complaintId });
    }
    for (const message of input.outbox ?? []) batch.outbox.push(outboxMessageRecord(message));
  }
  batch.identities = [...identities.values()].sort((a, b) => byKey(a.complainant_id, b.complainant_id));
  batch.contact_keys = [...contactKeys]
    .map(([contact_key, complainant_id]) => ({ contact_key, complainant_id }))
    .sort((a, b) => byKey(a.contact_key, b.contact_key));
  batch.dedupe_keys.sort((a, b) => byKey(a.channel, b.channel) || byKey(a.message_id, b.message_id));
  return { json: JSON.stringify(batch), issues };
}
