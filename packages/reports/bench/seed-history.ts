/** Runs one SQL statement with parameters (PGlite's `query` and node-postgres' `query` both fit). */
export type RunSql = (sql: string, params?: unknown[]) => Promise<unknown>;

export const SEED_YEAR = { from: '2026-01-01', to: '2027-01-01', asOf: '2027-01-15T17:00:00+07:00' } as const;
const BENCH_UNITS = 40;

/**
 * `count` complaints received over 2026 (WIB), with their lifecycle events, written straight into
 * a migrated schema by INSERT … SELECT (benchmark data: the hash columns are placeholders). Nine in
 * ten are verified, eight in ten disposed to one of 40 units, most of those answered, half resolved
 * by the resident's confirmation; one in twenty gets a lapse, one in fifty is rejected.
 */
export async function seedHistory(run: RunSql, schema: string, count: number): Promise<void> {
  const s = `"${schema}"`;
  await run(
    `INSERT INTO ${s}.projections (id, tracking_number, version, status, channel, classification, category, title, unit_id,
       escalation_level, complainant_id, anonim, rahasia, merged_into, created_at, updated_at, last_event_hash, kelurahan, machine)
     SELECT 'c-' || lpad(g::text, 8, '0'), 'T-' || g, 1, 'received', (ARRAY['web', 'whatsapp', 'sms', 'lapor'])[1 + g % 4],
            'pengaduan', 'infrastruktur', 'Aduan ' || g, NULL, 0, 'warga-' || g, false, false, NULL,
            $1::timestamptz + (g::bigint * 525600 / $2::integer) * interval '1 minute',
            $1::timestamptz + (g::bigint * 525600 / $2::integer) * interval '1 minute', repeat('0', 64), 'Kel-' || (g % 27),
            '{"schemaVersion":1,"value":"received","context":{}}'
       FROM generate_series(1, $2::integer) AS g`,
    ['2025-12-31T17:00:00.000Z', count],
  );
  // Steps: type, offset in hours after receipt, which complaints take it, actor.
  await run(
    `INSERT INTO ${s}.events (complaint_id, version, id, type, schema_version, at, actor, payload, prev_hash, hash)
     SELECT p.id, row_number() OVER (PARTITION BY p.id ORDER BY step.n), p.id || '-' || step.n, step.type, 1,
            p.created_at + step.hours * interval '1 hour',
            CASE WHEN step.type = 'complaint-responded'
                 THEN json_build_object('id', 'penghubung', 'role', 'unit_officer', 'unitId', 'unit-' || (g % ${BENCH_UNITS}))
                 ELSE '{"id":"admin","role":"coordinator"}'::json END,
            CASE step.type
              WHEN 'complaint-received' THEN json_build_object('channel', p.channel, 'location', json_build_object('kelurahan', p.kelurahan))
              WHEN 'complaint-disposed' THEN json_build_object('unitId', 'unit-' || (g % ${BENCH_UNITS}))
              WHEN 'complaint-deadline-missed' THEN '{"stage":"followUp"}'::json
              ELSE '{}'::json END,
            repeat('0', 64), repeat('0', 64)
       FROM (SELECT id, created_at, channel, kelurahan, substr(id, 3)::integer AS g FROM ${s}.projections) p
       CROSS JOIN LATERAL (VALUES
         (1, 'complaint-received', 0, true),
         (2, 'complaint-verified', 2 + p.g % 70, p.g % 10 <> 0),
         (3, 'complaint-disposed', 80 + p.g % 50, p.g % 10 NOT IN (0, 1)),
         (4, 'complaint-deadline-missed', 140, p.g % 20 = 5),
         (5, 'complaint-responded', 150 + p.g % 300, p.g % 10 NOT IN (0, 1, 2)),
         (6, 'complaint-confirmed', 500 + p.g % 200, p.g % 2 = 0 AND p.g % 10 NOT IN (0, 1, 2)),
         (7, 'complaint-rejected', 30, p.g % 50 = 0)
       ) AS step(n, type, hours, taken)
      WHERE step.taken`,
  );
  await run(`ANALYZE ${s}.projections`);
  await run(`ANALYZE ${s}.events`);
}
