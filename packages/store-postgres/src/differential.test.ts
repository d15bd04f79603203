import { createMemoryStore } from '@aduan/core';
import type { AppendInput, ComplaintStatus, ProjectionQuery, StoreV1 } from '@aduan/spec';
import { respondedAppends, StreamBuilder } from '@aduan/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useBackends } from './test-support/backends.js';

/*
 * The memory store is the reference: on the same appends, every read, page, cursor, count and
 * claim of the SQL store must equal its answer. Ids mix cases, digits and punctuation, whose
 * locale order differs from code order, and times repeat so that ties are exercised.
 */

const { pglite, server } = useBackends({ pglite: true, server: true });

const T0 = Date.parse('2026-03-02T02:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const UNITS = ['dinas-pu', 'puskesmas-1'];
const STATUSES: ComplaintStatus[] = ['received', 'verified', 'disposed', 'responded'];

const complaintArb = fc.record({
  id: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,6}$/),
  createdMinute: fc.integer({ min: 0, max: 5 }),
  channel: fc.constantFrom('web', 'sms'),
  category: fc.constantFrom('jalan', 'air'),
  complainant: fc.constantFrom('warga-1', 'warga-2', 'warga-3'),
  path: fc.constantFrom('received', 'verified', 'disposed', 'responded'),
  unit: fc.constantFrom(...UNITS),
  confirmMinute: fc.integer({ min: 10, max: 14 }),
});

type Complaint = typeof complaintArb extends fc.Arbitrary<infer T> ? T : never;

function appendsFor(c: Complaint): AppendInput[] {
  const builder = new StreamBuilder({
    complaintId: c.id,
    trackingNumber: `T-${c.id}`,
    at: at(c.createdMinute),
    channel: c.channel,
    category: c.category,
    complainantId: c.complainant,
  });
  if (c.path === 'responded') return respondedAppends(builder, at(c.createdMinute + 1), at(c.confirmMinute), c.unit);
  const appends = [builder.received()];
  if (c.path !== 'received')
    appends.push(builder.followedBy({ type: 'complaint-verified', at: at(c.createdMinute + 1), payload: { classification: 'pengaduan' } }));
  if (c.path === 'disposed')
    appends.push(builder.followedBy({ type: 'complaint-disposed', at: at(c.createdMinute + 2), payload: { unitId: c.unit } }));
  return appends;
}

const queryArb: fc.Arbitrary<Omit<ProjectionQuery, 'cursor'>> = fc.record(
  {
    limit: fc.integer({ min: 1, max: 4 }),
    orderBy: fc.constantFrom('createdAt' as const, 'deadline' as const),
    status: fc.subarray(STATUSES),
    unitId: fc.constantFrom(...UNITS),
    category: fc.constantFrom('jalan', 'air'),
    channel: fc.constantFrom('web', 'sms'),
    complainantId: fc.constantFrom('warga-1', 'warga-2'),
    overdueAt: fc.integer({ min: 9, max: 15 }).map(at),
    createdFrom: fc.integer({ min: 0, max: 5 }).map(at),
    createdTo: fc.integer({ min: 0, max: 6 }).map(at),
  },
  { requiredKeys: ['limit'] },
);

const claimArb = fc.record({
  minute: fc.integer({ min: 9, max: 30 }),
  limit: fc.integer({ min: 1, max: 4 }),
  leaseMinutes: fc.integer({ min: 0, max: 8 }),
});

async function pages(store: StoreV1, query: Omit<ProjectionQuery, 'cursor'>): Promise<unknown[]> {
  const seen: unknown[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.doQuery({ ...query, cursor });
    seen.push(page);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && seen.length < 50);
  return seen;
}

/** Writes the same complaints to the SQL store and to a fresh memory store, the reference. */
async function seedBoth(store: StoreV1, complaints: Complaint[]): Promise<StoreV1> {
  const memory = createMemoryStore();
  for (const append of complaints.flatMap(appendsFor)) {
    await memory.doAppend(structuredClone(append));
    await store.doAppend(append);
  }
  return memory;
}

for (const backend of [pglite, server]) {
  describe.skipIf(!backend.available)(`${backend.name} answers as the memory store does`, () => {
    it('on queries, pages, cursors, counts and stream lists', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(complaintArb, { minLength: 1, maxLength: 12, selector: (c) => c.id }),
          fc.array(queryArb, { minLength: 1, maxLength: 6 }),
          async (complaints, queries) => {
            const { store, cleanup } = await backend.fresh();
            try {
              const memory = await seedBoth(store, complaints);
              for (const query of queries) expect(await pages(store, query)).toEqual(await pages(memory, query));
              for (const dimension of ['status', 'unitId', 'category', 'channel'] as const) {
                expect(await store.doCount(queries[0]!, dimension)).toEqual(await memory.doCount(queries[0]!, dimension));
              }
              for (const limit of [1, 3, 100]) {
                expect(await store.doListStreams({ limit })).toEqual(await memory.doListStreams({ limit }));
              }
            } finally {
              await cleanup();
            }
          },
        ),
        { numRuns: 40 },
      );
    });

    it('on deadline claims with leases and on outbox claims with settlements', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(
            complaintArb.map((c) => ({ ...c, path: 'responded' as const })),
            { minLength: 1, maxLength: 8, selector: (c) => c.id },
          ),
          fc.array(claimArb, { minLength: 1, maxLength: 8 }),
          async (complaints, claims) => {
            const { store, cleanup } = await backend.fresh();
            try {
              const memory = await seedBoth(store, complaints);
              // Claims are made in increasing time, as sweeps and relays make them.
              const ordered = [...claims].sort((a, b) => a.minute - b.minute);
              for (const [index, claim] of ordered.entries()) {
                const due = {
                  now: at(claim.minute),
                  limit: claim.limit,
                  leaseMs: claim.leaseMinutes * 60_000,
                  claimant: `sweeper-${index}`,
                };
                expect(await store.doClaimDue(due)).toEqual(await memory.doClaimDue(due));
                const outbox = { now: at(claim.minute), limit: claim.limit, leaseMs: claim.leaseMinutes * 60_000 };
                const claimed = await store.doClaimOutbox(outbox);
                expect(claimed).toEqual(await memory.doClaimOutbox(outbox));
                const first = claimed[0];
                if (first && index % 2 === 0) {
                  const settlement = { outcome: 'retry' as const, error: 'provider 503', nextAttemptAt: at(claim.minute + 3) };
                  await store.doSettleOutbox(first.id, settlement);
                  await memory.doSettleOutbox(first.id, settlement);
                }
              }
            } finally {
              await cleanup();
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  });
}
