import type { QuarantinedInbound } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../index.js';
import { checkStore } from './check-store.js';
import { coordinator, createHarness, expectAduanError, fileComplaint, sampleIntake } from '../test-support/harness.js';

async function storeWithOneComplaint() {
  const harness = createHarness();
  const complaintId = await fileComplaint(harness.desk, { channelMessageId: 'sms-1', channel: 'sms' });
  await harness.desk.requestInfo(coordinator, { complaintId, message: 'Mohon alamat lengkap.' });
  return { ...harness, complaintId };
}

describe('createMemoryStore', () => {
  it('is a StoreV1 declaring every capability but multi-process use', () => {
    const store = createMemoryStore();

    expect(checkStore(store, ['deadlineClaims', 'outbox', 'identityErasure'])).toBe(store);
    expect(() => checkStore(store, ['multiProcess'])).toThrow(
      expect.objectContaining({ code: 'invalid_config', message: expect.stringContaining('store.capabilities.multiProcess') }),
    );
  });

  it('lists streams filed after an earlier listing, in code-unit order, after any cursor', async () => {
    const { store, desk } = createHarness();
    const first = [await fileComplaint(desk, { channelMessageId: 'a' }), await fileComplaint(desk, { channelMessageId: 'b' })];
    const listAll = async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.doListStreams({ cursor, limit: 1 });
        seen.push(...page.ids);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    expect(await listAll()).toEqual([...first].sort());
    const later = await fileComplaint(desk, { channelMessageId: 'c' });
    const all = [...first, later].sort();
    expect(await listAll()).toEqual(all);
    // A cursor that names no stream still pages on from where it would sort.
    expect((await store.doListStreams({ cursor: `${all[0]}-`, limit: 5 })).ids).toEqual(all.slice(1));
  });

  it('shows in contents() everything one append wrote', async () => {
    const { store, complaintId } = await storeWithOneComplaint();
    const contents = store.contents();

    expect(contents.events.map((event) => [event.complaintId, event.version])).toEqual([
      [complaintId, 1],
      [complaintId, 2],
    ]);
    expect(contents.projections.map((projection) => [projection.id, projection.version])).toEqual([[complaintId, 2]]);
    expect(contents.identities).toHaveLength(1);
    expect(contents.dedupeKeys).toEqual([{ channel: 'sms', messageId: 'sms-1', complaintId }]);
    expect(contents.outbox.map((row) => row.body)).toEqual(['Mohon alamat lengkap.']);
  });

  it('hands out deep copies from contents(), so a test cannot change the store by accident', async () => {
    const { store, complaintId } = await storeWithOneComplaint();
    const copy = store.contents();
    copy.events[0]!.payload['title'] = 'diubah';
    copy.projections[0]!.status = 'resolved';
    copy.identities.pop();

    expect(store.contents().events[0]?.payload['title']).toBe(sampleIntake().title);
    expect((await store.doLoadProjection(complaintId))?.status).toBe('needs_info');
    expect(store.contents().identities).toHaveLength(1);
  });

  it('freezes what it stores, so neither the writer nor a reader can change it afterwards', async () => {
    const { store, complaintId } = await storeWithOneComplaint();
    const [event] = await store.doReadStream(complaintId);
    const projection = (await store.doLoadProjection(complaintId))!;
    const next = { ...event!, id: 'e-3', version: 3, payload: { ...event!.payload } };
    const input = { complaintId, expectedVersion: 2, events: [next], projection: { ...projection, version: 3 } };

    await store.doAppend(input);
    const [, , stored] = await store.doReadStream(complaintId);

    expect(() => (next.payload['title'] = 'diubah')).toThrow(TypeError);
    expect(() => ((stored!.payload as Record<string, unknown>)['title'] = 'diubah')).toThrow(TypeError);
    expect(() => ((event as { type: string }).type = 'complaint-rejected')).toThrow(TypeError);
    expect((await store.doReadStream(complaintId))[2]?.payload['title']).toBe(sampleIntake().title);
    expect((await store.doReadStream(complaintId))[0]?.type).toBe('complaint-received');
  });

  it('writes nothing of an append it refuses, identity and outbox included', async () => {
    const { store, complaintId } = await storeWithOneComplaint();
    const [first] = await store.doReadStream(complaintId);
    const projection = (await store.doLoadProjection(complaintId))!;
    const before = store.contents();

    await expectAduanError(
      store.doAppend({
        complaintId: 'another',
        expectedVersion: 0,
        events: [{ ...first!, complaintId: 'another' }],
        projection: { ...projection, id: 'another', trackingNumber: 'ADU-OTHER' },
        identity: { complainantId: 'warga-lain', name: 'Siti' },
        dedupeKey: { channel: 'sms', messageId: 'sms-1' },
        outbox: [
          {
            id: 'o-1',
            complaintId: 'another',
            channel: 'sms',
            complainantId: 'warga-lain',
            body: 'x',
            idempotencyKey: 'another:1',
            createdAt: first!.at,
          },
        ],
      }),
      'duplicate_message',
    );

    expect(store.contents()).toEqual(before);
  });

  it('edits a stored event in place with tamperEvent, and refuses an unknown one', async () => {
    const { store, complaintId } = await storeWithOneComplaint();

    store.tamperEvent(complaintId, 2, { payload: { message: 'diubah diam-diam' } });

    expect((await store.doReadStream(complaintId))[1]?.payload).toEqual({ message: 'diubah diam-diam' });
    expect(() => store.tamperEvent(complaintId, 3, {})).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => store.tamperEvent('no-such-complaint', 1, {})).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('lists stream ids sorted, in pages', async () => {
    let next = 0;
    const { desk, store } = createHarness({ newId: () => `id-${String(++next).padStart(3, '0')}` });
    const ids = [await fileComplaint(desk), await fileComplaint(desk), await fileComplaint(desk)];

    const first = await store.doListStreams({ limit: 2 });
    const second = await store.doListStreams({ limit: 2, cursor: first.nextCursor! });

    expect([...first.ids, ...second.ids]).toEqual([...ids].sort());
    expect(second.nextCursor).toBeNull();
  });
});

describe('createMemoryStore: contact keys, quarantine, erasure', () => {
  const quarantined = (id: string, quarantinedAt: string, contactKey = 'ck_a', messageId = id): QuarantinedInbound => ({
    id,
    channel: 'whatsapp',
    messageId,
    contactKey,
    receivedAt: '2026-03-02T02:00:00.000Z',
    quarantinedAt,
    reason: 'text: maksimal 10000 karakter',
    message: { text: 'x' },
  });

  it('keeps the first complainant a contact key was stored for', async () => {
    const { store, complaintId } = await storeWithOneComplaint();
    const [event] = await store.doReadStream(complaintId);
    const projection = (await store.doLoadProjection(complaintId))!;
    const append = (id: string, complainantId: string, trackingNumber: string) =>
      store.doAppend({
        complaintId: id,
        expectedVersion: 0,
        events: [{ ...event!, complaintId: id }],
        projection: { ...projection, id, complainantId, trackingNumber, version: 1 },
        contactKey: 'ck_shared',
      });

    await append('c-1', 'warga-1', 'ADU-1');
    await append('c-2', 'warga-2', 'ADU-2');

    expect(await store.doFindComplainantByContactKey('ck_shared')).toBe('warga-1');
    expect(await store.probe().contactKeys('warga-2')).toEqual([]);
    expect(await store.doFindComplainantByContactKey('ck_unknown')).toBeUndefined();
  });

  it('keeps a quarantined message once per channel and message id, and lists newest first in pages', async () => {
    const store = createMemoryStore();
    await store.doQuarantineInbound(quarantined('q-1', '2026-03-02T02:00:00.000Z'));
    await store.doQuarantineInbound(quarantined('q-2', '2026-03-02T03:00:00.000Z'));
    await store.doQuarantineInbound(quarantined('q-3', '2026-03-02T03:00:00.000Z'));
    await store.doQuarantineInbound({ ...quarantined('q-4', '2026-03-02T04:00:00.000Z'), messageId: 'q-1' });

    const first = await store.doListQuarantine({ limit: 2 });
    const second = await store.doListQuarantine({ limit: 2, cursor: first.nextCursor! });

    expect([...first.items, ...second.items].map((entry) => entry.id)).toEqual(['q-3', 'q-2', 'q-1']);
    expect(second.nextCursor).toBeNull();
    expect(await store.doDiscardQuarantined('q-2')).toBe(true);
    expect(await store.doDiscardQuarantined('q-2')).toBe(false);
    expect((await store.probe().quarantine()).map((entry) => entry.id)).toEqual(['q-3', 'q-1']);
  });

  it('erases identity, contact keys and their quarantined messages together', async () => {
    const { store, complaintId } = await storeWithOneComplaint();
    const complainantId = (await store.doLoadProjection(complaintId))!.complainantId;
    const [event] = await store.doReadStream(complaintId);
    const projection = (await store.doLoadProjection(complaintId))!;
    await store.doAppend({
      complaintId: 'c-9',
      expectedVersion: 0,
      events: [{ ...event!, complaintId: 'c-9' }],
      projection: { ...projection, id: 'c-9', trackingNumber: 'ADU-9', version: 1 },
      contactKey: 'ck_budi',
    });
    await store.doQuarantineInbound(quarantined('q-1', '2026-03-02T02:00:00.000Z', 'ck_budi'));
    await store.doQuarantineInbound(quarantined('q-2', '2026-03-02T02:00:00.000Z', 'ck_other'));

    expect(await store.doEraseIdentity(complainantId)).toBe(true);

    expect(await store.doLoadIdentity(complainantId)).toBeUndefined();
    expect(await store.doFindComplainantByContactKey('ck_budi')).toBeUndefined();
    expect(store.contents().quarantine.map((entry) => entry.id)).toEqual(['q-2']);
    expect(await store.doEraseIdentity(complainantId)).toBe(false);
    expect(store.contents().events).toHaveLength(3);
  });
});

describe('createMemoryStore: place, due time and text', () => {
  async function three() {
    const { store, desk, clock } = createHarness();
    const at = (iso: string) => clock.set(iso);
    at('2026-03-02T02:00:00.000Z');
    const a = await fileComplaint(desk, { title: 'Lampu 100% mati', location: { kelurahan: 'Kraton' } });
    at('2026-03-03T02:00:00.000Z');
    const b = await fileComplaint(desk, { title: 'Jalan_berlubang', location: { kelurahan: 'Podosugih', lat: -6.9, long: 109.6 } });
    at('2026-03-04T02:00:00.000Z');
    const c = await fileComplaint(desk, { title: 'Sampah' });
    // dueAt comes from the policy: give two of them one by hand through a replaced projection.
    for (const [id, dueAt] of [
      [a, '2026-03-10T16:59:59.999Z'],
      [b, '2026-03-05T16:59:59.999Z'],
    ] as const) {
      await store.doReplaceProjection({ ...(await store.doLoadProjection(id))!, dueAt });
    }
    return { store, a, b, c };
  }

  it('filters by kelurahan, due time and plain text, case-insensitively', async () => {
    const { store, a, b, c } = await three();
    const ids = async (filter: object) => (await store.doQuery({ limit: 10, ...filter })).items.map((p) => p.id).sort();

    expect(await ids({ kelurahan: 'Kraton' })).toEqual([a]);
    expect(await ids({ dueBefore: '2026-03-06T00:00:00.000Z' })).toEqual([b]);
    expect(await ids({ dueFrom: '2026-03-06T00:00:00.000Z' })).toEqual([a]);
    expect(await ids({ text: 'LAMPU' })).toEqual([a]);
    expect(await ids({ text: '100%' })).toEqual([a]);
    expect(await ids({ text: '%' })).toEqual([a]);
    expect(await ids({ text: '_' })).toEqual([b]);
    const trackingNumber = (await store.doLoadProjection(c))!.trackingNumber;
    expect(await ids({ text: trackingNumber.slice(-5).toLowerCase() })).toEqual([c]);
    expect(await store.doCount({}, 'kelurahan')).toEqual({ Kraton: 1, Podosugih: 1, '': 1 });
    expect((await store.doLoadProjection(b))!.geo).toEqual({ lat: -6.9, long: 109.6 });
  });

  it('orders by dueAt soonest first with complaints without one last, across pages', async () => {
    const { store, a, b, c } = await three();
    const first = await store.doQuery({ limit: 2, orderBy: 'dueAt' });
    const second = await store.doQuery({ limit: 2, orderBy: 'dueAt', cursor: first.nextCursor! });

    expect([...first.items, ...second.items].map((p) => p.id)).toEqual([b, a, c]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('createMemoryStore: close', () => {
  it('refuses every call after close, and closing again does nothing', async () => {
    const { store } = await storeWithOneComplaint();
    await store.close();
    await store.close();

    await expect(store.doQuery({ limit: 1 })).rejects.toMatchObject({ code: 'closed', what: 'memory store' });
    await expect(store.doClose!()).rejects.toMatchObject({ code: 'closed' });
    expect(() => store.contents()).toThrow(expect.objectContaining({ code: 'closed' }));
  });
});
