import type { SqlExecutor } from '../driver.js';
import { isoText } from '../instants.js';
import { InputCheck } from './checks.js';

/** Records that an address wrote at `at`, keeping the latest instant whatever order calls arrive in. */
export async function noteInbound(db: SqlExecutor, s: string, input: { channel: string; address: string; at: string }): Promise<void> {
  const check = new InputCheck('inbound note');
  const channel = check.text(input.channel, 'channel');
  const address = check.text(input.address, 'address');
  const at = check.instant(input.at, 'at');
  check.done();
  await db.query(
    `INSERT INTO ${s}.channel_inbound AS w (channel, address, last_at) VALUES ($1, $2, $3::timestamptz)
     ON CONFLICT (channel, address) DO UPDATE SET last_at = greatest(w.last_at, excluded.last_at)`,
    [channel, address, at],
  );
}

export async function lastInbound(db: SqlExecutor, s: string, input: { channel: string; address: string }): Promise<string | undefined> {
  const { rows } = await db.query<{ last_at: string }>(
    `SELECT ${isoText('last_at')} AS last_at FROM ${s}.channel_inbound WHERE channel = $1 AND address = $2`,
    [input.channel, input.address],
  );
  return rows[0]?.last_at;
}
