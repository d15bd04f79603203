import type { Actor } from '@aduan/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;
let coordinator: Actor;
const officers: Record<string, Actor> = {};

beforeAll(async () => {
  f = await startFixture();
  coordinator = await f.officer('koordinator', 'coordinator');
  officers.dpupr = await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
  officers.dinkes = await f.officer('petugas.dinkes', 'unit_officer', 'dinkes');
  officers.dlh = await f.officer('petugas.dlh', 'unit_officer', 'dlh');
});

afterAll(async () => {
  await f?.close();
});

/** A complaint of `unitId` answered by the unit and reopened by the coordinator. */
async function reopened(unitId: string, title: string): Promise<{ id: string; trackingNumber: string }> {
  const { complaint } = await f.desk.receive(coordinator, { channel: 'web', title, description: 'Belum beres.' });
  await f.desk.verify(coordinator, { complaintId: complaint.id });
  await f.desk.dispose(coordinator, { complaintId: complaint.id, unitId });
  await f.desk.respond(officers[unitId]!, { complaintId: complaint.id, message: 'Sudah ditangani.' });
  await f.desk.reopen(coordinator, { complaintId: complaint.id, reason: 'Warga: masih tergenang.' });
  return { id: complaint.id, trackingNumber: complaint.trackingNumber };
}

async function queue(username: string, slug: string, query = ''): Promise<{ text: string; count: (slug: string) => number }> {
  const client = new Client(f.url);
  expect(await client.signIn(username)).toBe(303);
  const page = await client.get(`/petugas/antrean/${slug}${query}`);
  expect(page.status).toBe(200);
  const count = (of: string) =>
    Number(new RegExp(`href="/petugas/antrean/${of}"[^>]*>[^<]*<span class="count">(\\d+)`).exec(page.text)?.[1]);
  return { text: page.text, count };
}

describe('the Dibuka Kembali and Eskalasi queues', () => {
  it('lists reopened complaints until they are answered again, apart from escalated ones', async () => {
    const drain = await reopened('dpupr', 'Genangan di Jl. Hayam Wuruk');
    const { complaint: escalated } = await f.desk.receive(coordinator, { channel: 'web', title: 'Pungli di loket', description: 'X' });
    await f.desk.escalate(coordinator, { complaintId: escalated.id, level: 1, reason: 'Perlu pimpinan.' });
    const { complaint: plain } = await f.desk.receive(coordinator, { channel: 'web', title: 'Lampu jalan mati', description: 'X' });
    await f.desk.verify(coordinator, { complaintId: plain.id });
    await f.desk.dispose(coordinator, { complaintId: plain.id, unitId: 'dpupr' });

    const reopenedQueue = await queue('koordinator', 'dibuka-kembali');
    expect(reopenedQueue.text).toContain(drain.trackingNumber);
    expect(reopenedQueue.text).not.toContain(escalated.trackingNumber);
    expect(reopenedQueue.text).not.toContain(plain.trackingNumber);
    expect(reopenedQueue.count('dibuka-kembali')).toBe(1);
    const escalations = await queue('koordinator', 'eskalasi');
    expect(escalations.text).toContain(escalated.trackingNumber);
    expect(escalations.text).not.toContain(drain.trackingNumber);
    expect(escalations.count('eskalasi')).toBe(1);

    await f.desk.respond(officers.dpupr!, { complaintId: drain.id, message: 'Saluran dikeruk ulang hari ini.' });
    const answered = await queue('koordinator', 'dibuka-kembali');
    expect(answered.text).not.toContain(drain.trackingNumber);
    expect(answered.count('dibuka-kembali')).toBe(0);
  });

  it('keeps each unit to its own reopened complaints, in the queue, its count, its filters and its export', async () => {
    const ours = await reopened('dinkes', 'Antrean puskesmas masih lama');
    const theirs = await reopened('dpupr', 'Jalan masih berlubang');
    const dinkes = await queue('petugas.dinkes', 'dibuka-kembali');
    expect(dinkes.text).toContain(ours.trackingNumber);
    expect(dinkes.text).not.toContain(theirs.trackingNumber);
    expect(dinkes.count('dibuka-kembali')).toBe(1);
    const searched = await queue('koordinator', 'dibuka-kembali', `?cari=${encodeURIComponent('puskesmas')}`);
    expect(searched.text).toContain(ours.trackingNumber);
    expect(searched.text).not.toContain(theirs.trackingNumber);
    const client = new Client(f.url);
    expect(await client.signIn('petugas.dinkes')).toBe(303);
    const csv = (await client.bytes('/petugas/ekspor/dibuka-kembali.csv')).body.toString('utf8');
    expect(csv).toContain(ours.trackingNumber);
    expect(csv).not.toContain(theirs.trackingNumber);
  });

  it('pages the reopened queue', async () => {
    for (let i = 0; i < 51; i++) await reopened('dlh', `Sampah menumpuk lagi ${i}`);
    const client = new Client(f.url);
    expect(await client.signIn('koordinator')).toBe(303);
    const first = await client.get('/petugas/antrean/dibuka-kembali?unit=dlh');
    expect(first.text.match(/Sampah menumpuk lagi/g)?.length).toBe(50);
    const next = /href="([^"]*setelah=[^"]*)"/.exec(first.text)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toBeDefined();
    const second = await client.get(next!);
    expect(second.text.match(/Sampah menumpuk lagi/g)?.length).toBe(1);
  });
});
