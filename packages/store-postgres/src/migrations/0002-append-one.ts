import { projectionParameters, raiseVersionConflict, writeAppendRows } from './append-steps.js';

/**
 * Version 2: `append_one`, the single append (`doAppend`), which no longer pays for a jsonb batch
 * of one parsed by jsonb_to_recordset. The projection, written by every append, comes as typed
 * parameters; the lists and the rare rows (events, dedupe key, identity, outbox) as `json` text,
 * parsed once by json_to_record(set), with nested JSON inside as strings, cast to json verbatim as
 * in `append_batch` (parsing it as records would refuse \u0000 in strings). Same steps, order and
 * errors as `append_batch`, which stays the bulk path. `s` is the quoted schema name.
 */
export function appendOneSchema(s: string): string[] {
  return [
    `CREATE FUNCTION ${s}.append_one(in_complaint_id text, in_expected_version integer, in_events json, in_dedupe_key json,
        ${projectionParameters}, in_identity json, in_outbox json)
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
  ];
}
