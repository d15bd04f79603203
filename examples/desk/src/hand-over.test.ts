import type { Actor } from '@aduan/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;
let coordinator: Actor;

beforeAll(async () => {
  f = await startFixture();
  coordinator = await f.officer('koordinator', 'coordinator');
  await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
});

afterAll(async () => {
  await f?.close();
});

describe('Alihkan ke SP4N-LAPOR!', () => {
  it('hands a complaint over from its page with the authority, the reason and the Tracking ID, and shows it in the timeline', async () => {
    const { complaint } = await f.desk.receive(coordinator, {
      channel: 'web',
      title: 'Jalan nasional Pantura berlubang',
      description: 'Lubang besar di jalan nasional.',
      contact: { name: 'W' },
    });
    const client = new Client(f.url);
    expect(await client.signIn('koordinator')).toBe(303);
    const page = await client.get(`/petugas/aduan/${complaint.id}`);
    expect(page.text).toContain('<label for="handOver-authority">Instansi yang berwenang</label>');
    expect(page.text).toContain('<label for="handOver-reason">Alasan pengalihan</label>');
    expect(page.text).toContain('<button type="submit">Alihkan ke SP4N-LAPOR!</button>');

    const missing = await client.post(`/petugas/aduan/${complaint.id}/handOver`, { authority: 'BBPJN Jawa Tengah', expectedVersion: '1' });
    expect(decodeURIComponent(missing.response.headers.get('location') ?? '')).toContain('reason: wajib diisi');

    const done = await client.post(`/petugas/aduan/${complaint.id}/handOver`, {
      authority: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Tengah',
      reason: 'Jalan nasional, bukan wewenang Pemerintah Kota.',
      trackingId: '4821937',
      expectedVersion: String(complaint.version),
    });
    expect(decodeURIComponent(done.response.headers.get('location') ?? '')).toContain('ok=Aduan dialihkan ke SP4N-LAPOR!.');
    expect(await f.desk.get(coordinator, complaint.id)).toMatchObject({ status: 'handed_over' });
    const after = await client.get(`/petugas/aduan/${complaint.id}`);
    expect(after.text).toContain('Dialihkan ke SP4N-LAPOR!: Balai Besar Pelaksanaan Jalan Nasional Jawa Tengah');
    expect(after.text).toContain('Jalan nasional, bukan wewenang Pemerintah Kota.');
    expect(after.text).not.toContain('<button type="submit">Alihkan ke SP4N-LAPOR!</button>');
  });

  it('is not offered to a unit officer, and refused when posted anyway', async () => {
    const { complaint } = await f.desk.receive(coordinator, { channel: 'web', title: 'Uji', description: 'Uji', contact: { name: 'W' } });
    await f.desk.verify(coordinator, { complaintId: complaint.id });
    await f.desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
    const client = new Client(f.url);
    expect(await client.signIn('petugas.dpupr')).toBe(303);
    const page = await client.get(`/petugas/aduan/${complaint.id}`);
    expect(page.text).not.toContain('Alihkan ke SP4N-LAPOR!');
    const posted = await client.post(`/petugas/aduan/${complaint.id}/handOver`, { authority: 'X', reason: 'Y' });
    expect(posted.status).toBe(403);
    expect(await f.desk.get(coordinator, complaint.id)).toMatchObject({ status: 'disposed' });
  });
});
