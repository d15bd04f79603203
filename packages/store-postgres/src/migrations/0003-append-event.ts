import { projectionParameters, raiseVersionConflict, writeAppendRows } from './append-steps.js';

/**
 * Version 3: `append_event`, `append_one` for the single event most commands write, which comes
 * as typed parameters instead of a JSON list parsed by json_to_recordset (about 8 % of an append
 * on PGlite). Its version is the expected version plus one and its stream the complaint's: the
 * store checks both before calling. Same steps, order and errors as `append_one`, which stays the
 * path of commands writing several events. `s` is the quoted schema name.
 */
export function appendEventSchema(s: string): string[] {
  return [
    `CREATE FUNCTION ${s}.append_event(in_complaint_id text, in_expected_version integer, in_event_id text, in_event_type text,
        in_event_schema_version integer, in_event_at timestamptz, in_event_actor json, in_event_payload json,
        in_event_prev_hash text, in_event_hash text, in_dedupe_key json,
        ${projectionParameters}, in_identity json, in_outbox json)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        actual integer;
        holder text;
      BEGIN
        -- As in append_one: the insert itself checks the version, ON CONFLICT catches a racing writer.
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
