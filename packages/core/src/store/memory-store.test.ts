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
    expect(() => checkStore(store, ['multiProcess'])).toThrow(expect.objectContaining({ code: 'invalid_config', message: expect.stringContaining('store.capabilities.multiProcess') }));
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
        outbox: [{ id: 'o-1', complaintId: 'another', channel: 'sms', complainantId: 'warga-lain', body: 'x', idempotencyKey: 'another:1', createdAt: first!.at }],
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
