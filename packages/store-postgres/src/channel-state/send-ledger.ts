import type { SendClaimInputV1, SendClaimV1, SendSettlementV1 } from '@aduan/spec';
import type { SqlDriver, SqlExecutor } from '../driver.js';
import { isoText } from '../instants.js';
import { InputCheck, shifted } from './checks.js';

interface LedgerRow {
  state: 'claimed' | 'sent' | 'in_doubt';
  lease_until: string | null;
  provider_message_id: string | null;
  at: string;
}

/**
 * Takes the right to send a key, atomically across connections: the upsert claims a free key or
 * one whose lease lapsed; otherwise it leaves the row as it is, but locked (ON CONFLICT DO UPDATE
 * locks the row it did not update), so the read after it, in the same transaction, sees the state
 * that refused the claim and nobody can change it meanwhile.
 */
export async function claimSend(driver: SqlDriver, s: string, input: SendClaimInputV1): Promise<SendClaimV1> {
  const check = new InputCheck('send claim');
  const channel = check.text(input.channel, 'channel');
  const key = check.text(input.key, 'key');
  const claimant = check.text(input.claimant, 'claimant');
  const now = check.instant(input.now, 'now');
  const leaseMs = check.duration(input.leaseMs, 'leaseMs');
  check.done();
  const leaseUntil = shifted(now, leaseMs);
  return driver.transaction(async (tx) => {
    const claimed = await tx.query<{ lease_until: string }>(
      `INSERT INTO ${s}.channel_sends AS c (channel, key, state, claimant, lease_until, at)
       VALUES ($1, $2, 'claimed', $3, $4::timestamptz, $5::timestamptz)
       ON CONFLICT (channel, key) DO UPDATE SET claimant = excluded.claimant, lease_until = excluded.lease_until, at = excluded.at
        WHERE c.state = 'claimed' AND c.lease_until <= excluded.at
       RETURNING ${isoText('c.lease_until')} AS lease_until`,
      [channel, key, claimant, leaseUntil, now],
    );
    if (claimed.rows[0]) return { state: 'claimed', leaseUntil: claimed.rows[0].lease_until };
    const { rows } = await tx.query<LedgerRow>(
      `SELECT state, ${isoText('lease_until')} AS lease_until, provider_message_id, ${isoText('at')} AS at
         FROM ${s}.channel_sends WHERE channel = $1 AND key = $2`,
      [channel, key],
    );
    return refusal(rows[0]!);
  });
}

function refusal(row: LedgerRow): SendClaimV1 {
  if (row.state === 'sent') return { state: 'sent', providerMessageId: row.provider_message_id! };
  if (row.state === 'in_doubt') return { state: 'in_doubt', since: row.at };
  return { state: 'in_flight', leaseUntil: row.lease_until! };
}

/** Settles a claim its claimant still holds; anyone else's settlement changes nothing. */
export async function settleSend(db: SqlExecutor, s: string, settlement: SendSettlementV1): Promise<void> {
  const check = new InputCheck('send settlement');
  const channel = check.text(settlement.channel, 'channel');
  const key = check.text(settlement.key, 'key');
  const claimant = check.text(settlement.claimant, 'claimant');
  const at = check.instant(settlement.at, 'at');
  if (settlement.outcome === 'sent') check.text(settlement.providerMessageId, 'providerMessageId');
  else if (settlement.outcome !== 'released' && settlement.outcome !== 'in_doubt')
    check.add('outcome', 'must be sent, released or in_doubt');
  check.done();
  const held = `channel = $1 AND key = $2 AND state = 'claimed' AND claimant = $3`;
  if (settlement.outcome === 'released') {
    await db.query(`DELETE FROM ${s}.channel_sends WHERE ${held}`, [channel, key, claimant]);
    return;
  }
  await db.query(
    `UPDATE ${s}.channel_sends SET state = $4, provider_message_id = $5, at = $6::timestamptz, claimant = NULL, lease_until = NULL WHERE ${held}`,
    [channel, key, claimant, settlement.outcome, settlement.outcome === 'sent' ? settlement.providerMessageId : null, at],
  );
}
