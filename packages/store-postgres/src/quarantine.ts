import { decodeCursor, encodeCursor } from '@aduan/adapter-utils';
import { InvalidInputError, type QuarantinedInbound } from '@aduan/spec';
import { violates } from './database-errors.js';
import type { SqlExecutor } from './driver.js';
import { instantParam, storedInstantIssue } from './instants.js';
import { pageSize } from './page-size.js';
import { QUARANTINE_COLUMNS, toQuarantined, type QuarantineRow } from './rows.js';
import { SqlParams } from './sql-params.js';

function entryIssues(entry: QuarantinedInbound) {
  const issues = [];
  for (const field of ['id', 'channel', 'messageId', 'contactKey', 'reason'] as const) {
    if (typeof entry[field] !== 'string' || (field !== 'reason' && entry[field] === ''))
      issues.push({ path: field, message: 'must be a non-empty string' });
  }
  for (const field of ['receivedAt', 'quarantinedAt'] as const) {
    const issue = storedInstantIssue(entry[field], field);
    if (issue) issues.push(issue);
  }
  if (typeof entry.message !== 'object' || entry.message === null || Array.isArray(entry.message)) {
    issues.push({ path: 'message', message: 'must be a JSON object' });
  }
  return issues;
}

/** The message as JSON text; a value JSON cannot carry (a BigInt, a cycle) is the caller's to fix. */
function messageJson(message: Record<string, unknown>): string {
  try {
    return JSON.stringify(message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidInputError('quarantine entry', [{ path: 'message', message: `cannot be written as JSON: ${reason}` }]);
  }
}

/** Keeps a refused inbound message; the same (channel, messageId) again keeps the first entry. */
export async function quarantineInbound(db: SqlExecutor, s: string, entry: QuarantinedInbound): Promise<void> {
  const issues = entryIssues(entry);
  if (issues.length > 0) throw new InvalidInputError('quarantine entry', issues);
  try {
    await db.query(
      `INSERT INTO ${s}.quarantine (id, channel, message_id, contact_key, received_at, quarantined_at, reason, message)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, $7, $8::json)
       ON CONFLICT (channel, message_id) DO NOTHING`,
      [
        entry.id,
        entry.channel,
        entry.messageId,
        entry.contactKey,
        entry.receivedAt,
        entry.quarantinedAt,
        entry.reason,
        messageJson(entry.message),
      ],
    );
  } catch (error) {
    if (violates(error, 'quarantine_pkey')) {
      throw new InvalidInputError('quarantine entry', [
        { path: 'id', message: `${entry.id} is already the id of another quarantined message` },
      ]);
    }
    throw error;
  }
}

/** Newest first (`quarantinedAt`, ties by id, both descending), with the doQuery cursor form. */
export async function listQuarantine(
  db: SqlExecutor,
  s: string,
  input: { cursor?: string; limit: number },
): Promise<{ items: QuarantinedInbound[]; nextCursor: string | null }> {
  const limit = pageSize(input.limit, 'limit');
  const params = new SqlParams();
  let after = '';
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor);
    after = `WHERE (quarantined_at, id) < (${params.add(instantParam(cursor.sortKey, 'cursor'), 'timestamptz')}, ${params.add(cursor.id)})`;
  }
  const { rows } = await db.query<QuarantineRow>(
    `SELECT ${QUARANTINE_COLUMNS} FROM ${s}.quarantine q ${after}
      ORDER BY q.quarantined_at DESC, q.id DESC LIMIT ${params.add(limit + 1)}`,
    params.values,
  );
  const items = rows.slice(0, limit).map(toQuarantined);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.quarantinedAt, last.id) : null };
}

export async function discardQuarantined(db: SqlExecutor, s: string, id: string): Promise<boolean> {
  const { rows } = await db.query(`DELETE FROM ${s}.quarantine WHERE id = $1 RETURNING id`, [id]);
  return rows.length > 0;
}
