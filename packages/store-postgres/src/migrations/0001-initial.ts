import { upsertProjection } from './append-steps.js';

/**
 * Version 1 of the schema. A released migration is never edited: changes go into a new file.
 * `s` is the quoted schema name.
 */
export function initialSchema(s: string): string[] {
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
      machine json NOT NULL,
      claim_until timestamptz,
      claimant text,
      CHECK ((deadline_kind IS NULL) = (deadline_at IS NULL))
    )`,
    `CREATE INDEX projections_created_at ON ${s}.projections (created_at, id)`,
    // Serves "soonest deadline first" and "overdue" lists; rows without a deadline stay out of it.
    `CREATE INDEX projections_deadline_at ON ${s}.projections (deadline_at, id) WHERE deadline_at IS NOT NULL`,
    // Serves the deadline sweep: a deadline is claimable from its due time or from the end of its
    // lease, whichever is later (greatest() skips a NULL lease).
    `CREATE INDEX projections_claimable_from ON ${s}.projections ((greatest(deadline_at, claim_until)), id)
      WHERE deadline_at IS NOT NULL`,
    `CREATE INDEX projections_unit_created_at ON ${s}.projections (unit_id, created_at, id)`,
    `CREATE INDEX projections_status_created_at ON ${s}.projections (status, created_at, id)`,
    `CREATE INDEX projections_complainant_created_at ON ${s}.projections (complainant_id, created_at, id)`,
    // Identity lives apart so that erasure (UU PDP) deletes one row and leaves the hashed events intact.
    `CREATE TABLE ${s}.identities (
      complainant_id text PRIMARY KEY,
      name text,
      phone text,
      email text,
      whatsapp text,
      address text
    )`,
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
    // The first stream of a batch whose stored version is not the one its writer expected.
    // (PL/pgSQL rather than SQL: it keeps its plan between calls.)
    `CREATE FUNCTION ${s}.stale_stream(streams jsonb, OUT complaint_id text, OUT expected_version integer, OUT actual_version integer)
      LANGUAGE plpgsql STABLE AS $$
      #variable_conflict use_column
      BEGIN
        SELECT w.complaint_id, w.expected_version, coalesce(h.version, 0)
          INTO stale_stream.complaint_id, stale_stream.expected_version, stale_stream.actual_version
          FROM jsonb_to_recordset(streams) AS w(complaint_id text, expected_version integer)
          LEFT JOIN LATERAL (SELECT max(e.version) AS version FROM ${s}.events e WHERE e.complaint_id = w.complaint_id) h ON true
         WHERE coalesce(h.version, 0) <> w.expected_version
         LIMIT 1;
      END
      $$`,
    // One call writes a whole append (or a batch of them) in one statement, hence one round trip
    // and one implicit transaction: any exception undoes everything the call wrote. The batch is
    // jsonb, parsed once; event and machine JSON travel inside it as strings, cast to json
    // verbatim (jsonb would refuse \u0000 in them and would not keep their exact text).
    `CREATE FUNCTION ${s}.append_batch(batch jsonb) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        stale record;
        taken record;
        written integer;
      BEGIN
        -- Versions are checked by the insert itself: a stream whose head is not the expected version
        -- gets no rows, and so does a version a concurrent writer committed first (ON CONFLICT).
        INSERT INTO ${s}.events (complaint_id, version, id, type, schema_version, at, actor, payload, prev_hash, hash)
        SELECT e.complaint_id, e.version, e.id, e.type, e.schema_version, e.at::timestamptz, e.actor::json,
               e.payload::json, e.prev_hash, e.hash
          FROM jsonb_to_recordset(batch->'events') AS e(complaint_id text, version integer, id text, type text,
               schema_version integer, at text, actor text, payload text, prev_hash text, hash text)
         WHERE NOT EXISTS (
                 SELECT 1 FROM jsonb_to_recordset(batch->'streams') AS w(complaint_id text, expected_version integer)
                  WHERE w.expected_version > 0 AND NOT EXISTS (
                        SELECT 1 FROM ${s}.events h WHERE h.complaint_id = w.complaint_id AND h.version = w.expected_version))
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS written = ROW_COUNT;
        IF written < jsonb_array_length(batch->'events') THEN
          SELECT * INTO stale FROM ${s}.stale_stream(batch->'streams');
          RAISE EXCEPTION 'aduan: stream % is not at version %', stale.complaint_id, stale.expected_version
            USING ERRCODE = 'AV001', DETAIL = json_build_object('complaintId', stale.complaint_id,
              'expectedVersion', stale.expected_version, 'actualVersion', stale.actual_version)::text;
        END IF;

        -- Sections with no rows are skipped: most appends carry no identity, dedupe key or message.
        IF jsonb_array_length(batch->'dedupe_keys') > 0 THEN
          INSERT INTO ${s}.dedupe_keys (channel, message_id, complaint_id)
          SELECT d.channel, d.message_id, d.complaint_id
            FROM jsonb_to_recordset(batch->'dedupe_keys') AS d(channel text, message_id text, complaint_id text)
          ON CONFLICT DO NOTHING;
          GET DIAGNOSTICS written = ROW_COUNT;
          IF written < jsonb_array_length(batch->'dedupe_keys') THEN
            SELECT k.channel, k.message_id, k.complaint_id INTO taken
              FROM jsonb_to_recordset(batch->'dedupe_keys') AS d(channel text, message_id text, complaint_id text)
              JOIN ${s}.dedupe_keys k ON k.channel = d.channel AND k.message_id = d.message_id
             LIMIT 1;
            RAISE EXCEPTION 'aduan: message %:% was already received', taken.channel, taken.message_id
              USING ERRCODE = 'AD001', DETAIL = json_build_object('channel', taken.channel,
                'messageId', taken.message_id, 'complaintId', taken.complaint_id)::text;
          END IF;
        END IF;

        INSERT INTO ${s}.projections (id, tracking_number, version, status, channel, classification, category, title,
               unit_id, escalation_level, complainant_id, anonim, rahasia, merged_into, created_at, updated_at,
               last_event_hash, deadline_kind, deadline_at, machine)
        SELECT p.id, p.tracking_number, p.version, p.status, p.channel, p.classification, p.category, p.title,
               p.unit_id, p.escalation_level, p.complainant_id, p.anonim, p.rahasia, p.merged_into,
               p.created_at::timestamptz, p.updated_at::timestamptz, p.last_event_hash, p.deadline_kind,
               p.deadline_at::timestamptz, p.machine::json
          FROM jsonb_to_recordset(batch->'projections') AS p(id text, tracking_number text, version integer, status text,
               channel text, classification text, category text, title text, unit_id text, escalation_level integer,
               complainant_id text, anonim boolean, rahasia boolean, merged_into text, created_at text, updated_at text,
               last_event_hash text, deadline_kind text, deadline_at text, machine text)
${upsertProjection}
        IF jsonb_array_length(batch->'identities') > 0 THEN
          INSERT INTO ${s}.identities (complainant_id, name, phone, email, whatsapp, address)
          SELECT i.complainant_id, i.name, i.phone, i.email, i.whatsapp, i.address
            FROM jsonb_to_recordset(batch->'identities') AS i(complainant_id text, name text, phone text, email text,
                 whatsapp text, address text)
          ON CONFLICT (complainant_id) DO UPDATE SET name = excluded.name, phone = excluded.phone,
            email = excluded.email, whatsapp = excluded.whatsapp, address = excluded.address;
        END IF;

        IF jsonb_array_length(batch->'outbox') > 0 THEN
          INSERT INTO ${s}.outbox (id, complaint_id, channel, complainant_id, body, idempotency_key, created_at, status,
                 attempts, next_attempt_at, last_error)
          SELECT o.id, o.complaint_id, o.channel, o.complainant_id, o.body, o.idempotency_key, o.created_at::timestamptz,
                 'pending', 0, o.created_at::timestamptz, NULL
            FROM jsonb_to_recordset(batch->'outbox') AS o(id text, complaint_id text, channel text, complainant_id text,
                 body text, idempotency_key text, created_at text);
        END IF;
      END
    $$`,
  ];
}
