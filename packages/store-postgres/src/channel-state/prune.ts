import type { SqlExecutor } from '../driver.js';
import { InputCheck } from './checks.js';

/** Forgets settled ledger entries, reply windows and finished-group markers older than `before`, in one statement. */
export async function prune(db: SqlExecutor, s: string, input: { before: string }): Promise<void> {
  const check = new InputCheck('prune');
  const before = check.instant(input.before, 'before');
  check.done();
  await db.query(
    `WITH sends AS (
       DELETE FROM ${s}.channel_sends WHERE state <> 'claimed' AND at < $1::timestamptz
     ), windows AS (
       DELETE FROM ${s}.channel_inbound WHERE last_at < $1::timestamptz
     )
     DELETE FROM ${s}.channel_part_groups WHERE finished_at < $1::timestamptz`,
    [before],
  );
}
