import type { MessagePartGroupV1, MessagePartV1 } from '@aduan/spec';
import type { SqlDriver, SqlExecutor } from '../driver.js';
import { InputCheck, shifted } from './checks.js';

interface PartRow {
  group_key: string;
  number: number;
  count: number;
  message_id: string;
  text: string;
  sender_address: string;
  received_at: string;
}

const PART_COLUMNS = 'group_key, number, count, message_id, text, sender_address, received_at';

const toPart = (row: PartRow): MessagePartV1 => ({
  number: row.number,
  count: row.count,
  messageId: row.message_id,
  text: row.text,
  senderAddress: row.sender_address,
  receivedAt: row.received_at,
});

function checkedPart(input: { channel: string; groupKey: string; part: MessagePartV1; now: string; retainMs: number }) {
  const check = new InputCheck('message part');
  const { part } = input;
  const channel = check.text(input.channel, 'channel');
  const groupKey = check.text(input.groupKey, 'groupKey');
  const now = check.instant(input.now, 'now');
  const retainMs = check.duration(input.retainMs, 'retainMs');
  if (typeof part !== 'object' || part === null) {
    check.add('part', 'must be a message part');
    check.done();
  }
  const count = check.integer(part.count, 'part.count', 1);
  const number = check.integer(part.number, 'part.number', 1);
  if (Number.isSafeInteger(number) && Number.isSafeInteger(count) && number > count) check.add('part.number', 'must be at most part.count');
  check.text(part.messageId, 'part.messageId');
  if (typeof part.text !== 'string') check.add('part.text', 'must be a string');
  check.text(part.senderAddress, 'part.senderAddress');
  check.text(part.receivedAt, 'part.receivedAt');
  check.done();
  return { channel, groupKey, now, retainMs, part };
}

/**
 * Stores one part; when it completes its group, removes the group's parts and returns them. The
 * group's row is locked first (inserted, or locked by ON CONFLICT), so adders of one group take
 * turns and exactly one of them sees it complete. A group finished within `retainMs` ignores the
 * part; one finished longer ago opens afresh.
 */
export async function addPart(
  driver: SqlDriver,
  s: string,
  input: { channel: string; groupKey: string; part: MessagePartV1; now: string; retainMs: number },
): Promise<MessagePartGroupV1 | undefined> {
  const { channel, groupKey, now, retainMs, part } = checkedPart(input);
  return driver.transaction(async (tx) => {
    const group = await tx.query<{ finished: boolean }>(
      `INSERT INTO ${s}.channel_part_groups AS g (channel, group_key, opened_at) VALUES ($1, $2, $3::timestamptz)
       ON CONFLICT (channel, group_key) DO UPDATE SET opened_at = excluded.opened_at, finished_at = NULL
        WHERE g.finished_at IS NOT NULL AND g.finished_at <= $4::timestamptz
       RETURNING false AS finished`,
      [channel, groupKey, now, shifted(now, -retainMs)],
    );
    // No row returned: the group exists and was not reopened, so it is open or recently finished.
    if (!group.rows[0]) {
      const { rows } = await tx.query<{ finished: boolean }>(
        `SELECT finished_at IS NOT NULL AS finished FROM ${s}.channel_part_groups WHERE channel = $1 AND group_key = $2`,
        [channel, groupKey],
      );
      if (rows[0]?.finished) return undefined;
    }
    await tx.query(
      `INSERT INTO ${s}.channel_parts (channel, group_key, number, count, message_id, text, sender_address, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [channel, groupKey, part.number, part.count, part.messageId, part.text, part.senderAddress, part.receivedAt],
    );
    const { rows } = await tx.query<PartRow>(
      `SELECT ${PART_COLUMNS} FROM ${s}.channel_parts WHERE channel = $1 AND group_key = $2 ORDER BY number`,
      [channel, groupKey],
    );
    if (rows.length < part.count) return undefined;
    await tx.query(`DELETE FROM ${s}.channel_parts WHERE channel = $1 AND group_key = $2`, [channel, groupKey]);
    await tx.query(`UPDATE ${s}.channel_part_groups SET finished_at = $3::timestamptz WHERE channel = $1 AND group_key = $2`, [
      channel,
      groupKey,
      now,
    ]);
    return { groupKey, parts: rows.map(toPart), complete: true };
  });
}

/**
 * Takes open groups opened before `openedBefore`, each by one caller: SKIP LOCKED passes over
 * groups another taker or an adder holds, and the whole take is one statement, so a group is
 * marked finished and its parts removed together.
 */
export async function takeExpiredParts(
  db: SqlExecutor,
  s: string,
  input: { channel: string; openedBefore: string; now: string; limit: number },
): Promise<MessagePartGroupV1[]> {
  const check = new InputCheck('expired parts query');
  const channel = check.text(input.channel, 'channel');
  const openedBefore = check.instant(input.openedBefore, 'openedBefore');
  const now = check.instant(input.now, 'now');
  const limit = check.integer(input.limit, 'limit', 0);
  check.done();
  const { rows } = await db.query<PartRow & { opened_at: string }>(
    `WITH taken AS (
       SELECT group_key FROM ${s}.channel_part_groups
        WHERE channel = $1 AND finished_at IS NULL AND opened_at < $2::timestamptz
        ORDER BY opened_at, group_key LIMIT $3
          FOR UPDATE SKIP LOCKED
     ), finished AS (
       UPDATE ${s}.channel_part_groups g SET finished_at = $4::timestamptz
         FROM taken WHERE g.channel = $1 AND g.group_key = taken.group_key
       RETURNING g.group_key, g.opened_at
     ), parts AS (
       DELETE FROM ${s}.channel_parts p USING finished f
        WHERE p.channel = $1 AND p.group_key = f.group_key
       RETURNING p.group_key, p.number, p.count, p.message_id, p.text, p.sender_address, p.received_at
     )
     SELECT f.group_key, p.number, p.count, p.message_id, p.text, p.sender_address, p.received_at
       FROM finished f LEFT JOIN parts p ON p.group_key = f.group_key
      ORDER BY f.opened_at, f.group_key, p.number`,
    [channel, openedBefore, limit, now],
  );
  const groups = new Map<string, MessagePartGroupV1>();
  for (const row of rows) {
    const group = groups.get(row.group_key) ?? { groupKey: row.group_key, parts: [], complete: false };
    if (row.number !== null) group.parts.push(toPart(row));
    groups.set(row.group_key, group);
  }
  return [...groups.values()];
}
