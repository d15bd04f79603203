import type { StoreV1 } from '@aduan/spec';
import { TotalsAccumulator } from './accumulate-totals.js';
import { complaintFacts } from './complaint-facts.js';
import type { KpiSource } from './kpi-source.js';

const PAGE = 500;

/**
 * KPIs counted in this process from the events of any StoreV1: the source for the memory store,
 * and the reference the SQL source is tested against. Reads the projections of the period's
 * complaints page by page and each one's stream; nothing else is loaded.
 *
 * @example
 * const reports = createReports({ source: createEventSource(createMemoryStore()) });
 */
export function createEventSource(store: StoreV1): KpiSource {
  return {
    name: 'events',
    async totals(query) {
      const asOf = Date.parse(query.asOf);
      const totals = new TotalsAccumulator(query.groupBy, { asOf, calendar: query.calendar, resolutionBudget: query.resolutionBudget });
      let cursor: string | undefined;
      do {
        const page = await store.doQuery({ createdFrom: query.from, createdTo: query.to, limit: PAGE, cursor });
        for (const complaint of page.items) {
          if (Date.parse(complaint.createdAt) > asOf) continue;
          const facts = complaintFacts(complaint, await store.doReadStream(complaint.id), asOf, query.eventTypes);
          if (query.unitId !== null && facts.unitId !== query.unitId) continue;
          totals.add(facts);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return totals.result();
    },
  };
}
