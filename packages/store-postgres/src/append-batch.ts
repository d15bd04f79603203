import {
  DuplicateMessageError,
  DuplicateTrackingNumberError,
  VersionConflictError,
  type AppendInput,
  type FieldIssue,
} from '@aduan/spec';
import { serverError, storeError, violates } from './database-errors.js';
import type { SqlExecutor } from './driver.js';
import { storedInstantIssue } from './instants.js';
import { identityRow, type IdentityRow } from './rows.js';

/** The JSON document `append_batch` reads; field names are its column names, nested JSON travels as strings. */
interface Batch {
  streams: { complaint_id: string; expected_version: number }[];
  events: Record<string, unknown>[];
  projections: Record<string, unknown>[];
  identities: IdentityRow[];
  dedupe_keys: { channel: string; message_id: string; complaint_id: string }[];
  outbox: Record<string, unknown>[];
}

/** What the memory store gets right by construction and a table must be told: events follow on. */
function inputIssues(input: AppendInput, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (typeof input.complaintId !== 'string' || input.complaintId === '') issues.push({ path: `${path}complaintId`, message: 'must be a non-empty string' });
  if (!Number.isSafeInteger(input.expectedVersion) || input.expectedVersion < 0) {
    issues.push({ path: `${path}expectedVersion`, message: 'must be an integer ≥ 0' });
  }
  if (input.projection.id !== input.complaintId) issues.push({ path: `${path}projection.id`, message: `must be the complaint id ${input.complaintId}` });
  input.events.forEach((event, index) => {
    if (event.complaintId !== input.complaintId) issues.push({ path: `${path}events.${index}.complaintId`, message: `must be ${input.complaintId}` });
    const version = input.expectedVersion + index + 1;
    if (event.version !== version) issues.push({ path: `${path}events.${index}.version`, message: `must be ${version}, following expectedVersion` });
  });
  return issues;
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
  const repeats: [string, number][] = [
    ['complaintId', firstRepeat(inputs.map((input) => input.complaintId))],
    ['projection.trackingNumber', firstRepeat(inputs.map((input) => input.projection.trackingNumber))],
    ['dedupeKey', keyed[firstRepeat(keyed.map(({ key }) => `${key.channel}\u0000${key.messageId}`))]?.index ?? -1],
  ];
  return repeats.filter(([, index]) => index !== -1).map(([field, index]) => ({ path: `${index}.${field}`, message: 'appears twice in one batch' }));
}

/**
 * The appends laid out as the tables' rows, and what is wrong with them. Problems are returned,
 * not thrown: a stale writer must hear `version_conflict` first, as from the memory store.
 */
export function buildBatch(inputs: readonly AppendInput[]): { json: string; issues: FieldIssue[] } {
  const issues = repeatIssues(inputs);
  const instant = (value: string, path: string) => {
    const issue = storedInstantIssue(value, path);
    if (issue) issues.push(issue);
    return value;
  };
  const batch: Batch = { streams: [], events: [], projections: [], identities: [], dedupe_keys: [], outbox: [] };
  // One identity row per complainant: the last write wins, as it would in sequence.
  const identities = new Map<string, IdentityRow>();
  for (const input of inputs) if (input.identity) identities.set(input.identity.complainantId, identityRow(input.identity));
  // Rows go in key order, so two batches writing overlapping rows at once lock them in the same
  // order and wait for each other instead of deadlocking.
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ordered = inputs.map((input, index) => ({ input, index })).sort((a, b) => byKey(a.input.complaintId, b.input.complaintId));
  for (const { input, index } of ordered) {
    const path = inputs.length === 1 ? '' : `${index}.`;
    issues.push(...inputIssues(input, path));
    const { projection } = input;
    batch.streams.push({ complaint_id: input.complaintId, expected_version: input.expectedVersion });
    input.events.forEach((event, at) => {
      batch.events.push({
        complaint_id: event.complaintId,
        version: event.version,
        id: event.id,
        type: event.type,
        schema_version: event.schemaVersion,
        at: instant(event.at, `${path}events.${at}.at`),
        actor: JSON.stringify(event.actor),
        payload: JSON.stringify(event.payload),
        prev_hash: event.prevHash,
        hash: event.hash,
      });
    });
    batch.projections.push({
      id: projection.id,
      tracking_number: projection.trackingNumber,
      version: projection.version,
      status: projection.status,
      channel: projection.channel,
      classification: projection.classification,
      category: projection.category,
      title: projection.title,
      unit_id: projection.unitId,
      escalation_level: projection.escalationLevel,
      complainant_id: projection.complainantId,
      anonim: projection.anonim,
      rahasia: projection.rahasia,
      merged_into: projection.mergedInto,
      created_at: instant(projection.createdAt, `${path}projection.createdAt`),
      updated_at: instant(projection.updatedAt, `${path}projection.updatedAt`),
      last_event_hash: projection.lastEventHash,
      deadline_kind: projection.deadline?.kind ?? null,
      deadline_at: projection.deadline ? instant(projection.deadline.dueAt, `${path}projection.deadline.dueAt`) : null,
      machine: JSON.stringify(projection.machine),
    });
    if (input.dedupeKey) {
      batch.dedupe_keys.push({ channel: input.dedupeKey.channel, message_id: input.dedupeKey.messageId, complaint_id: input.complaintId });
    }
    input.outbox?.forEach((message, at) => {
      batch.outbox.push({
        id: message.id,
        complaint_id: message.complaintId,
        channel: message.channel,
        complainant_id: message.complainantId,
        body: message.body,
        idempotency_key: message.idempotencyKey,
        created_at: instant(message.createdAt, `${path}outbox.${at}.createdAt`),
      });
    });
  }
  batch.identities = [...identities.values()].sort((a, b) => byKey(a.complainant_id, b.complainant_id));
  batch.dedupe_keys.sort((a, b) => byKey(a.channel, b.channel) || byKey(a.message_id, b.message_id));
  return { json: JSON.stringify(batch), issues };
}

/** For a batch with bad content: the version conflict a stale writer must hear first, if any. */
export async function staleStream(db: SqlExecutor, s: string, inputs: readonly AppendInput[]): Promise<VersionConflictError | undefined> {
  const streams = inputs.map((input) => ({ complaint_id: input.complaintId, expected_version: input.expectedVersion }));
  const { rows } = await db.query<{ complaint_id: string | null; expected_version: number; actual_version: number }>(
    `SELECT * FROM ${s}.stale_stream($1::jsonb)`,
    [JSON.stringify(streams)],
  );
  const stale = rows[0];
  return stale?.complaint_id ? new VersionConflictError(stale.complaint_id, stale.expected_version, stale.actual_version) : undefined;
}

function detailOf(error: unknown): Record<string, unknown> {
  try {
    return JSON.parse(serverError(error)?.detail ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Which of the batch's tracking numbers another complaint holds (the unique index said one does). */
async function takenTrackingNumber(db: SqlExecutor, s: string, inputs: readonly AppendInput[]): Promise<string> {
  const wanted = inputs.map((input) => ({ id: input.complaintId, number: input.projection.trackingNumber }));
  const { rows } = await db.query<{ tracking_number: string }>(
    `SELECT p.tracking_number FROM ${s}.projections p
       JOIN json_to_recordset($1::json) AS w(id text, number text) ON p.tracking_number = w.number AND p.id <> w.id
      LIMIT 1`,
    [JSON.stringify(wanted)],
  );
  return rows[0]?.tracking_number ?? inputs[0]?.projection.trackingNumber ?? '';
}

/** Maps a failed `append_batch` call to the contract's typed errors. */
export async function appendError(db: SqlExecutor, s: string, inputs: readonly AppendInput[], error: unknown): Promise<Error> {
  const code = serverError(error)?.code;
  if (code === 'AV001') {
    const detail = detailOf(error);
    const first = inputs[0];
    return new VersionConflictError(
      String(detail['complaintId'] ?? first?.complaintId),
      Number(detail['expectedVersion'] ?? first?.expectedVersion),
      typeof detail['actualVersion'] === 'number' ? detail['actualVersion'] : undefined,
    );
  }
  if (code === 'AD001') {
    const detail = detailOf(error);
    return new DuplicateMessageError(String(detail['channel']), String(detail['messageId']), String(detail['complaintId']));
  }
  if (violates(error, 'projections_tracking_number_unique')) {
    return new DuplicateTrackingNumberError(await takenTrackingNumber(db, s, inputs));
  }
  return storeError(error, 'appending events');
}
