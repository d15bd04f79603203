import { describe, expect, it } from 'vitest';
import { createSqlStore } from './create-sql-store.js';
import { useBackends } from './test-support/backends.js';
import { recordingDriver } from './test-support/recording-driver.js';
import { seedProjections } from './test-support/seed-projections.js';

const { server } = useBackends({ server: true });

/** The plan PostgreSQL chooses for the last statement the store sent. */
async function planOfLast(driver: ReturnType<typeof recordingDriver>): Promise<string> {
  const last = driver.statements.at(-1)!;
  const { rows } = await driver.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${last.sql}`, last.params);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe.skipIf(!server.available)('query plans on a PostgreSQL server', () => {
  it('finds overdue complaints, a kelurahan’s, the soonest stage lapses and due deadlines through their indexes', async () => {
    const { sql, schema, cleanup } = await server.fresh();
    try {
      await seedProjections(sql, schema, 50_000);
      const driver = recordingDriver(sql);
      const store = await createSqlStore(driver, { schema, migrate: false });

      const page = await store.doQuery({ overdueAt: '2026-07-01T00:00:00.000Z', orderBy: 'deadline', limit: 100 });
      expect(page.items).toHaveLength(100);
      // Read in index order and stopped after the page: no scan of the table, no sort.
      const overdue = await planOfLast(driver);
      expect(overdue).toContain('Index Scan using projections_deadline_at');
      expect(overdue).not.toMatch(/Seq Scan|Sort/);

      const unitPage = await store.doQuery({ unitId: 'unit-7', limit: 50 });
      expect(unitPage.items.length).toBe(50);
      const unit = await planOfLast(driver);
      expect(unit).toContain('projections_unit_created_at');
      expect(unit).not.toMatch(/Seq Scan|Sort/);

      const kelurahanPage = await store.doQuery({ kelurahan: 'Kel-5', limit: 50 });
      expect(kelurahanPage.items).toHaveLength(50);
      const kelurahan = await planOfLast(driver);
      expect(kelurahan).toContain('projections_kelurahan_created_at');
      expect(kelurahan).not.toMatch(/Seq Scan|Sort/);

      const duePage = await store.doQuery({ dueBefore: '2026-07-01T00:00:00.000Z', orderBy: 'dueAt', limit: 100 });
      expect(duePage.items).toHaveLength(100);
      const due = await planOfLast(driver);
      expect(due).toContain('Index Scan using projections_due_at');
      expect(due).not.toMatch(/Seq Scan|Sort/);

      await store.doClaimDue({ now: '2026-07-01T00:00:00.000Z', limit: 100, leaseMs: 60_000, claimant: 'plan' });
      expect(await planOfLast(driver)).toContain('projections_claimable_from');
    } finally {
      await cleanup();
    }
  });
});
