import type { AppendInput } from '@aduan/spec';
import { respondedAppends, StreamBuilder } from '@aduan/test-kit';
import type { SqlExecutor } from '../src/driver.js';

const AT = '2026-03-02T02:00:00.000Z';

/** A complaint's life as four appends (intake, verify, dispose, respond with an outbox message). */
const template = respondedAppends(
  new StreamBuilder({ complaintId: 'tpl', trackingNumber: 'T-tpl', at: AT, category: 'infrastruktur' }),
  '2026-03-02T03:00:00.000Z',
  '2026-03-12T03:00:00.000Z',
);

/**
 * The template's appends for complaint `id`. Hashes are the template's: stores do not verify them,
 * and copying avoids sealing and replaying a hundred thousand streams before the clock starts.
 */
function appendsFor(id: string): AppendInput[] {
  const complainantId = `${id}-warga`;
  return template.map((append, step) => ({
    complaintId: id,
    expectedVersion: append.expectedVersion,
    events: append.events.map((event) => ({ ...event, id: `${id}-e${event.version}`, complaintId: id })),
    projection: { ...append.projection, id, trackingNumber: `T-${id}`, complainantId },
    identity: step === 0 ? { complainantId, name: 'Warga Pekalongan', whatsapp: '6281200000000' } : undefined,
    dedupeKey: step === 0 ? { channel: 'whatsapp', messageId: `wamid-${id}` } : undefined,
    outbox: append.outbox?.map((message) => ({ ...message, id: `${id}-out`, complaintId: id, complainantId, idempotencyKey: `${id}:4` })),
  }));
}

/** `streams` complaints through their four appends, in an order where every expected version holds. */
export function commandWorkload(prefix: string, streams: number): AppendInput[] {
  const lives = Array.from({ length: streams }, (_, i) => appendsFor(`${prefix}-${i}`));
  return [0, 1, 2, 3].flatMap((step) => lives.map((life) => life[step]!));
}

/** `count` new complaints (intake with identity and dedupe key), as a bulk import brings them. */
export function intakeWorkload(prefix: string, count: number): AppendInput[] {
  return Array.from({ length: count }, (_, i) => appendsFor(`${prefix}-${i}`)[0]!);
}

/**
 * One event row by plain single-row INSERT, autocommitted: the baseline of one persisted command.
 * `prepared`: kept prepared by the driver, as the store keeps its own statements.
 */
export async function rawInsertEvent(sql: SqlExecutor, s: string, append: AppendInput, prepared = false): Promise<void> {
  const event = append.events[0]!;
  await sql.query(
    `INSERT INTO ${s}.events (complaint_id, version, id, type, schema_version, at, actor, payload, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::json, $8::json, $9, $10)`,
    [
      event.complaintId,
      event.version,
      event.id,
      event.type,
      event.schemaVersion,
      event.at,
      JSON.stringify(event.actor),
      JSON.stringify(event.payload),
      event.prevHash,
      event.hash,
    ],
    // Like the store's own appends, a raw INSERT reads no rows back: no parsers to set up.
    { rowsUnused: true, prepare: prepared },
  );
}

/** Multi-row INSERT of `rows` (arrays of values) into `table`, casting columns as given. */
async function insertRows(sql: SqlExecutor, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((value) => `$${values.push(value)}`).join(', ')})`);
  await sql.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values, { rowsUnused: true });
}

/**
 * The baseline of a bulk import: the same rows (event, projection, identity, dedupe key) with
 * plain multi-row INSERTs, one statement per table, in one transaction.
 */
export async function rawInsertIntakes(sql: SqlExecutor, s: string, appends: readonly AppendInput[]): Promise<void> {
  await insertRows(
    sql,
    `${s}.events`,
    ['complaint_id', 'version', 'id', 'type', 'schema_version', 'at', 'actor', 'payload', 'prev_hash', 'hash'],
    appends.map(({ events: [e] }) => [
      e!.complaintId,
      e!.version,
      e!.id,
      e!.type,
      e!.schemaVersion,
      e!.at,
      JSON.stringify(e!.actor),
      JSON.stringify(e!.payload),
      e!.prevHash,
      e!.hash,
    ]),
  );
  await insertRows(
    sql,
    `${s}.projections`,
    [
      'id',
      'tracking_number',
      'version',
      'status',
      'channel',
      'classification',
      'category',
      'title',
      'unit_id',
      'escalation_level',
      'complainant_id',
      'anonim',
      'rahasia',
      'merged_into',
      'created_at',
      'updated_at',
      'last_event_hash',
      'deadline_kind',
      'deadline_at',
      'machine',
    ],
    appends.map(({ projection: p }) => [
      p.id,
      p.trackingNumber,
      p.version,
      p.status,
      p.channel,
      p.classification,
      p.category,
      p.title,
      p.unitId,
      p.escalationLevel,
      p.complainantId,
      p.anonim,
      p.rahasia,
      p.mergedInto,
      p.createdAt,
      p.updatedAt,
      p.lastEventHash,
      p.deadline?.kind ?? null,
      p.deadline?.dueAt ?? null,
      JSON.stringify(p.machine),
    ]),
  );
  await insertRows(
    sql,
    `${s}.identities`,
    ['complainant_id', 'name', 'whatsapp'],
    appends.map(({ identity }) => [identity!.complainantId, identity!.name, identity!.whatsapp]),
  );
  await insertRows(
    sql,
    `${s}.dedupe_keys`,
    ['channel', 'message_id', 'complaint_id'],
    appends.map(({ dedupeKey, complaintId }) => [dedupeKey!.channel, dedupeKey!.messageId, complaintId]),
  );
}
