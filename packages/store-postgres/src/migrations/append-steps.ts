/**
 * SQL pieces the append functions of migration 1 share: `append_batch` (many appends, one jsonb
 * document), `append_one` (one append of several events) and `append_event` (one append of one
 * event). Part of migration 1's text, which `all-migrations.test.ts` pins once released: change
 * nothing here after a release; write a new migration. `s` is the quoted schema name.
 */

/** The projection's columns as typed parameters, in `projectionRecord`'s order. */
export const projectionParameters = `in_tracking_number text, in_version integer, in_status text, in_channel text, in_classification text, in_category text,
        in_title text, in_unit_id text, in_escalation_level integer, in_complainant_id text, in_anonim boolean, in_rahasia boolean,
        in_merged_into text, in_created_at timestamptz, in_updated_at timestamptz, in_last_event_hash text, in_deadline_kind text,
        in_deadline_at timestamptz, in_due_at timestamptz, in_kelurahan text, in_geo_lat double precision, in_geo_long double precision,
        in_machine json`;

/** The projection columns every writer sets, in `projectionRecord`'s order. */
export const projectionColumns = `tracking_number, version, status, channel, classification, category, title,
               unit_id, escalation_level, complainant_id, anonim, rahasia, merged_into, created_at, updated_at,
               last_event_hash, deadline_kind, deadline_at, due_at, kelurahan, geo_lat, geo_long, machine`;

/** The end of a projection upsert: every column from the new row, and any deadline claim ended. */
export const upsertProjection = `        ON CONFLICT (id) DO UPDATE SET
          tracking_number = excluded.tracking_number, version = excluded.version, status = excluded.status,
          channel = excluded.channel, classification = excluded.classification, category = excluded.category,
          title = excluded.title, unit_id = excluded.unit_id, escalation_level = excluded.escalation_level,
          complainant_id = excluded.complainant_id, anonim = excluded.anonim, rahasia = excluded.rahasia,
          merged_into = excluded.merged_into, created_at = excluded.created_at, updated_at = excluded.updated_at,
          last_event_hash = excluded.last_event_hash, deadline_kind = excluded.deadline_kind,
          deadline_at = excluded.deadline_at, due_at = excluded.due_at, kelurahan = excluded.kelurahan,
          geo_lat = excluded.geo_lat, geo_long = excluded.geo_long, machine = excluded.machine,
          -- A new event ends any claim on the old deadline.
          claim_until = NULL, claimant = NULL;
`;

/** The identity upsert's end: a later append's identity replaces the whole record. */
export const upsertIdentity = `          ON CONFLICT (complainant_id) DO UPDATE SET name = excluded.name, phone = excluded.phone,
            email = excluded.email, whatsapp = excluded.whatsapp, address = excluded.address, handles = excluded.handles;
`;

/** Refuses an append whose events did not all go in: the stream is not at the expected version. */
export const raiseVersionConflict = (
  s: string,
): string => `          SELECT coalesce(max(h.version), 0) INTO actual FROM ${s}.events h WHERE h.complaint_id = in_complaint_id;
          RAISE EXCEPTION 'aduan: stream % is not at version %', in_complaint_id, in_expected_version
            USING ERRCODE = 'AV001', DETAIL = json_build_object('complaintId', in_complaint_id,
              'expectedVersion', in_expected_version, 'actualVersion', actual)::text;
`;

/** Dedupe key, projection, identity, contact key and outbox rows of one append, after its events. */
export const writeAppendRows = (s: string): string => `        IF in_dedupe_key IS NOT NULL THEN
          INSERT INTO ${s}.dedupe_keys (channel, message_id, complaint_id)
          SELECT d.channel, d.message_id, in_complaint_id FROM json_to_record(in_dedupe_key) AS d(channel text, message_id text)
          ON CONFLICT DO NOTHING;
          IF NOT FOUND THEN
            SELECT k.complaint_id INTO holder FROM ${s}.dedupe_keys k
             WHERE k.channel = in_dedupe_key->>'channel' AND k.message_id = in_dedupe_key->>'message_id';
            RAISE EXCEPTION 'aduan: message %:% was already received', in_dedupe_key->>'channel', in_dedupe_key->>'message_id'
              USING ERRCODE = 'AD001', DETAIL = json_build_object('channel', in_dedupe_key->>'channel',
                'messageId', in_dedupe_key->>'message_id', 'complaintId', holder)::text;
          END IF;
        END IF;

        INSERT INTO ${s}.projections (id, ${projectionColumns})
        VALUES (in_complaint_id, in_tracking_number, in_version, in_status, in_channel, in_classification, in_category,
               in_title, in_unit_id, in_escalation_level, in_complainant_id, in_anonim, in_rahasia, in_merged_into,
               in_created_at, in_updated_at, in_last_event_hash, in_deadline_kind, in_deadline_at, in_due_at, in_kelurahan,
               in_geo_lat, in_geo_long, in_machine)
${upsertProjection}
        IF in_identity IS NOT NULL THEN
          INSERT INTO ${s}.identities (complainant_id, name, phone, email, whatsapp, address, handles)
          SELECT i.complainant_id, i.name, i.phone, i.email, i.whatsapp, i.address, i.handles::json
            FROM json_to_record(in_identity) AS i(complainant_id text, name text, phone text, email text, whatsapp text,
                 address text, handles text)
${upsertIdentity}        END IF;

        -- The first complainant to bring a contact key keeps it.
        IF in_contact_key IS NOT NULL THEN
          INSERT INTO ${s}.contact_keys (contact_key, complainant_id) VALUES (in_contact_key, in_complainant_id)
          ON CONFLICT DO NOTHING;
        END IF;

        IF in_outbox IS NOT NULL THEN
          INSERT INTO ${s}.outbox (id, complaint_id, channel, complainant_id, body, idempotency_key, created_at, status,
                 attempts, next_attempt_at, last_error)
          SELECT o.id, o.complaint_id, o.channel, o.complainant_id, o.body, o.idempotency_key, o.created_at::timestamptz,
                 'pending', 0, o.created_at::timestamptz, NULL
            FROM json_to_recordset(in_outbox) AS o(id text, complaint_id text, channel text, complainant_id text,
                 body text, idempotency_key text, created_at text);
        END IF;
`;
