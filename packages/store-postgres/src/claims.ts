import {
  InvalidInputError,
  NotFoundError,
  type ClaimDueInput,
  type ClaimOutboxInput,
  type DueClaim,
  type OutboxRecord,
  type OutboxSettlement,
} from '@aduan/spec';
import type { SqlExecutor } from './driver.js';
import { instantParam, isoText, storedInstant } from './instants.js';
import { OUTBOX_COLUMNS, toOutboxRecord, type OutboxRow } from './rows.js';

function checkedWindow(input: { now: string; limit: number; leaseMs: number }): { now: string; until: string } {
  const issues = [];
  if (!Number.isSafeInteger(input.limit) || input.limit < 0) issues.push({ path: 'limit', message: 'must be an integer ≥ 0' });
  if (!Number.isFinite(input.leaseMs) || input.leaseMs < 0) issues.push({ path: 'leaseMs', message: 'must be a number ≥ 0' });
  if (issues.length > 0) throw new InvalidInputError('claim input', issues);
  const now = instantParam(input.now, 'now');
  return { now, until: new Date(Date.parse(now) + input.leaseMs).toISOString() };
}

/**
 * Leases due deadlines in the memory store's order: by the instant each became claimable (its due
 * time, or the end of a lapsed lease if later), then id. SKIP LOCKED lets sweepers on other
 * connections pass over rows being claimed right now instead of waiting for them, and the re-check
 * PostgreSQL makes on a locked row keeps a row leased meanwhile out.
 */
export async function claimDue(db: SqlExecutor, s: string, input: ClaimDueInput): Promise<DueClaim[]> {
  const { now, until } = checkedWindow(input);
  const { rows } = await db.query<{ id: string; version: number; deadline_kind: string; due_at: string }>(
    `WITH due AS (
       SELECT id, greatest(deadline_at, claim_until) AS claimable_from FROM ${s}.projections
        WHERE deadline_at IS NOT NULL AND greatest(deadline_at, claim_until) <= $1::timestamptz
        ORDER BY greatest(deadline_at, claim_until), id
        LIMIT $2
          FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE ${s}.projections p SET claim_until = $3::timestamptz, claimant = $4
         FROM due WHERE p.id = due.id
       RETURNING p.id, p.version, p.deadline_kind, p.deadline_at, due.claimable_from
     )
     SELECT id, version, deadline_kind, ${isoText('deadline_at')} AS due_at FROM claimed ORDER BY claimable_from, id`,
    [now, input.limit, until, input.claimant],
  );
  return rows.map((row) => ({ complaintId: row.id, version: row.version, kind: row.deadline_kind, dueAt: row.due_at }));
}

/** Claims due pending messages for delivery: counts the attempt and hides the row until the lease ends. */
export async function claimOutbox(db: SqlExecutor, s: string, input: ClaimOutboxInput): Promise<OutboxRecord[]> {
  const { now, until } = checkedWindow(input);
  const { rows } = await db.query<OutboxRow>(
    `WITH due AS (
       SELECT id, next_attempt_at AS was_due FROM ${s}.outbox
        WHERE status = 'pending' AND next_attempt_at <= $1::timestamptz
        ORDER BY next_attempt_at, id
        LIMIT $2
          FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE ${s}.outbox o SET attempts = o.attempts + 1, next_attempt_at = $3::timestamptz
         FROM due WHERE o.id = due.id
       RETURNING o.*, due.was_due
     )
     SELECT ${OUTBOX_COLUMNS} FROM claimed ORDER BY was_due, id`,
    [now, input.limit, until],
  );
  return rows.map(toOutboxRecord);
}

/** Records a delivery attempt's outcome; a retry keeps the status and moves the next attempt. */
export async function settleOutbox(db: SqlExecutor, s: string, id: string, settlement: OutboxSettlement): Promise<void> {
  let update: [string, unknown[]];
  if (settlement.outcome === 'delivered') {
    update = [`status = 'delivered', last_error = NULL`, []];
  } else if (settlement.outcome === 'retry') {
    update = [
      'next_attempt_at = $2::timestamptz, last_error = $3',
      [storedInstant(settlement.nextAttemptAt, 'nextAttemptAt'), settlement.error],
    ];
  } else if (settlement.outcome === 'dead') {
    update = [`status = 'dead', last_error = $2`, [settlement.error]];
  } else {
    throw new InvalidInputError('outbox settlement', [{ path: 'outcome', message: 'must be delivered, retry or dead' }]);
  }
  const { rows } = await db.query(`UPDATE ${s}.outbox SET ${update[0]} WHERE id = $1 RETURNING id`, [id, ...update[1]]);
  if (rows.length === 0) throw new NotFoundError('Outbox message', id);
}
