import type { SqlExecutor } from '../driver.js';

const SEED_START = '2026-01-01T00:00:00.000Z';

/**
 * Fills a schema's projection table with `count` synthetic rows in one INSERT ... SELECT (for
 * plans and benchmarks, not for replay: they have no events). Every other row has a deadline and
 * two rows in three a stage lapse (`due_at`), spread over a year from SEED_START; rows are created
 * a minute apart, in 27 kelurahan (`Kel-0` ... `Kel-26`).
 */
export async function seedProjections(sql: SqlExecutor, schema: string, count: number): Promise<void> {
  const s = `"${schema}"`;
  await sql.query(
    `INSERT INTO ${s}.projections (id, tracking_number, version, status, channel, classification, category, title, unit_id,
       escalation_level, complainant_id, anonim, rahasia, merged_into, created_at, updated_at, last_event_hash,
       deadline_kind, deadline_at, due_at, kelurahan, machine)
     SELECT 'seed-' || lpad(g::text, 8, '0'), 'T-SEED-' || g, 4,
            (ARRAY['received', 'verified', 'disposed', 'responded'])[1 + g % 4],
            (ARRAY['web', 'whatsapp', 'sms'])[1 + g % 3], 'pengaduan', 'infrastruktur', 'Aduan ' || g,
            'unit-' || (g % 89), 0, 'warga-' || (g % 50000), true, true, NULL,
            $1::timestamptz + g * interval '1 minute', $1::timestamptz + g * interval '1 minute', repeat('0', 64),
            CASE WHEN g % 2 = 1 THEN 'confirmation' END,
            CASE WHEN g % 2 = 1 THEN $1::timestamptz + ((g::bigint * 7919) % 525600) * interval '1 minute' END,
            CASE WHEN g % 3 <> 0 THEN $1::timestamptz + ((g::bigint * 6007) % 525600) * interval '1 minute' END,
            'Kel-' || (g % 27),
            '{"schemaVersion":1,"value":"responded","context":{}}'
       FROM generate_series(1, $2::integer) AS g`,
    [SEED_START, count],
  );
  await sql.query(`ANALYZE ${s}.projections`);
}
