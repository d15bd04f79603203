import type { SqlExecutor } from './driver.js';

/**
 * Erases a complainant in one statement, hence one transaction: the identity, every contact key
 * that leads to them, and the quarantined messages of those keys. True when an identity or a key existed.
 */
export async function eraseIdentity(db: SqlExecutor, s: string, complainantId: string): Promise<boolean> {
  const { rows } = await db.query<{ erased: boolean }>(
    `WITH keys AS (
       DELETE FROM ${s}.contact_keys WHERE complainant_id = $1 RETURNING contact_key
     ), messages AS (
       DELETE FROM ${s}.quarantine WHERE contact_key IN (SELECT contact_key FROM keys)
     ), identity AS (
       DELETE FROM ${s}.identities WHERE complainant_id = $1 RETURNING complainant_id
     )
     -- A data-modifying WITH runs to completion whether or not the query reads it.
     SELECT EXISTS (SELECT 1 FROM keys) OR EXISTS (SELECT 1 FROM identity) AS erased`,
    [complainantId],
  );
  return rows[0]?.erased === true;
}
