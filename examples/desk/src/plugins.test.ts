import { reviewReply } from '@aduan/plugin-reply-review';
import { PEKALONGAN_UNITS } from '@aduan/simulation';
import type { Actor } from '@aduan/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReply } from './demo-seed.js';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';
import { unitName } from './units.js';

let f: DeskFixture;
let coordinator: Actor;
let dpupr: Actor;

beforeAll(async () => {
  f = await startFixture({
    plugins: { plugins: ['reply-review', 'duplicates', 'satisfaction', 'templates'], replyHoldBack: 'high', signOffUnits: [] },
  });
  coordinator = await f.officer('koordinator', 'coordinator');
  dpupr = await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
});

afterAll(async () => {
  await f?.close();
});

/** A WhatsApp message from `phone`, as the channel hands it to the desk. */
const say = (phone: string, messageId: string, text: string) =>
  f.desk.routeInbound({
    channel: 'whatsapp',
    messageId,
    receivedAt: f.clock.now().toISOString(),
    senderAddress: phone,
    contact: { whatsapp: phone, name: 'Budi Santoso' },
    text,
    attachments: [],
  });

/** A WhatsApp complaint disposed to DPUPR. */
async function disposedFromWhatsApp(phone: string, messageId: string): Promise<string> {
  const routed = await say(phone, messageId, 'Jalan di depan SD Negeri 1 Medono berlubang besar');
  if (routed.outcome !== 'created') throw new Error(`not created: ${routed.outcome}`);
  const id = routed.complaint.id;
  await f.desk.verify(coordinator, { complaintId: id, classification: 'pengaduan' });
  await f.desk.dispose(coordinator, { complaintId: id, unitId: 'dpupr' });
  return id;
}

const GOOD_REPLY =
  'Selamat siang Bapak/Ibu, terima kasih atas laporannya. Tim DPUPR telah menambal lubang di depan SD Negeri 1 Medono pada Selasa, 3 Maret 2026. ' +
  'Salam, Dinas Pekerjaan Umum dan Penataan Ruang.';

describe('the plugins a city switches on', () => {
  it('refuses a normatif reply with what to change, in Bahasa Indonesia, and stores nothing', async () => {
    const id = await disposedFromWhatsApp('6281200000001', 'm-normatif');
    const client = new Client(f.url);
    expect(await client.signIn('petugas.dpupr')).toBe(303);
    const before = (await f.desk.get(dpupr, id)).version;
    await client.get(`/petugas/aduan/${id}`);
    const answer = await client.post(`/petugas/aduan/${id}/respond`, {
      message: 'Laporan sudah diterima dan akan ditindaklanjuti.',
      expectedVersion: String(before),
    });
    expect(answer.status).toBe(303);
    const shown = await client.get(answer.response.headers.get('location')!.replace(f.url, ''));
    expect(shown.text).toContain('Ditolak oleh aturan kota. Balasan perlu diperbaiki:');
    expect(shown.text).toContain('sebutkan tindakan nyata yang sudah atau akan dilakukan, tanggal atau jangka waktu');
    expect(shown.text).not.toContain('plugin_rejected');
    expect((await f.desk.get(dpupr, id)).version).toBe(before);
  });

  it('shows the plugins’ events in the timeline with Indonesian labels: the question and the resident’s answer', async () => {
    const id = await disposedFromWhatsApp('6281200000002', 'm-beres');
    const client = new Client(f.url);
    expect(await client.signIn('petugas.dpupr')).toBe(303);
    await client.get(`/petugas/aduan/${id}`);
    const version = (await f.desk.get(dpupr, id)).version;
    const answer = await client.post(`/petugas/aduan/${id}/respond`, { message: GOOD_REPLY, expectedVersion: String(version) });
    expect(answer.response.headers.get('location')).toContain('ok=');
    f.clock.advanceBy(60 * 60 * 1000);
    await say('6281200000002', 'm-jawab', 'sudah 4');
    const page = await client.get(`/petugas/aduan/${id}`);
    expect(page.text).toContain('Warga ditanya: sudah beres?');
    expect(page.text).toContain('Warga menjawab: sudah beres, nilai 4');
    expect(page.text).not.toContain('satisfaction/answered');
  });
});

describe('the demo city’s answers', () => {
  it('pass reply review without a finding for every unit and category', () => {
    for (const unit of PEKALONGAN_UNITS) {
      for (const category of unit.categories) {
        const reply = demoReply(unit.id, category, 'Kraton Kidul', new Date('2026-03-03T02:00:00.000Z'));
        const name = unitName(unit.id);
        expect(reviewReply(reply, { unitName: name }).findings, reply).toEqual([]);
      }
    }
  });
});
