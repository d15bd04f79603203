import type { InboundMessageV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createDesk, createMemoryStore, type RoutedInbound } from '../index.js';

const KEY = 'test-pseudonym-key-0123456789';
const coordinator = { id: 'koordinator', role: 'coordinator' as const };

const message = (id: string, text: string, from = '6281200000009'): InboundMessageV1 => ({
  channel: 'whatsapp',
  messageId: id,
  receivedAt: '2026-03-02T02:00:00.000Z',
  senderAddress: from,
  contact: { whatsapp: from, name: 'Wulan' },
  text,
  attachments: [],
});

function setup() {
  const store = createMemoryStore();
  return { store, desk: createDesk({ store, pseudonymKey: KEY }) };
}

/** The complaint a message went to; fails the test when it was quarantined instead. */
function complaintOf(routed: RoutedInbound) {
  if (routed.outcome === 'quarantined') throw new Error(`expected a complaint, the message was quarantined: ${routed.reason}`);
  return routed.complaint;
}

describe('routeInbound', () => {
  it('creates a complaint from a first message, keeping the contact out of the event', async () => {
    const { store, desk } = setup();
    const routed = await desk.routeInbound(message('wamid.1', 'Lampu jalan mati\nDi depan SD Negeri 3 Podosugih'));
    expect(routed.outcome).toBe('created');
    const view = await desk.get(coordinator, complaintOf(routed).id);
    expect(view.title).toBe('Lampu jalan mati');
    expect(view.complainant).toMatchObject({ visibility: 'full', identity: { whatsapp: '6281200000009', name: 'Wulan' } });
    expect(JSON.stringify(store.contents().events)).not.toContain('6281200000009');
  });

  it('treats a redelivered message as a duplicate and stores nothing new', async () => {
    const { store, desk } = setup();
    await desk.routeInbound(message('wamid.1', 'Sampah menumpuk'));
    const again = await desk.routeInbound(message('wamid.1', 'Sampah menumpuk'));
    expect(again.outcome).toBe('duplicate');
    expect(store.contents().events).toHaveLength(1);
  });

  it('resumes a complaint waiting for data with the resident’s answer', async () => {
    const { desk } = setup();
    const created = await desk.routeInbound(message('wamid.1', 'Jalan berlubang'));
    await desk.requestInfo(coordinator, { complaintId: complaintOf(created).id, message: 'Mohon kirim alamat lengkapnya.' });
    const answer = await desk.routeInbound(message('wamid.2', 'Jl. Sultan Agung no. 10'));
    expect(answer).toMatchObject({ outcome: 'info-provided', complaint: { id: complaintOf(created).id, status: 'received' } });
  });

  it('adds a follow-up to the sender’s open complaint without changing its state', async () => {
    const { desk } = setup();
    const created = await desk.routeInbound(message('wamid.1', 'Air PDAM tidak mengalir'));
    const follow = await desk.routeInbound(message('wamid.2', 'Sudah tiga hari, mohon segera'));
    expect(follow).toMatchObject({ outcome: 'follow-up', complaint: { id: complaintOf(created).id, status: 'received', version: 2 } });
    const view = await desk.get(coordinator, complaintOf(created).id);
    expect(view.conversation.map((entry) => entry.kind)).toEqual(['follow-up']);
  });

  it('routes a quoted tracking number to that complaint, and other senders to their own', async () => {
    const { desk } = setup();
    const first = await desk.routeInbound(message('wamid.1', 'Pohon tumbang'));
    await desk.routeInbound(message('wamid.2', 'Keluhan kedua yang lain'));
    const quoted = await desk.routeInbound(
      message('wamid.3', `Tentang ${complaintOf(first).trackingNumber.toLowerCase()}: sudah dipotong?`),
    );
    expect(complaintOf(quoted).id).toBe(complaintOf(first).id);
    const stranger = await desk.routeInbound(message('wamid.4', `Tentang ${complaintOf(first).trackingNumber}`, '6281200000010'));
    expect(stranger.outcome).toBe('created');
    expect(complaintOf(stranger).id).not.toBe(complaintOf(first).id);
  });

  it('opens a new complaint once the previous one is closed', async () => {
    const { desk } = setup();
    const first = await desk.routeInbound(message('wamid.1', 'Laporan lama'));
    await desk.reject(coordinator, { complaintId: complaintOf(first).id, reason: 'not_eligible' });
    const next = await desk.routeInbound(message('wamid.2', 'Laporan baru'));
    expect(next.outcome).toBe('created');
  });

  it('handles the same follow-up delivered twice at once as one event', async () => {
    const { store, desk } = setup();
    const created = await desk.routeInbound(message('wamid.1', 'Banjir'));
    const results = await Promise.all([
      desk.routeInbound(message('wamid.2', 'Makin tinggi')),
      desk.routeInbound(message('wamid.2', 'Makin tinggi')),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['duplicate', 'follow-up']);
    expect(store.contents().events.filter((e) => e.complaintId === complaintOf(created).id)).toHaveLength(2);
  });

  it('refuses to route without a pseudonym key', async () => {
    const store = createMemoryStore();
    const bare = createDesk({ store });
    await expect(bare.routeInbound(message('wamid.1', 'x'))).rejects.toMatchObject({ code: 'invalid_config' });
    expect(() => createDesk({ store, pseudonymKey: 'short' })).toThrow(/at least 16/);
    expect(store.contents().quarantine).toEqual([]);
  });

  it('recognises the sender by a contact key, never by an id derived from the number', async () => {
    const { store, desk } = setup();
    const first = complaintOf(await desk.routeInbound(message('wamid.1', 'Lampu mati')));
    const { complainantId } = store.contents().projections[0]!;

    expect(first.complainantId).toBe('[redacted]');
    expect(complainantId).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.contents().contactKeys).toEqual([{ contactKey: expect.stringMatching(/^ck_[0-9a-f]{64}$/), complainantId }]);
    expect(JSON.stringify(store.contents().events)).not.toContain(store.contents().contactKeys[0]!.contactKey);
  });
});
