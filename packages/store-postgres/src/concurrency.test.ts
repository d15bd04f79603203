import { createDesk } from '@aduan/core';
import { AduanError, type Actor, type AppendInput, type DueClaim, type OutboxRecord, type StoreV1 } from '@aduan/spec';
import { createVirtualClock, respondedAppends, StreamBuilder } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { useBackends } from './test-support/backends.js';

const { server } = useBackends({ server: true });
const coordinator: Actor = { id: 'koordinator', role: 'coordinator' };
const HOUR = 3_600_000;

/** `count` complaints in `responded`, due at minute 10, each with one outbox row; written in bulk. */
async function seedDue(store: { doAppendMany(inputs: readonly AppendInput[]): Promise<void> }, count: number): Promise<string[]> {
  const t = (minute: number) => new Date(Date.parse('2026-03-02T02:00:00.000Z') + minute * 60_000).toISOString();
  const streams = Array.from({ length: count }, (_, i) =>
    respondedAppends(new StreamBuilder({ complaintId: `due-${i}`, trackingNumber: `T-due-${i}`, at: t(0) }), t(1), t(10)),
  );
  // One batch per step: a batch may hold each stream only once.
  for (let step = 0; step < 4; step++) await store.doAppendMany(streams.map((appends) => appends[step]!));
  return streams.map((appends) => appends[0]!.complaintId);
}

/** Claims in rounds from every store at once until none gets anything; returns all claims. */
async function drain<T>(stores: readonly StoreV1[], claim: (store: StoreV1) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const rounds = await Promise.all(stores.flatMap((store) => [claim(store), claim(store)]));
    all.push(...rounds.flat());
    if (rounds.every((round) => round.length === 0)) return all;
  }
}

describe.skipIf(!server.available)('concurrency on a PostgreSQL server', () => {
  it('lets exactly one of 100 concurrent commands win per version, through two desks on two pools', async () => {
    const { store, openAnother, sql, schema, cleanup } = await server.fresh();
    try {
      const desks = [createDesk({ store }), createDesk({ store: await openAnother!() })];
      const { complaint } = await desks[0]!.receive(coordinator, { channel: 'web', title: 'Banjir', description: 'Air setinggi lutut.' });
      await desks[0]!.verify(coordinator, { complaintId: complaint.id });
      await desks[0]!.dispose(coordinator, { complaintId: complaint.id, unitId: 'unit-start' });

      const results = await Promise.allSettled(
        Array.from({ length: 100 }, (_, i) => desks[i % 2]!.dispose(coordinator, { complaintId: complaint.id, unitId: `unit-${i}` })),
      );
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won.length).toBeGreaterThanOrEqual(1);
      expect(lost.filter((reason) => !AduanError.hasCode(reason, 'version_conflict'))).toEqual([]);
      // One winner per version: the winners' versions are distinct and follow on from 3.
      expect(won.map((summary) => summary.version).sort((a, b) => a - b)).toEqual(won.map((_, i) => 4 + i));

      const { rows } = await sql.query<{ version: number; unit: string }>(
        `SELECT version, payload->>'unitId' AS unit FROM "${schema}".events WHERE complaint_id = $1 ORDER BY version`,
        [complaint.id],
      );
      expect(rows.map((row) => row.version)).toEqual(rows.map((_, i) => i + 1));
      // No command lost or doubled: the disposals stored are exactly those that were reported won.
      expect(
        rows
          .slice(3)
          .map((row) => row.unit)
          .sort(),
      ).toEqual(won.map((summary) => summary.unitId).sort());
      expect(await desks[1]!.verifyHistory(complaint.id)).toMatchObject({ ok: true, events: 3 + won.length });
    } finally {
      await cleanup();
    }
  });

  it('never hands one due deadline or outbox row to two stores on two pools claiming at once', async () => {
    const { store, openAnother, cleanup } = await server.fresh();
    try {
      const ids = await seedDue(store, 300);
      const stores = [store, await openAnother!()];
      const now = '2026-03-02T03:00:00.000Z';
      const claims = await drain<DueClaim>(stores, (s) =>
        s.doClaimDue({ now, limit: 9, leaseMs: HOUR, claimant: s === store ? 'a' : 'b' }),
      );
      expect(claims.map((claim) => claim.complaintId).sort()).toEqual([...ids].sort());
      const rows = await drain<OutboxRecord>(stores, (s) => s.doClaimOutbox({ now, limit: 9, leaseMs: HOUR }));
      expect(rows.map((row) => row.complaintId).sort()).toEqual([...ids].sort());
      expect(rows.every((row) => row.attempts === 1)).toBe(true);
      // Once the leases lapse, every deadline is claimable again, exactly once.
      const later = '2026-03-02T04:00:00.000Z';
      const again = await drain<DueClaim>(stores, (s) => s.doClaimDue({ now: later, limit: 9, leaseMs: HOUR, claimant: 'c' }));
      expect(again.map((claim) => claim.complaintId).sort()).toEqual([...ids].sort());
    } finally {
      await cleanup();
    }
  });

  it('lets two desks sweep the same due complaints at once: each is acted on exactly once', async () => {
    const { store, openAnother, sql, schema, cleanup } = await server.fresh();
    try {
      const clock = createVirtualClock('2026-03-01T00:00:00.000Z');
      const desks = [createDesk({ store, clock }), createDesk({ store: await openAnother!(), clock })];
      const officer: Actor = { id: 'penghubung', role: 'unit_officer', unitId: 'dinas-pu' };
      const ids: string[] = [];
      for (let i = 0; i < 40; i++) {
        const { complaint } = await desks[0]!.receive(coordinator, { channel: 'web', title: `Aduan ${i}`, description: 'Trotoar rusak.' });
        await desks[0]!.verify(coordinator, { complaintId: complaint.id });
        await desks[0]!.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinas-pu' });
        await desks[0]!.respond(officer, { complaintId: complaint.id, message: 'Sudah diperbaiki.' });
        ids.push(complaint.id);
      }
      clock.advanceBy(30 * 24 * HOUR);
      const reports = await Promise.all(desks.flatMap((desk) => [desk.sweep({ batchSize: 7 }), desk.sweep({ batchSize: 7 })]));
      expect(reports.flatMap((report) => report.failed)).toEqual([]);
      expect(reports.reduce((sum, report) => sum + report.acted, 0)).toBe(ids.length);
      const { rows } = await sql.query<{ complaint_id: string }>(
        `SELECT complaint_id FROM "${schema}".events WHERE type = 'complaint-resolved' ORDER BY complaint_id`,
      );
      expect(rows.map((row) => row.complaint_id)).toEqual([...ids].sort());
    } finally {
      await cleanup();
    }
  });
});
