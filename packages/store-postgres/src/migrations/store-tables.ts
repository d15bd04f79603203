/** The store's tables and indexes (migration 1). `s` is the quoted schema name. */
export function storeTables(s: string): string[] {
  return [
    // The stream: one row per event. The JSON columns are `json`, not `jsonb`: they keep the exact
    // text that was hashed (jsonb would also refuse \u0000 inside strings), and nothing queries inside them.
    `CREATE TABLE ${s}.events (
      complaint_id text COLLATE "C" NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      id text NOT NULL,
      type text NOT NULL,
      schema_version integer NOT NULL,
      at timestamptz NOT NULL,
      actor json NOT NULL,
      payload json NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (complaint_id, version)
    )`,
    // The query row, one per complaint; ids sort bytewise (COLLATE "C") so pages are stable.
    `CREATE TABLE ${s}.projections (
      id text COLLATE "C" PRIMARY KEY,
      tracking_number text NOT NULL CONSTRAINT projections_tracking_number_unique UNIQUE,
      version integer NOT NULL,
      status text NOT NULL,
      channel text NOT NULL,
      classification text NOT NULL,
      category text,
      title text NOT NULL,
      unit_id text,
      escalation_level integer NOT NULL,
      complainant_id text NOT NULL,
      anonim boolean NOT NULL,
      rahasia boolean NOT NULL,
      merged_into text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      last_event_hash text NOT NULL,
      deadline_kind text,
      deadline_at timestamptz,
      due_at timestamptz,
      kelurahan text,
      geo_lat double precision,
      geo_long double precision,
      machine json NOT NULL,
      claim_until timestamptz,
      claimant text,
      CHECK ((deadline_kind IS NULL) = (deadline_at IS NULL)),
      CHECK ((geo_lat IS NULL) = (geo_long IS NULL))
    )`,
    `CREATE INDEX projections_created_at ON ${s}.projections (created_at, id)`,
    // Serves "soonest deadline first" and "overdue" lists; rows without a deadline stay out of it.
    `CREATE INDEX projections_deadline_at ON ${s}.projections (deadline_at, id) WHERE deadline_at IS NOT NULL`,
    // Serves the deadline sweep: a deadline is claimable from its due time or from the end of its
    // lease, whichever is later (greatest() skips a NULL lease).
    `CREATE INDEX projections_claimable_from ON ${s}.projections ((greatest(deadline_at, claim_until)), id)
      WHERE deadline_at IS NOT NULL`,
    // Serves "due soon" and "overdue" queues (dueBefore, dueFrom, orderBy dueAt): ascending order
    // keeps complaints without a running clock last, as the order asks.
    `CREATE INDEX projections_due_at ON ${s}.projections (due_at, id)`,
    `CREATE INDEX projections_unit_created_at ON ${s}.projections (unit_id, created_at, id)`,
    `CREATE INDEX projections_status_created_at ON ${s}.projections (status, created_at, id)`,
    `CREATE INDEX projections_complainant_created_at ON ${s}.projections (complainant_id, created_at, id)`,
    `CREATE INDEX projections_kelurahan_created_at ON ${s}.projections (kelurahan, created_at, id)`,
    // Identity lives apart so that erasure (UU PDP) deletes rows and leaves the hashed events intact.
    `CREATE TABLE ${s}.identities (
      complainant_id text PRIMARY KEY,
      name text,
      phone text,
      email text,
      whatsapp text,
      address text,
      handles json
    )`,
    // Pseudonymous keys of channel addresses; the first complainant to bring one keeps it.
    `CREATE TABLE ${s}.contact_keys (
      contact_key text PRIMARY KEY,
      complainant_id text NOT NULL
    )`,
    `CREATE INDEX contact_keys_complainant ON ${s}.contact_keys (complainant_id)`,
    `CREATE TABLE ${s}.dedupe_keys (
      channel text NOT NULL,
      message_id text NOT NULL,
      complaint_id text NOT NULL,
      PRIMARY KEY (channel, message_id)
    )`,
    `CREATE TABLE ${s}.outbox (
      id text COLLATE "C" PRIMARY KEY,
      complaint_id text NOT NULL,
      channel text NOT NULL,
      complainant_id text NOT NULL,
      body text NOT NULL,
      idempotency_key text NOT NULL CONSTRAINT outbox_idempotency_key_unique UNIQUE,
      created_at timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
      attempts integer NOT NULL,
      next_attempt_at timestamptz NOT NULL,
      last_error text
    )`,
    `CREATE INDEX outbox_due ON ${s}.outbox (next_attempt_at, id) WHERE status = 'pending'`,
    // Inbound messages that could not become complaints, kept for officers; `message` is json for
    // the same reason as the events' payloads.
    `CREATE TABLE ${s}.quarantine (
      id text COLLATE "C" PRIMARY KEY,
      channel text NOT NULL,
      message_id text NOT NULL,
      contact_key text NOT NULL,
      received_at timestamptz NOT NULL,
      quarantined_at timestamptz NOT NULL,
      reason text NOT NULL,
      message json NOT NULL,
      CONSTRAINT quarantine_message_unique UNIQUE (channel, message_id)
    )`,
    // Newest first is this index read backwards.
    `CREATE INDEX quarantine_quarantined_at ON ${s}.quarantine (quarantined_at, id)`,
    `CREATE INDEX quarantine_contact_key ON ${s}.quarantine (contact_key)`,
  ];
}
