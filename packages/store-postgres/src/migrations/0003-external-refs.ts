/**
 * Version 2 of the schema: complaints' references in other systems (an SP4N-LAPOR! Tracking ID),
 * unique per (system, id) across complaints, and the function appends call to add them in the
 * transaction of their events. A projection's `externalRefs` is read from this table, in the
 * order the references were linked (`seq`). A released migration is never edited. `s` is the
 * quoted schema name.
 */
export function externalRefsSchema(s: string): string[] {
  return [
    `CREATE TABLE ${s}.external_refs (
      system text NOT NULL,
      external_id text NOT NULL,
      complaint_id text COLLATE "C" NOT NULL,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      PRIMARY KEY (system, external_id)
    )`,
    `CREATE INDEX external_refs_complaint ON ${s}.external_refs (complaint_id, seq)`,
    // Adds the references of one or more appends (json rows of system, external_id, complaint_id)
    // in list order. One the same complaint holds already stays once; one another complaint holds
    // raises AX001 with its holder, and the caller's transaction undoes the whole append.
    `CREATE FUNCTION ${s}.add_external_refs(refs json) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        taken record;
      BEGIN
        INSERT INTO ${s}.external_refs (system, external_id, complaint_id)
        SELECT r.e->>'system', r.e->>'external_id', r.e->>'complaint_id'
          FROM json_array_elements(refs) WITH ORDINALITY AS r(e, n)
         ORDER BY r.n
        ON CONFLICT DO NOTHING;
        SELECT k.system, k.external_id, k.complaint_id INTO taken
          FROM json_to_recordset(refs) AS r(system text, external_id text, complaint_id text)
          JOIN ${s}.external_refs k ON k.system = r.system AND k.external_id = r.external_id AND k.complaint_id <> r.complaint_id
         LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'aduan: reference %:% is already linked', taken.system, taken.external_id
            USING ERRCODE = 'AX001', DETAIL = json_build_object('system', taken.system,
              'externalId', taken.external_id, 'complaintId', taken.complaint_id)::text;
        END IF;
      END
    $$`,
  ];
}
