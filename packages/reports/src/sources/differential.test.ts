import type { MemoryStore } from '@aduan/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { copyStreams } from '../__fixtures__/copy-store.js';
import { historyArbitrary, periodOf, playHistory } from '../__fixtures__/generated-history.js';
import { AS_OF, coordinator, officerOf, playHandWorkedHistory } from '../__fixtures__/hand-worked-history.js';
import { pgliteBackend, serverBackend, type SqlBackend } from '../__fixtures__/sql-backends.js';
import { createMemoryStore } from '@aduan/core';
import { createReadOnlyAccess } from '@aduan/store-postgres';
import { createReports } from '../create-reports.js';
import { GROUP_BYS } from '../group-by.js';
import type { KpiQuery, KpiReport } from '../report-types.js';
import { createEventSource } from './event-source.js';
import { createSqlSource } from './sql-source.js';

/** What both sources must agree on: everything but the source's name. */
const figuresOf = ({ source: _source, ...report }: KpiReport) => report;
const clock = { now: () => new Date('2026-06-01T00:00:00.000Z') };

/** Every grouping, and a unit's own view, from both sources. */
async function compare(memory: MemoryStore, backend: SqlBackend, period: Omit<KpiQuery, 'groupBy'>): Promise<void> {
  const store = await backend.fresh();
  await copyStreams(memory, store);
  const fromEvents = createReports({ source: createEventSource(memory), clock });
  const fromSql = createReports({ source: createSqlSource(createReadOnlyAccess(store)), clock });
  for (const groupBy of [undefined, ...GROUP_BYS]) {
    const query = { ...period, groupBy };
    expect(figuresOf(await fromSql.kpis(coordinator, query)), `grouped by ${groupBy ?? 'nothing'}`).toEqual(
      figuresOf(await fromEvents.kpis(coordinator, query)),
    );
  }
  const unitQuery = { ...period, groupBy: 'channel' as const };
  expect(figuresOf(await fromSql.kpis(officerOf('dpupr'), unitQuery))).toEqual(
    figuresOf(await fromEvents.kpis(officerOf('dpupr'), unitQuery)),
  );
}

for (const backend of [pgliteBackend(), serverBackend()]) {
  describe.skipIf(!backend.available)(`the SQL source on ${backend.name} gives the numbers of the events`, () => {
    afterAll(() => backend.close());

    it('on the hand-worked history', async () => {
      const memory = createMemoryStore();
      await playHandWorkedHistory(memory);
      await compare(memory, backend, { from: '2026-03-01', to: '2026-05-01', asOf: AS_OF });
      await compare(memory, backend, { from: '2026-03-18', to: '2026-04-01', asOf: '2026-03-31T09:30:00+07:00' });
    });

    it('on generated histories', async () => {
      await fc.assert(
        fc.asyncProperty(historyArbitrary, async (history) => {
          await compare(await playHistory(history), backend, periodOf(history));
        }),
        { numRuns: backend.name === 'pglite' ? 12 : 8 },
      );
    });
  });
}
