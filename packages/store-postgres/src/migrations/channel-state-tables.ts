/**
 * The tables of `createPostgresChannelState` (migration 1): the send ledger, reply windows and
 * parts of long messages. `s` is the quoted schema name.
 */
export function channelStateTables(s: string): string[] {
  return [
    // One row per idempotency key: claimed (with a lease), sent, or in doubt. A released key has no row.
    `CREATE TABLE ${s}.channel_sends (
      channel text NOT NULL,
      key text NOT NULL,
      state text NOT NULL CHECK (state IN ('claimed', 'sent', 'in_doubt')),
      claimant text,
      lease_until timestamptz,
      provider_message_id text,
      at timestamptz NOT NULL,
      PRIMARY KEY (channel, key),
      CHECK ((state = 'claimed') = (claimant IS NOT NULL AND lease_until IS NOT NULL)),
      CHECK ((state = 'sent') = (provider_message_id IS NOT NULL))
    )`,
    `CREATE INDEX channel_sends_settled_at ON ${s}.channel_sends (at) WHERE state <> 'claimed'`,
    `CREATE TABLE ${s}.channel_inbound (
      channel text NOT NULL,
      address text NOT NULL,
      last_at timestamptz NOT NULL,
      PRIMARY KEY (channel, address)
    )`,
    `CREATE INDEX channel_inbound_last_at ON ${s}.channel_inbound (last_at)`,
    // A group is open (finished_at NULL) until complete or expired; then it stays as a marker that
    // makes redelivered parts be ignored, until pruned. Adders lock its row, so a group completes once.
    `CREATE TABLE ${s}.channel_part_groups (
      channel text NOT NULL,
      group_key text COLLATE "C" NOT NULL,
      opened_at timestamptz NOT NULL,
      finished_at timestamptz,
      PRIMARY KEY (channel, group_key)
    )`,
    `CREATE INDEX channel_part_groups_open ON ${s}.channel_part_groups (channel, opened_at, group_key) WHERE finished_at IS NULL`,
    `CREATE INDEX channel_part_groups_finished ON ${s}.channel_part_groups (finished_at) WHERE finished_at IS NOT NULL`,
    // The resident's words, deleted as soon as their group is delivered or expires.
    `CREATE TABLE ${s}.channel_parts (
      channel text NOT NULL,
      group_key text COLLATE "C" NOT NULL,
      number integer NOT NULL,
      count integer NOT NULL,
      message_id text NOT NULL,
      text text NOT NULL,
      sender_address text NOT NULL,
      received_at text NOT NULL,
      PRIMARY KEY (channel, group_key, number),
      FOREIGN KEY (channel, group_key) REFERENCES ${s}.channel_part_groups ON DELETE CASCADE
    )`,
  ];
}
