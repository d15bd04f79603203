import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '@aduan/spec';
import type { Desk } from './create-desk.js';
import type { ImportItem } from './import-batch.js';
import { createHarness, UNIT_A, UNIT_B } from '../test-support/harness.js';

// Tracking numbers are drawn from the CSPRNG; both desks of a run get the same draws, so that the
// only difference left between the two histories is the path that wrote them.
const entropy = vi.hoisted(() => ({ seed: 1 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return {
    ...crypto,
    randomFillSync: <T extends NodeJS.ArrayBufferView>(buffer: T): T => {
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      for (let i = 0; i < bytes.length; i++) {
        entropy.seed = (entropy.seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        bytes[i] = entropy.seed >> 16;
      }
      return buffer;
    },
  };
});

const importer = { id: 'sp4n-lapor-import', role: 'coordinator' } as const satisfies Actor;

type Step = NonNullable<Extract<ImportItem, { intake: unknown }>['commands']>[number];

/** The lifecycle commands an import brings a complaint forward with (what the LAPOR! bridge plans). */
const roads: Record<string, (unitId: string) => Step[]> = {
  received: () => [],
  verified: () => [{ command: 'verify', input: { classification: 'pengaduan', note: 'SP4N-LAPOR!: Terverifikasi' } }],
  disposed: (unitId) => [...roads['verified']!(unitId), { command: 'dispose', input: { unitId, note: 'SP4N-LAPOR!: Terdisposisi' } }],
  responded: (unitId) => [...roads['disposed']!(unitId), { command: 'respond', input: { message: 'Ditanggapi melalui SP4N-LAPOR!' } }],
  resolved: (unitId) => [...roads['responded']!(unitId), { command: 'resolve', input: { closedIn: 'lapor', note: 'Ditutup oleh Sistem' } }],
  rejected: () => [{ command: 'reject', input: { reason: 'other', note: 'Diarsipkan oleh Admin' } }],
  needs_info: () => [{ command: 'requestInfo', input: { message: 'Laporan ditunda: lengkapi lokasi' } }],
};

const row = fc.record({
  trackingId: fc.integer({ min: 1_000_000, max: 999_999_999 }).map(String),
  title: fc.string({ minLength: 1, maxLength: 60 }).filter((text) => text.trim().length > 0 && !text.includes('\u0000')),
  privacy: fc.constantFrom('biasa', 'anonim', 'rahasia'),
  road: fc.constantFrom(...Object.keys(roads)),
  unitId: fc.constantFrom(UNIT_A, UNIT_B),
  status: fc.constantFrom('Terverifikasi', 'Terdisposisi', 'Ditutup oleh Sistem'),
  rating: fc.option(fc.constantFrom('1', '3', '5'), { nil: null }),
  kelurahan: fc.option(fc.constantFrom('Podosugih', 'Bendan', 'Kergon'), { nil: undefined }),
});
type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

const syncOf = (r: Pick<Row, 'trackingId' | 'rating'> & { status: string }): Step => ({
  command: 'sync',
  input: {
    system: 'lapor',
    id: r.trackingId,
    transport: 'export',
    fields: { status: r.status, rating: r.rating },
    sourceTimestamps: { receivedAt: '2026-01-03T01:30:00.000Z' },
  },
});

function itemOf(r: Row): Extract<ImportItem, { intake: unknown }> {
  return {
    intake: {
      channel: 'lapor',
      channelMessageId: r.trackingId,
      title: r.title,
      description: `Laporan SP4N-LAPOR! ${r.trackingId}`,
      location: r.kelurahan === undefined ? undefined : { kelurahan: r.kelurahan },
      anonim: r.privacy === 'anonim',
      rahasia: r.privacy === 'rahasia',
      contact: r.privacy === 'biasa' ? { name: 'Siti Aminah' } : undefined,
      externalRefs: [{ system: 'lapor', id: r.trackingId }],
    },
    commands: [syncOf(r), ...roads[r.road]!(r.unitId)],
  };
}

/** The same item issued the normal way: `receive`, then each command on its own, each a store append of its own. */
async function oneByOne(desk: Desk, item: Extract<ImportItem, { intake: unknown }>): Promise<void> {
  const { complaint } = await desk.receive(importer, item.intake);
  for (const { command, input } of item.commands ?? []) {
    const run = desk[command] as (actor: Actor, input: Record<string, unknown>) => Promise<unknown>;
    await run(importer, { ...input, complaintId: complaint.id });
  }
}

const idOf = (n: number) => `id-${String(n).padStart(6, '0')}`;

/**
 * A desk whose ids and tracking numbers are the same sequence as any other desk made by this
 * function, but for the ids in `skip`: the normal path gives ids to the outbox rows it writes
 * (messages to the resident), which an import does not write; skipping those keeps every event's id
 * the same on both paths.
 */
function deterministicDesk(skip: ReadonlySet<string> = new Set()) {
  let next = 0;
  entropy.seed = 1;
  const newId = () => {
    next += 1;
    while (skip.has(idOf(next))) next += 1;
    return idOf(next);
  };
  return createHarness({ newId });
}

/** The ids the outbox rows of a store hold. */
const outboxIds = (harness: ReturnType<typeof createHarness>) => new Set(harness.store.contents().outbox.map((row) => row.id));

describe('desk.importBatch writes what the desk commands write', () => {
  it('stores byte-identical events, projections and references for the same rows imported in one batch or issued one by one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => r.trackingId }), async (rows) => {
        const issued = deterministicDesk();
        for (const r of rows) await oneByOne(issued.desk, itemOf(r));

        const imported = deterministicDesk(outboxIds(issued));
        const outcomes = await imported.desk.importBatch(importer, rows.map(itemOf));
        expect(outcomes.map((outcome) => outcome.outcome)).toEqual(rows.map(() => 'created'));
        expect(imported.store.contents().outbox).toEqual([]);

        const a = imported.store.contents();
        const b = issued.store.contents();
        expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
        expect(JSON.stringify(a.projections)).toBe(JSON.stringify(b.projections));
        expect(JSON.stringify(a.externalRefs)).toBe(JSON.stringify(b.externalRefs));
        for (const projection of a.projections) expect(await imported.desk.verifyHistory(projection.id)).toMatchObject({ ok: true });
      }),
      { numRuns: 40 },
    );
  });

  it('stores byte-identical events when the import updates complaints it created before', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, { minLength: 1, maxLength: 6, selector: (r) => r.trackingId }),
        fc.constantFrom('verified', 'disposed', 'resolved'),
        async (rows, later) => {
          const first = rows.map((r) => ({ ...r, road: 'received' }));
          const laterCommands = (r: Row) => [syncOf({ ...r, status: 'Ditutup' }), ...roads[later]!(r.unitId)];

          const issued = deterministicDesk();
          const ids: string[] = [];
          for (const r of first) {
            await oneByOne(issued.desk, itemOf(r));
            ids.push((await issued.desk.findByExternalRef(importer, { system: 'lapor', id: r.trackingId })).id);
          }
          for (const [index, r] of rows.entries()) {
            for (const { command, input } of laterCommands(r)) {
              const run = issued.desk[command] as (actor: Actor, input: Record<string, unknown>) => Promise<unknown>;
              await run(importer, { ...input, complaintId: ids[index]! });
            }
          }

          const imported = deterministicDesk(outboxIds(issued));
          await imported.desk.importBatch(importer, first.map(itemOf));
          const updated = await imported.desk.importBatch(
            importer,
            rows.map((r, index) => ({ complaintId: ids[index]!, commands: laterCommands(r) })),
          );
          expect(updated.map((outcome) => outcome.outcome)).toEqual(rows.map(() => 'updated'));

          expect(JSON.stringify(imported.store.contents().events)).toBe(JSON.stringify(issued.store.contents().events));
          expect(JSON.stringify(imported.store.contents().projections)).toBe(JSON.stringify(issued.store.contents().projections));
        },
      ),
      { numRuns: 25 },
    );
  });
});
