/**
 * Attacks and losses found by outside checks on the inbound path (issue 10), each pinned by a
 * test that failed before its fix: erasure that left the number linkable (5), a refused message
 * that lost its neighbours (6), GET bodies read to the end (8), 4xx reported as faults and NUL
 * bytes (10), a location answer that lost its coordinates (16).
 */
import type { InboundMessageV1, StoreV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createKioskChannel } from '../__fixtures__/kiosk-channel.js';
import { createChannelEndpoint, createDesk, createMemoryStore, type RoutedInbound } from '../index.js';

const KEY = 'attack-test-pseudonym-key-0123456789';
const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const NUMBER = '6281200000009';

const message = (id: string, text: string, extra: Partial<InboundMessageV1> = {}): InboundMessageV1 => ({
  channel: 'whatsapp',
  messageId: id,
  receivedAt: '2026-03-02T02:00:00.000Z',
  senderAddress: NUMBER,
  contact: { whatsapp: NUMBER, name: 'Wulan' },
  text,
  attachments: [],
  ...extra,
});

function complaintOf(routed: RoutedInbound) {
  if (routed.outcome === 'quarantined') throw new Error(`quarantined: ${routed.reason}`);
  return routed.complaint;
}

function setup() {
  const store = createMemoryStore();
  const desk = createDesk({ store, pseudonymKey: KEY });
  return { store, desk };
}

describe('erasure leaves nothing that links the person to old complaints (item 5)', () => {
  it('makes the next message from the same number a new complainant with a new complaint', async () => {
    const { store, desk } = setup();
    const first = complaintOf(await desk.routeInbound(message('wamid.1', 'Jalan berlubang di depan pasar')));
    const oldComplainant = store.contents().projections[0]!.complainantId;
    await desk.routeInbound(message('wamid.2', 'Mohon segera', { text: 'Mohon segera' }));

    expect(await desk.eraseIdentity(coordinator, oldComplainant)).toBe(true);
    expect(store.contents().identities).toEqual([]);
    expect(store.contents().contactKeys).toEqual([]);

    const after = await desk.routeInbound(message('wamid.3', 'Sampah menumpuk'));
    expect(after.outcome).toBe('created');
    const next = complaintOf(after);
    expect(next.id).not.toBe(first.id);
    const newComplainant = store.contents().projections.find((p) => p.id === next.id)!.complainantId;
    expect(newComplainant).not.toBe(oldComplainant);
    // Nothing stored with the old complaint leads back to the number.
    const old = JSON.stringify({
      events: store.contents().events.filter((e) => e.complaintId === first.id),
      projection: store.contents().projections[0],
    });
    expect(old).not.toContain(NUMBER);
    expect(old).not.toContain(store.contents().contactKeys[0]!.contactKey);
    expect((await desk.get(coordinator, first.id)).conversation).toHaveLength(1);
  });

  it('erases the quarantined messages of that number with the identity', async () => {
    const { store, desk } = setup();
    const created = await desk.routeInbound(message('wamid.1', 'Lampu mati'));
    const tooLong = await desk.routeInbound(message('wamid.2', 'x'.repeat(10_001)));
    expect(tooLong.outcome).toBe('quarantined');
    await desk.routeInbound({ ...message('wamid.3', 'lain'), senderAddress: '6281299999999', text: 'y'.repeat(10_001) });

    await desk.eraseIdentity(coordinator, store.contents().projections.find((p) => p.id === complaintOf(created).id)!.complainantId);

    expect(store.contents().quarantine.map((entry) => entry.messageId)).toEqual(['wamid.3']);
  });
});

describe('a refused message is kept and never loses its neighbours (item 6)', () => {
  it('quarantines an over-long text and stores the messages around it; the provider gets 200', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store, pseudonymKey: KEY });
    const kiosk = createKioskChannel('kiosk-secret', { maxTextLength: 20_000 });
    const handle = createChannelEndpoint({ desk, channel: kiosk.channel });

    const response = await handle(
      kiosk.request({
        messages: [
          { id: 'k1', from: '081200000001', text: 'Satu' },
          { id: 'k2', from: '081200000002', text: 'x'.repeat(10_001) },
          { id: 'k3', from: '081200000003', text: 'Tiga' },
        ],
      }),
    );

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, messages: 2, quarantined: 1, receipts: 0 });
    expect(
      store
        .contents()
        .projections.map((p) => p.title)
        .sort(),
    ).toEqual(['Satu', 'Tiga']);
    const [kept] = await desk.listQuarantine(coordinator).then((page) => page.items);
    expect(kept).toMatchObject({
      channel: 'kiosk',
      messageId: 'k2',
      reason: 'text: maksimal 10000 karakter',
      message: { text: 'x'.repeat(10_001) },
    });
  });

  it('keeps one entry when the provider delivers the refused message again', async () => {
    const { store, desk } = setup();
    const again = [
      await desk.routeInbound(message('wamid.9', 'x'.repeat(10_001))),
      await desk.routeInbound(message('wamid.9', 'x'.repeat(10_001))),
    ];

    expect(again.map((routed) => routed.outcome)).toEqual(['quarantined', 'quarantined']);
    expect(store.contents().quarantine).toHaveLength(1);
  });

  it('answers through the channel’s own acknowledgement when it has one', async () => {
    const desk = createDesk({ store: createMemoryStore(), pseudonymKey: KEY });
    const kiosk = createKioskChannel('kiosk-secret', { maxTextLength: 20_000, acknowledge: true });
    const handle = createChannelEndpoint({ desk, channel: kiosk.channel });

    const response = await handle(
      kiosk.request({
        messages: [
          { id: 'k1', from: '081200000012', text: 'Satu' },
          { id: 'k2', from: '081200000013', text: 'x'.repeat(10_001) },
        ],
      }),
    );

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('stored 1, kept 1');
  });

  it('answers 5xx when the store fails, so the provider delivers again, and loses nothing on redelivery', async () => {
    const store = createMemoryStore();
    let failing = true;
    const flaky: StoreV1 = {
      ...store,
      doAppend: async (input) => {
        if (failing && input.events[0]?.type === 'complaint-received' && input.dedupeKey?.messageId === 'k2')
          throw new Error('connection reset');
        return store.doAppend(input);
      },
    };
    const desk = createDesk({ store: flaky, pseudonymKey: KEY });
    const kiosk = createKioskChannel('kiosk-secret');
    const incidents: string[] = [];
    const handle = createChannelEndpoint({ desk, channel: kiosk.channel, onError: (_error, incidentId) => incidents.push(incidentId) });
    const body = {
      messages: [
        { id: 'k1', from: '081200000011', text: 'Satu' },
        { id: 'k2', from: '081200000012', text: 'Dua' },
      ],
    };

    const failed = await handle(kiosk.request(body));
    expect(failed.status).toBe(500);
    const answer = (await failed.json()) as { error: { code: string; message: string; incidentId: string } };
    expect(answer.error.message).not.toContain('connection reset');
    expect(incidents).toEqual([answer.error.incidentId]);

    failing = false;
    const retried = await handle(kiosk.request(body));
    expect(await retried.json()).toEqual({ ok: true, messages: 2, quarantined: 0, receipts: 0 });
    expect(
      store
        .contents()
        .projections.map((p) => p.title)
        .sort(),
    ).toEqual(['Dua', 'Satu']);
    expect(store.contents().events).toHaveLength(2);
  });

  it('lets only coordinators read and discard quarantined messages', async () => {
    const { desk } = setup();
    const routed = await desk.routeInbound(message('wamid.1', 'x'.repeat(10_001)));
    if (routed.outcome !== 'quarantined') throw new Error('expected quarantine');
    const officer = { id: 'penghubung', role: 'unit_officer' as const, unitId: 'dpupr' };

    for (const actor of [officer, { id: 'pimpinan', role: 'supervisor' as const }, { id: 'auditor', role: 'auditor' as const }]) {
      await expect(desk.listQuarantine(actor)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(desk.discardQuarantined(actor, routed.quarantineId)).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await desk.discardQuarantined(coordinator, routed.quarantineId)).toBe(true);
    expect(await desk.discardQuarantined(coordinator, routed.quarantineId)).toBe(false);
    expect((await desk.listQuarantine(coordinator)).items).toEqual([]);
  });
});

describe('webhook requests (items 8 and 10)', () => {
  it('never reads the body of a GET', async () => {
    const desk = createDesk({ store: createMemoryStore(), pseudonymKey: KEY });
    const kiosk = createKioskChannel('kiosk-secret');
    const handle = createChannelEndpoint({ desk, channel: kiosk.channel });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
        if (pulled > 200) controller.close();
      },
    });
    const response = await handle(
      new Request('http://localhost/webhooks/kiosk', { method: 'POST', body, duplex: 'half' } as RequestInit).clone(),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    pulled = 0;
    const get = { method: 'GET', url: 'http://localhost/webhooks/kiosk', headers: new Headers(), body } as unknown as Request;

    await handle(get);

    expect(pulled).toBeLessThan(2);
  });

  it('reports only server faults to onError, never a request’s own 4xx', async () => {
    const desk = createDesk({ store: createMemoryStore(), pseudonymKey: KEY });
    const kiosk = createKioskChannel('kiosk-secret');
    const reported: unknown[] = [];
    const handle = createChannelEndpoint({ desk, channel: kiosk.channel, maxBodyBytes: 64, onError: (error) => reported.push(error) });

    const forged = await handle(kiosk.request({ messages: [] }, 'ab'.repeat(32)));
    const tooLarge = await handle(kiosk.request({ messages: [{ id: 'k1', from: '081200000011', text: 'x'.repeat(200) }] }));

    expect([forged.status, tooLarge.status]).toEqual([401, 413]);
    expect(reported).toEqual([]);
  });

  it('refuses NUL bytes in any text with invalid_input, and quarantines such a message with the NUL made visible', async () => {
    const { store, desk } = setup();
    const routed = await desk.routeInbound(message('wamid.1', 'Halo\u0000dunia'));

    expect(routed).toMatchObject({ outcome: 'quarantined', reason: 'text: tidak boleh memuat karakter NUL (\\u0000)' });
    expect(store.contents().quarantine[0]?.message['text']).toBe('Halo\uFFFDdunia');
    expect(store.contents().events).toEqual([]);
  });
});

describe('inbound routing carries every part of a message (item 16)', () => {
  it('keeps the coordinates of a location sent in answer to a request for the location', async () => {
    const { desk } = setup();
    const created = complaintOf(await desk.routeInbound(message('wamid.1', 'Pohon tumbang menutup jalan')));
    await desk.requestInfo(coordinator, { complaintId: created.id, message: 'Mohon kirim lokasi (share location).' });

    const answer = await desk.routeInbound(
      message('wamid.2', '', { location: { lat: -6.8886, long: 109.6753, address: 'Jl. Hayam Wuruk', kelurahan: 'Kauman' } }),
    );

    expect(answer).toMatchObject({ outcome: 'info-provided', complaint: { kelurahan: 'Kauman', geo: { lat: -6.8886, long: 109.6753 } } });
    const view = await desk.get(coordinator, created.id);
    expect(view.location).toEqual({ lat: -6.8886, long: 109.6753, address: 'Jl. Hayam Wuruk', kelurahan: 'Kauman' });
    expect(view.conversation.at(-1)).toMatchObject({ kind: 'info-provided', message: '(lokasi dikirim)' });
    const history = await desk.history(coordinator, created.id);
    expect(history.at(-1)?.payload['location']).toEqual({ lat: -6.8886, long: 109.6753, address: 'Jl. Hayam Wuruk', kelurahan: 'Kauman' });
  });

  it('fills the place from a follow-up only when the complaint had none', async () => {
    const { desk } = setup();
    const created = complaintOf(
      await desk.routeInbound(message('wamid.1', 'Banjir', { location: { lat: -6.9, long: 109.6, kelurahan: 'Podosugih' } })),
    );
    const follow = await desk.routeInbound(
      message('wamid.2', 'Makin tinggi', { location: { lat: -6.8, long: 109.7, kelurahan: 'Kraton' } }),
    );

    expect(created).toMatchObject({ kelurahan: 'Podosugih', geo: { lat: -6.9, long: 109.6 } });
    expect(follow).toMatchObject({ outcome: 'follow-up', complaint: { kelurahan: 'Podosugih', geo: { lat: -6.9, long: 109.6 } } });
  });
});
