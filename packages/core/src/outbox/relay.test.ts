import { describe, expect, it } from 'vitest';
import { createKioskChannel } from '../__fixtures__/kiosk-channel.js';
import { createDesk, createMemoryStore, createOutboxRelay } from '../index.js';
import { splitText } from './split-text.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const officer = { id: 'penghubung', role: 'unit_officer' as const, unitId: 'dinas-pu' };

function makeClock() {
  let now = Date.parse('2026-03-02T02:00:00.000Z');
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

async function setup(options: { maxTextLength?: number; phone?: string } = {}) {
  const store = createMemoryStore();
  const clock = makeClock();
  const desk = createDesk({ store, clock });
  const kiosk = createKioskChannel('secret', { maxTextLength: options.maxTextLength });
  const { complaint } = await desk.receive(coordinator, {
    channel: 'kiosk',
    title: 'Jalan rusak',
    description: 'Berlubang di depan pasar',
    contact: options.phone === undefined ? { phone: '081200000001' } : {},
  });
  await desk.verify(coordinator, { complaintId: complaint.id });
  await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinas-pu' });
  const relay = createOutboxRelay({ store, channels: [kiosk.channel], clock, backoff: { baseMs: 1_000, maxMs: 8_000 }, maxAttempts: 3 });
  const respond = (message: string) => desk.respond(officer, { complaintId: complaint.id, message });
  return { store, clock, kiosk, relay, respond, complaint };
}

describe('createOutboxRelay', () => {
  it('delivers a response once, with the event id as idempotency key', async () => {
    const { kiosk, relay, respond, store, complaint } = await setup();
    const sent: string[] = [];
    relay.on('outbox-message-sent', ({ providerMessageIds }) => sent.push(...providerMessageIds));
    await respond('Jalan sudah kami tambal. Terima kasih atas laporannya.');
    expect(await relay.runOnce()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    expect(kiosk.sent).toEqual([
      expect.objectContaining({
        to: '081200000001',
        idempotencyKey: `${complaint.id}:4`,
        text: 'Jalan sudah kami tambal. Terima kasih atas laporannya.',
      }),
    ]);
    expect(sent).toEqual(['kiosk-1']);
    expect(await relay.runOnce()).toEqual({ delivered: 0, retrying: 0, dead: 0 });
    expect(store.contents().outbox[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('keeps a message while the provider is down and delivers it when it is back', async () => {
    const { kiosk, relay, respond, clock, store } = await setup();
    await respond('Sedang kami tangani.');
    kiosk.failNext({ ok: false, retryable: true, error: 'HTTP 503' });
    expect(await relay.runOnce()).toEqual({ delivered: 0, retrying: 1, dead: 0 });
    expect(await relay.runOnce()).toEqual({ delivered: 0, retrying: 0, dead: 0 }); // backoff not over yet
    clock.advance(1_000);
    expect(await relay.runOnce()).toEqual({ delivered: 1, retrying: 0, dead: 0 });
    expect(store.contents().outbox[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('dead-letters after the last attempt and on permanent errors, raising an event', async () => {
    const { kiosk, relay, respond, clock, store } = await setup();
    const dead: string[] = [];
    relay.on('outbox-message-dead-lettered', ({ error }) => dead.push(error));
    await respond('Jawaban pertama.');
    kiosk.failNext(...Array.from({ length: 3 }, () => ({ ok: false as const, retryable: true, error: 'timeout' })));
    for (let round = 0; round < 3; round++) {
      await relay.runOnce();
      clock.advance(10_000);
    }
    expect(dead).toEqual(['timeout']);
    expect(store.contents().outbox[0]).toMatchObject({ status: 'dead', attempts: 3, lastError: 'timeout' });
  });

  it('dead-letters at once when the complainant has no address on the channel', async () => {
    const { relay, respond, store } = await setup({ phone: '' });
    await respond('Terima kasih.');
    expect(await relay.runOnce()).toEqual({ delivered: 0, retrying: 0, dead: 1 });
    expect(store.contents().outbox[0]?.lastError).toMatch(/no kiosk address/);
  });

  it('splits a long reply into parts within the channel limit, each with its own key', async () => {
    const { kiosk, relay, respond } = await setup({ maxTextLength: 40 });
    const long = 'Terima kasih atas laporan Bapak/Ibu. Tim kami sudah menambal jalan tersebut pada hari Senin.';
    await respond(long);
    await relay.runOnce();
    expect(kiosk.sent.every((m) => m.text.length <= 40)).toBe(true);
    expect(kiosk.sent.map((m) => m.text).join(' ')).toBe(long);
    expect(new Set(kiosk.sent.map((m) => m.idempotencyKey)).size).toBe(kiosk.sent.length);
  });
});

describe('splitText', () => {
  it('never exceeds the limit and loses no word', () => {
    const text = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh';
    for (const limit of [8, 9, 13, 100]) {
      const parts = splitText(text, limit);
      expect(parts.every((p) => p.length <= limit)).toBe(true);
      expect(parts.join(' ')).toBe(text);
    }
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
