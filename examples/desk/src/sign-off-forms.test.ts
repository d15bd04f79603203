import type { Actor } from '@aduan/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;
let coordinator: Actor;
let officer: Actor;

beforeAll(async () => {
  f = await startFixture({
    plugins: {
      plugins: ['reply-review', 'duplicates', 'satisfaction', 'sign-off', 'templates'],
      replyHoldBack: 'never',
      signOffUnits: ['dpupr'],
    },
  });
  coordinator = await f.officer('koordinator', 'coordinator');
  officer = await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
  await f.officer('kepala.dpupr', 'supervisor', 'dpupr');
  await f.officer('petugas.dinkes', 'unit_officer', 'dinkes');
  await f.officer('kepala.dinkes', 'supervisor', 'dinkes');
});

afterAll(async () => {
  await f?.close();
});

const ANSWER =
  'Selamat siang Bapak/Ibu, terima kasih atas laporannya. Tim DPUPR telah menambal jalan di depan SD Negeri 1 Medono pada Selasa, 3 Maret 2026. ' +
  'Salam, Dinas Pekerjaan Umum dan Penataan Ruang.';

/** A web complaint disposed to DPUPR (a unit that signs off its answers). */
async function disposedToDpupr(title = 'Jalan berlubang di Medono'): Promise<{ id: string; trackingNumber: string }> {
  const { complaint } = await f.desk.receive(coordinator, { channel: 'web', title, description: 'Lubang besar di depan sekolah.' });
  await f.desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
  await f.desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
  return { id: complaint.id, trackingNumber: complaint.trackingNumber };
}

async function signedIn(username: string): Promise<Client> {
  const client = new Client(f.url);
  expect(await client.signIn(username)).toBe(303);
  return client;
}

/** Posts an action from the complaint page, with the version the page showed. */
async function act(client: Client, id: string, action: string, fields: Record<string, string>, withCsrf = true) {
  const page = await client.get(`/petugas/aduan/${id}`);
  const version = /name="expectedVersion" value="(\d+)"/.exec(page.text)?.[1] ?? '';
  return client.post(`/petugas/aduan/${id}/${action}`, { expectedVersion: version, ...fields }, withCsrf);
}

describe('sign-off on the complaint page', () => {
  it('walks a draft from the officer through a return and an approval to the resident, in Indonesian in the timeline', async () => {
    const { id, trackingNumber } = await disposedToDpupr();
    const petugas = await signedIn('petugas.dpupr');
    const before = await petugas.get(`/petugas/aduan/${id}`);
    expect(before.text).toContain('Kirim draf untuk persetujuan');
    expect(before.text).not.toContain('Kirim tindak lanjut');

    const drafted = await act(petugas, id, 'submitDraft', { message: 'Sudah kami tangani.' });
    expect(drafted.status).toBe(303);
    expect(decodeURIComponent(drafted.response.headers.get('location')!)).toContain('Draf jawaban dikirim untuk persetujuan.');
    const waiting = await petugas.get(`/petugas/aduan/${id}`);
    expect(waiting.text).toContain('Draf jawaban menunggu persetujuan');
    expect(waiting.text).toContain('Sudah kami tangani.');
    // The drafter is never offered the approval of their own draft.
    expect(waiting.text).not.toContain('Setujui dan terbitkan');
    expect((await f.desk.track(trackingNumber)).answers).toEqual([]);

    const kepala = await signedIn('kepala.dpupr');
    const review = await kepala.get(`/petugas/aduan/${id}`);
    expect(review.text).toContain('Setujui dan terbitkan');
    expect(review.text).toContain('Kembalikan dengan catatan');
    // A return needs a comment: refused with what to fill in, nothing stored.
    const version = (await f.desk.get(coordinator, id)).version;
    const bare = await act(kepala, id, 'returnDraft', { comment: '  ' });
    expect(decodeURIComponent(bare.response.headers.get('location')!)).toContain('Isian belum benar — comment: wajib diisi');
    expect((await f.desk.get(coordinator, id)).version).toBe(version);
    const returned = await act(kepala, id, 'returnDraft', { comment: 'Sebutkan tanggal dan lokasi penambalan.' });
    expect(decodeURIComponent(returned.response.headers.get('location')!)).toContain('Draf dikembalikan dengan catatan.');
    const afterReturn = await petugas.get(`/petugas/aduan/${id}`);
    expect(afterReturn.text).toContain('Draf jawaban dikembalikan untuk diperbaiki');
    expect(afterReturn.text).toContain('Sebutkan tanggal dan lokasi penambalan.');
    expect(afterReturn.text).not.toContain('Draf jawaban menunggu persetujuan');

    await act(petugas, id, 'submitDraft', { message: ANSWER });
    const approved = await act(kepala, id, 'approveDraft', { comment: 'Baik.' });
    expect(decodeURIComponent(approved.response.headers.get('location')!)).toContain('Draf disetujui dan jawaban diterbitkan untuk warga.');
    expect((await f.desk.get(coordinator, id)).status).toBe('responded');
    expect((await f.desk.track(trackingNumber)).answers.map((answer) => answer.message)).toEqual([ANSWER]);
    const published = await kepala.get(`/petugas/aduan/${id}`);
    expect(published.text).toContain('Draf jawaban diajukan untuk persetujuan');
    expect(published.text).toContain('Draf jawaban disetujui dan dikirim');
    expect(published.text).toContain('Ditindaklanjuti unit');
    expect(published.text).toContain('Uji petugas.dpupr');
  });

  it('shows a pending draft to its unit only, never in the timeline beyond it or on the public page', async () => {
    const { id, trackingNumber } = await disposedToDpupr();
    await f.desk.runPluginCommand(officer, 'sign-off', 'submit-draft', { complaintId: id, message: 'Teks draf rahasia unit.' });
    const koordinator = await signedIn('koordinator');
    const page = await koordinator.get(`/petugas/aduan/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Draf jawaban diajukan untuk persetujuan');
    expect(page.text).not.toContain('Teks draf rahasia unit.');
    // The coordinator cannot answer past the unit's sign-off.
    expect(page.text).not.toContain('Kirim tindak lanjut');
    const resident = await fetch(`${f.url}/warga/complaints/${encodeURIComponent(trackingNumber)}`);
    expect(await resident.text()).not.toContain('Teks draf rahasia unit.');
  });

  it('refuses a drafter who approves their own draft, and changes nothing', async () => {
    const { id } = await disposedToDpupr();
    const kepala = await signedIn('kepala.dpupr');
    await act(kepala, id, 'submitDraft', { message: ANSWER });
    const page = await kepala.get(`/petugas/aduan/${id}`);
    expect(page.text).not.toContain('Setujui dan terbitkan');
    const version = (await f.desk.get(coordinator, id)).version;
    const forged = await act(kepala, id, 'approveDraft', {});
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Anda tidak berwenang');
    expect((await f.desk.get(coordinator, id)).version).toBe(version);
  });

  it('refuses a draft posted without its CSRF token with 403', async () => {
    const { id } = await disposedToDpupr();
    const petugas = await signedIn('petugas.dpupr');
    const version = (await f.desk.get(coordinator, id)).version;
    const answer = await act(petugas, id, 'submitDraft', { message: ANSWER }, false);
    expect(answer.status).toBe(403);
    expect((await f.desk.get(coordinator, id)).version).toBe(version);
  });

  it('gives officers and heads of another unit neither the page nor the forms', async () => {
    const { id } = await disposedToDpupr();
    await f.desk.runPluginCommand(officer, 'sign-off', 'submit-draft', { complaintId: id, message: ANSWER });
    const version = (await f.desk.get(coordinator, id)).version;
    for (const username of ['petugas.dinkes', 'kepala.dinkes']) {
      const other = await signedIn(username);
      expect([403, 404]).toContain((await other.get(`/petugas/aduan/${id}`)).status);
      for (const [action, fields] of [
        ['submitDraft', { message: ANSWER }],
        ['approveDraft', {}],
        ['returnDraft', { comment: 'Tidak.' }],
      ] as const) {
        const answer = await other.post(`/petugas/aduan/${id}/${action}`, { expectedVersion: String(version), ...fields });
        expect([403, 404]).toContain(answer.status);
      }
    }
    expect((await f.desk.get(coordinator, id)).version).toBe(version);
  });
});
