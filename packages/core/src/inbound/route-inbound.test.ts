import { describe, expect, it } from 'vitest';
import { createDesk, createMemoryStore } from '../index.js';
import type { InboundMessageV1 } from '@aduan/spec';

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

describe('routeInbound', () => {
  it('creates a complaint from a first message, keeping the contact out of the event', async () => {
    const { store, desk } = setup();
    const routed = await desk.routeInbound(message('wamid.1', 'Lampu jalan mati\nDi depan SD Negeri 3 Podosugih'));
    expect(routed.outcome).toBe('created');
    const view = await desk.get(coordinator, routed.complaint.id);
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
    await desk.requestInfo(coordinator, { complaintId: created.complaint.id, message: 'Mohon kirim alamat lengkapnya.' });
    const answer = await desk.routeInbound(message('wamid.2', 'Jl. Sultan Agung no. 10'));
    expect(answer).toMatchObject({ outcome: 'info-provided', complaint: { id: created.complaint.id, status: 'received' } });
  });

  it('adds a follow-up to the sender’s open complaint without changing its state', async () => {
    const { desk } = setup();
    const created = await desk.routeInbound(message('wamid.1', 'Air PDAM tidak mengalir'));
    const follow = await desk.routeInbound(message('wamid.2', 'Sudah tiga hari, mohon segera'));
    expect(follow).toMatchObject({ outcome: 'follow-up', complaint: { id: created.complaint.id, status: 'received', version: 2 } });
    const view = await desk.get(coordinator, created.complaint.id);
    expect(view.conversation.map((entry) => entry.kind)).toEqual(['follow-up']);
  });

  it('routes a quoted tracking number to that complaint, and other senders to their own', async () => {
    const { desk } = setup();
    const first = await desk.routeInbound(message('wamid.1', 'Pohon tumbang'));
    await desk.routeInbound(message('wamid.2', 'Keluhan kedua yang lain'));
    const quoted = await desk.routeInbound(message('wamid.3', `Tentang ${first.complaint.trackingNumber.toLowerCase()}: sudah dipotong?`));
    expect(quoted.complaint.id).toBe(first.complaint.id);
    const stranger = await desk.routeInbound(message('wamid.4', `Tentang ${first.complaint.trackingNumber}`, '6281200000010'));
    expect(stranger.outcome).toBe('created');
    expect(stranger.complaint.id).not.toBe(first.complaint.id);
  });

  it('opens a new complaint once the previous one is closed', async () => {
    const { desk } = setup();
    const first = await desk.routeInbound(message('wamid.1', 'Laporan lama'));
    await desk.reject(coordinator, { complaintId: first.complaint.id, reason: 'not_eligible' });
    const next = await desk.routeInbound(message('wamid.2', 'Laporan baru'));
    expect(next.outcome).toBe('created');
  });

  it('handles the same follow-up delivered twice at once as one event', async () => {
    const { store, desk } = setup();
    const created = await desk.routeInbound(message('wamid.1', 'Banjir'));
    const results = await Promise.all([desk.routeInbound(message('wamid.2', 'Makin tinggi')), desk.routeInbound(message('wamid.2', 'Makin tinggi'))]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['duplicate', 'follow-up']);
    expect(store.contents().events.filter((e) => e.complaintId === created.complaint.id)).toHaveLength(2);
  });

  it('refuses to route without a pseudonym key, and rejects a malformed message', async () => {
    const store = createMemoryStore();
    const bare = createDesk({ store });
    await expect(bare.routeInbound(message('wamid.1', 'x'))).rejects.toMatchObject({ code: 'invalid_config' });
    expect(() => createDesk({ store, pseudonymKey: 'short' })).toThrow(/at least 16/);
    const { desk } = setup();
    await expect(desk.routeInbound({ ...message('wamid.1', 'x'), messageId: '' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'messageId' })],
    });
  });
});
