import type { StoredEvent, StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createDesk, createMemoryStore, type MemoryStore } from '../index.js';
import { sealEvent } from '../history/index.js';
import { coordinator, createTestClock, expectAduanError, fileComplaint, resident, walkTo } from '../test-support/harness.js';

/** A StoreV1 that hands out a stream edited by `edit`: how deletions and reorders look to the desk. */
function withEditedStreams(store: MemoryStore, edit: (events: StoredEvent[]) => StoredEvent[]): StoreV1 {
  return { ...store, doReadStream: async (complaintId) => edit(await store.doReadStream(complaintId)) };
}

async function resolvedComplaint() {
  const store = createMemoryStore();
  const desk = createDesk({ store, clock: createTestClock() });
  const complaintId = await fileComplaint(desk);
  await walkTo(desk, complaintId, 'resolved');
  return { store, desk, complaintId };
}

describe('desk.verifyHistory', () => {
  it('verifies an untouched history and reports its head', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();

    expect(await desk.verifyHistory(complaintId)).toEqual({
      ok: true,
      events: 5,
      headHash: store.contents().projections[0]?.lastEventHash,
    });
  });

  it('detects a payload edited after it was written', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();
    store.tamperEvent(complaintId, 4, {
      payload: { unitId: 'dinas-pupr', message: 'Jawaban yang diperhalus', attachments: [], confirmBy: '2025-03-13T02:00:00.000Z' },
    });

    expect(await desk.verifyHistory(complaintId)).toEqual({
      ok: false,
      events: 5,
      brokenAtVersion: 4,
      reason: 'content does not match its hash (edited after it was written)',
    });
  });

  it('detects an edited event even when the forger re-sealed it', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();
    const [, second] = await store.doReadStream(complaintId);
    const forged = sealEvent({ ...second!, payload: { classification: 'aspirasi' } }, second!.prevHash);
    store.tamperEvent(complaintId, 2, forged);

    expect(await desk.verifyHistory(complaintId)).toMatchObject({
      ok: false,
      brokenAtVersion: 3,
      reason: 'previous-hash link does not match the preceding event',
    });
  });

  it('detects a re-sealed edit of the last event through the projection', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();
    const last = (await store.doReadStream(complaintId)).at(-1)!;
    store.tamperEvent(complaintId, 5, sealEvent({ ...last, payload: { note: 'ditulis ulang' } }, last.prevHash));

    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: false, brokenAtVersion: 5 });
  });

  it('detects events swapped in place', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();
    const [, second, third] = await store.doReadStream(complaintId);
    store.tamperEvent(complaintId, 2, third!);
    store.tamperEvent(complaintId, 3, second!);

    expect(await desk.verifyHistory(complaintId)).toMatchObject({
      ok: false,
      brokenAtVersion: 2,
      reason: 'version 3 where 2 was expected',
    });
  });

  it('detects an event removed from the middle of the stream', async () => {
    const { store, complaintId } = await resolvedComplaint();
    const desk = createDesk({ store: withEditedStreams(store, (events) => events.filter((event) => event.version !== 3)) });

    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: false, events: 4, brokenAtVersion: 3 });
  });

  it('detects the last event removed, which leaves a valid chain behind', async () => {
    const { store, complaintId } = await resolvedComplaint();
    const desk = createDesk({ store: withEditedStreams(store, (events) => events.slice(0, -1)) });

    expect(await desk.verifyHistory(complaintId)).toEqual({
      ok: false,
      events: 4,
      brokenAtVersion: 5,
      reason: 'projection is at version 5 but the stream holds 4 events',
    });
  });

  it('detects events reordered by the store', async () => {
    const { store, complaintId } = await resolvedComplaint();
    const desk = createDesk({ store: withEditedStreams(store, (events) => [events[0]!, events[2]!, events[1]!, ...events.slice(3)]) });

    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: false, brokenAtVersion: 2 });
  });

  it('still verifies after the complainant’s identity was erased', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();

    expect(await desk.eraseIdentity(resident, resident.id)).toBe(true);

    expect(store.contents().identities).toEqual([]);
    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: true, events: 5 });
  });

  it('answers not_found for an unknown complaint', async () => {
    const { desk } = await resolvedComplaint();

    await expectAduanError(desk.verifyHistory('no-such-complaint'), 'not_found');
  });
});

describe('desk.rebuild', () => {
  it('re-derives exactly the projections the desk wrote', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();
    const other = await fileComplaint(desk);
    await desk.requestInfo(coordinator, { complaintId: other, message: 'Mohon alamat lengkap.' });
    const stored = store.contents().projections;

    expect(await desk.rebuild()).toEqual({ rebuilt: 2, failed: [] });

    const byId = (rows: typeof stored) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(store.contents().projections)).toEqual(byId(stored));
    expect(stored.map((projection) => projection.id)).toContain(complaintId);
  });

  it('repairs a projection that drifted from its events', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();
    const good = store.contents().projections[0]!;
    await store.doReplaceProjection({ ...good, status: 'received', unitId: null });

    await desk.rebuild();

    expect(store.contents().projections).toEqual([good]);
    expect((await desk.get(coordinator, complaintId)).status).toBe('resolved');
  });

  it('upgrades projections written before machine schema 2 (no place in the context) when asked to', async () => {
    const store = createMemoryStore();
    const before = createDesk({ store, clock: createTestClock() });
    const complaintId = await fileComplaint(before, { location: { kelurahan: 'Kraton', lat: -6.89, long: 109.67 } });
    const current = (await store.doLoadProjection(complaintId))!;
    const { kelurahan: _k, geo: _g, ...oldContext } = current.machine.context;
    await store.doReplaceProjection({
      ...current,
      kelurahan: null,
      geo: null,
      machine: { ...current.machine, schemaVersion: 1, context: oldContext },
    });
    const after = createDesk({ store, clock: createTestClock() });

    await expectAduanError(after.verify(coordinator, { complaintId }), 'rebuild_required');
    expect(await after.rebuild()).toEqual({ rebuilt: 1, failed: [] });

    expect(await after.verify(coordinator, { complaintId })).toMatchObject({
      status: 'verified',
      kelurahan: 'Kraton',
      geo: { lat: -6.89, long: 109.67 },
    });
  });

  it('reports a stream that cannot be replayed instead of skipping it silently', async () => {
    const { store, desk, complaintId } = await resolvedComplaint();
    store.tamperEvent(complaintId, 3, { type: 'complaint-confirmed', payload: {} });

    const report = await desk.rebuild();

    expect(report.rebuilt).toBe(0);
    expect(report.failed).toEqual([{ complaintId, reason: expect.stringContaining('holds complaint-confirmed at version 3') }]);
  });
});
