import {
  projectionColumns,
  projectionParameters,
  raiseVersionConflict,
  upsertIdentity,
  upsertProjection,
  writeAppendRows,
} from './append-steps.js';

/**
 * The functions that write appends (migration 1). Each call writes a whole append (or a batch of
 * them) in one statement, hence one round trip and one implicit transaction: any exception undoes
 * everything the call wrote. Nested JSON (event payloads, machine, handles) travels as strings,
 * cast to json verbatim: parsing it as records would refuse \u0000 in strings and lose its exact
 * text. `s` is the quoted schema name.
 */
export function appendFunctions(s: string): string[] {
  return [
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
    // The bulk path (doAppendMany): a jsonb document parsed once, rows of each table as one list.
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

        INSERT INTO ${s}.projections (id, ${projectionColumns})
        SELECT p.id, p.tracking_number, p.version, p.status, p.channel, p.classification, p.category, p.title,
               p.unit_id, p.escalation_level, p.complainant_id, p.anonim, p.rahasia, p.merged_into,
               p.created_at::timestamptz, p.updated_at::timestamptz, p.last_event_hash, p.deadline_kind,
               p.deadline_at::timestamptz, p.due_at::timestamptz, p.kelurahan, p.geo_lat, p.geo_long, p.machine::json
          FROM jsonb_to_recordset(batch->'projections') AS p(id text, tracking_number text, version integer, status text,
               channel text, classification text, category text, title text, unit_id text, escalation_level integer,
               complainant_id text, anonim boolean, rahasia boolean, merged_into text, created_at text, updated_at text,
               last_event_hash text, deadline_kind text, deadline_at text, due_at text, kelurahan text,
               geo_lat double precision, geo_long double precision, machine text)
${upsertProjection}
        IF jsonb_array_length(batch->'identities') > 0 THEN
          INSERT INTO ${s}.identities (complainant_id, name, phone, email, whatsapp, address, handles)
          SELECT i.complainant_id, i.name, i.phone, i.email, i.whatsapp, i.address, i.handles::json
            FROM jsonb_to_recordset(batch->'identities') AS i(complainant_id text, name text, phone text, email text,
                 whatsapp text, address text, handles text)
${upsertIdentity}        END IF;

        -- The batch lists each contact key once, with its first writer; an existing entry wins.
        IF jsonb_array_length(batch->'contact_keys') > 0 THEN
          INSERT INTO ${s}.contact_keys (contact_key, complainant_id)
          SELECT c.contact_key, c.complainant_id
            FROM jsonb_to_recordset(batch->'contact_keys') AS c(contact_key text, complainant_id text)
          ON CONFLICT DO NOTHING;
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
    // One append of several events (doAppend): cheaper than a jsonb batch of one. The projection,
    // written by every append, comes as typed parameters; the lists and the rare rows as json text.
    `CREATE FUNCTION ${s}.append_one(in_complaint_id text, in_expected_version integer, in_events json, in_dedupe_key json,
        in_contact_key text, ${projectionParameters}, in_identity json, in_outbox json)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        actual integer;
        holder text;
        written integer;
      BEGIN
        -- As in append_batch: the insert itself checks the version, ON CONFLICT catches a racing writer.
        INSERT INTO ${s}.events (complaint_id, version, id, type, schema_version, at, actor, payload, prev_hash, hash)
        SELECT e.complaint_id, e.version, e.id, e.type, e.schema_version, e.at::timestamptz, e.actor::json,
               e.payload::json, e.prev_hash, e.hash
          FROM json_to_recordset(in_events) AS e(complaint_id text, version integer, id text, type text,
               schema_version integer, at text, actor text, payload text, prev_hash text, hash text)
         WHERE in_expected_version = 0
            OR EXISTS (SELECT 1 FROM ${s}.events h WHERE h.complaint_id = in_complaint_id AND h.version = in_expected_version)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS written = ROW_COUNT;
        IF written < json_array_length(in_events) THEN
${raiseVersionConflict(s)}        END IF;

${writeAppendRows(s)}      END
    $$`,
    // The single event most commands write, as typed parameters (no JSON list to parse). Its
    // version is the expected version plus one and its stream the complaint's: the store checks
    // both before calling.
    `CREATE FUNCTION ${s}.append_event(in_complaint_id text, in_expected_version integer, in_event_id text, in_event_type text,
        in_event_schema_version integer, in_event_at timestamptz, in_event_actor json, in_event_payload json,
        in_event_prev_hash text, in_event_hash text, in_dedupe_key json, in_contact_key text,
        ${projectionParameters}, in_identity json, in_outbox json)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        actual integer;
        holder text;
      BEGIN
        INSERT INTO ${s}.events (complaint_id, version, id, type, schema_version, at, actor, payload, prev_hash, hash)
        SELECT in_complaint_id, in_expected_version + 1, in_event_id, in_event_type, in_event_schema_version, in_event_at,
               in_event_actor, in_event_payload, in_event_prev_hash, in_event_hash
         WHERE in_expected_version = 0
            OR EXISTS (SELECT 1 FROM ${s}.events h WHERE h.complaint_id = in_complaint_id AND h.version = in_expected_version)
        ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN
${raiseVersionConflict(s)}        END IF;

${writeAppendRows(s)}      END
    $$`,
  ];
}
