import type { Actor } from '@aduan/spec';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;
let coordinator: Actor;
let dpupr: Actor;
let dinkes: Actor;

beforeAll(async () => {
  f = await startFixture();
  coordinator = await f.officer('koordinator', 'coordinator');
  dpupr = await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
  dinkes = await f.officer('petugas.dinkes', 'unit_officer', 'dinkes');
});

afterAll(async () => {
  await f?.close();
});

/** A complaint disposed to `unitId`, with a complainant whose name must stay hidden when it is rahasia. */
async function disposed(unitId: string, title: string, secret = false) {
  const { complaint } = await f.desk.receive(coordinator, {
    channel: 'web',
    title,
    description: 'Saluran air tersumbat sejak seminggu.',
    contact: { name: 'Warga Rahasia Sekali', phone: '081234567890' },
    anonim: secret,
    rahasia: secret,
  });
  await f.desk.verify(coordinator, { complaintId: complaint.id });
  await f.desk.dispose(coordinator, { complaintId: complaint.id, unitId });
  return complaint;
}

describe('signing in', () => {
  it('refuses a wrong password and an unknown username with the same message, and sets a signed HttpOnly SameSite cookie on success', async () => {
    const client = new Client(f.url);
    await client.get('/petugas/masuk');
    const wrong = await client.post('/petugas/masuk', { username: 'koordinator', password: 'salah-sekali-123' });
    const unknown = await client.post('/petugas/masuk', { username: 'tidak.ada', password: 'salah-sekali-123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.text).toContain('Nama pengguna atau kata sandi salah.');
    expect(unknown.text).toContain('Nama pengguna atau kata sandi salah.');
    const ok = await client.post('/petugas/masuk', { username: 'Koordinator', password: 'kata-sandi-uji-123', lanjut: '/petugas' });
    expect(ok.status).toBe(303);
    const cookie = ok.response.headers.getSetCookie().find((line) => line.startsWith('aduan_sesi='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await client.get('/petugas/antrean/baru')).status).toBe(200);
  });

  it('never redirects after sign-in to a place outside the desk', async () => {
    const client = new Client(f.url);
    await client.get('/petugas/masuk');
    const answer = await client.post('/petugas/masuk', {
      username: 'koordinator',
      password: 'kata-sandi-uji-123',
      lanjut: 'https://jahat.example/',
    });
    expect(answer.response.headers.get('location')).toBe('/petugas');
  });

  it('sends a visitor without a session to the sign-in page, and refuses a forged cookie', async () => {
    const client = new Client(f.url);
    const answer = await client.get('/petugas/antrean/baru');
    expect(answer.status).toBe(303);
    expect(answer.response.headers.get('location')).toBe('/petugas/masuk?lanjut=%2Fpetugas%2Fantrean%2Fbaru');
    const forged = await fetch(`${f.url}/petugas/antrean/baru`, {
      headers: { cookie: `aduan_sesi=${Buffer.from(coordinator.id).toString('base64url')}.1.99999999999999.${'A'.repeat(43)}` },
      redirect: 'manual',
    });
    expect(forged.status).toBe(303);
  });

  it('throttles repeated attempts on one username, even with the right password afterwards', async () => {
    await f.officer('korban.tebakan', 'auditor');
    const client = new Client(f.url);
    await client.get('/petugas/masuk');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await client.post('/petugas/masuk', { username: 'korban.tebakan', password: `tebakan-ke-${i}xx` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await client.post('/petugas/masuk', { username: 'korban.tebakan', password: 'kata-sandi-uji-123' });
    expect(right.status).toBe(429);
    expect(right.text).toContain('Terlalu banyak percobaan masuk');
    expect(Number(right.response.headers.get('retry-after'))).toBeGreaterThan(0);
    f.loginClock.advanceBy(2 * 60_000);
    expect(await client.signIn('korban.tebakan')).toBe(303);
  });

  it('ends the sessions of an account that is disabled', async () => {
    const actor = await f.officer('akan.nonaktif', 'auditor');
    const client = new Client(f.url);
    expect(await client.signIn('akan.nonaktif')).toBe(303);
    expect((await client.get('/petugas/antrean/semua')).status).toBe(200);
    await f.accounts.disable(actor.id);
    expect((await client.get('/petugas/antrean/semua')).status).toBe(303);
    expect(await client.signIn('akan.nonaktif')).toBe(401);
  });

  it('logs out: the session cookie is cleared', async () => {
    const client = new Client(f.url);
    await client.signIn('koordinator');
    await client.get('/petugas/antrean/baru');
    expect((await client.post('/petugas/keluar', {})).status).toBe(303);
    expect((await client.get('/petugas/antrean/baru')).status).toBe(303);
  });
});

describe('CSRF', () => {
  it('refuses every form posted without its token, or with another session’s token, with 403 and changes nothing', async () => {
    const complaint = await disposed('dpupr', 'Uji CSRF');
    const client = new Client(f.url);
    await client.signIn('koordinator');
    await client.get(`/petugas/aduan/${complaint.id}`);
    const other = new Client(f.url);
    await other.signIn('petugas.dpupr');
    await other.get('/petugas/antrean/unit-saya');
    const without = await client.post(`/petugas/aduan/${complaint.id}/resolve`, {}, false);
    const foreign = await client.post(`/petugas/aduan/${complaint.id}/resolve`, { _csrf: other.csrf }, false);
    const login = await new Client(f.url).post('/petugas/masuk', { username: 'koordinator', password: 'kata-sandi-uji-123' }, false);
    expect([without.status, foreign.status, login.status]).toEqual([403, 403, 403]);
    expect((await f.desk.get(coordinator, complaint.id)).status).toBe('disposed');
  });
});

describe('unit isolation', () => {
  it('shows a unit nothing of another unit: queues, search, export, and direct URLs', async () => {
    const ours = await disposed('dpupr', 'Jalan berlubang milik DPUPR');
    const theirs = await disposed('dinkes', 'Antrean puskesmas milik Dinkes');
    const client = new Client(f.url);
    await client.signIn('petugas.dpupr');
    for (const slug of ['unit-saya', 'semua', 'lewat-batas', 'akan-lewat-batas', 'menunggu-konfirmasi', 'baru']) {
      const page = await client.get(`/petugas/antrean/${slug}`);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain(theirs.trackingNumber);
    }
    expect((await client.get('/petugas/antrean/unit-saya')).text).toContain(ours.trackingNumber);
    const search = await client.get(`/petugas/antrean/semua?cari=${encodeURIComponent(theirs.trackingNumber)}`);
    // The search box echoes what was typed; the list itself must be empty.
    expect(search.text).toContain('Tidak ada aduan di antrean ini.');
    expect(search.text).not.toContain(`/petugas/aduan/${theirs.id}`);
    const byUnit = await client.get('/petugas/antrean/semua?unit=dinkes');
    expect(byUnit.text).not.toContain(theirs.trackingNumber);
    const csv = await client.get('/petugas/ekspor/semua.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(ours.trackingNumber);
    expect(csv.text).not.toContain(theirs.trackingNumber);
    const xlsx = await client.bytes('/petugas/ekspor/semua.xlsx');
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const numbers = workbook.worksheets[0]!.getColumn(1).values.map(String);
    expect(numbers).toContain('Nomor');
    expect(numbers).toContain(ours.trackingNumber);
    expect(numbers).not.toContain(theirs.trackingNumber);
    const direct = await client.get(`/petugas/aduan/${theirs.id}`);
    expect([403, 404]).toContain(direct.status);
    expect(direct.text).not.toContain('Antrean puskesmas');
    const act = await client.post(`/petugas/aduan/${theirs.id}/respond`, { message: 'Bukan urusan kami', expectedVersion: '3' });
    expect([403, 404]).toContain(act.status);
    expect((await f.desk.get(coordinator, theirs.id)).status).toBe('disposed');
    expect(dinkes.unitId).toBe('dinkes');
  });

  it('never shows a unit the identity of an anonim/rahasia complainant, in the page or the export', async () => {
    const secret = await disposed('dpupr', 'Aduan rahasia', true);
    const client = new Client(f.url);
    await client.signIn('petugas.dpupr');
    const page = await client.get(`/petugas/aduan/${secret.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Identitas pelapor dirahasiakan');
    expect(page.text).not.toContain('Warga Rahasia Sekali');
    expect(page.text).not.toContain('081234567890');
    expect((await client.get('/petugas/ekspor/semua.csv')).text).not.toContain('Warga Rahasia Sekali');
  });
});

describe('the complaint page', () => {
  it('shows every running clock with its colour and time left in WIB, the timeline with actors, and the chain verdict', async () => {
    const complaint = await disposed('dpupr', 'Uji halaman aduan');
    const client = new Client(f.url);
    await client.signIn('koordinator');
    const page = await client.get(`/petugas/aduan/${complaint.id}`);
    const view = await f.desk.get(coordinator, complaint.id);
    const running = view.clocks.filter((clock) => clock.state === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(page.text.match(/<li class="clock tone-/g)?.length).toBe(view.clocks.length);
    expect(page.text).toMatch(/sisa \d+ hari kerja — \w+, \d{1,2} \w+ 2026 \d{2}\.\d{2} WIB/);
    expect(page.text).toContain('Rantai hash utuh: 3 peristiwa terverifikasi.');
    expect(page.text).toContain('Didisposisikan');
    expect(page.text).toContain('Uji koordinator');
  });

  it('offers a unit officer only answering and returning, and a supervisor or auditor nothing', async () => {
    const complaint = await disposed('dpupr', 'Uji tindakan per peran');
    await f.officer('pimpinan.dpupr', 'supervisor', 'dpupr');
    const officer = new Client(f.url);
    await officer.signIn('petugas.dpupr');
    const forms = (text: string) => [...text.matchAll(/action="\/petugas\/aduan\/[^/]+\/([a-zA-Z]+)"/g)].map((m) => m[1]);
    expect(forms((await officer.get(`/petugas/aduan/${complaint.id}`)).text)).toEqual(['respond', 'returnNotOurs']);
    const head = new Client(f.url);
    await head.signIn('pimpinan.dpupr');
    const page = await head.get(`/petugas/aduan/${complaint.id}`);
    expect(forms(page.text)).toEqual([]);
    expect(page.text).toContain('Tidak ada tindakan yang dapat Anda lakukan pada tahap ini.');
  });

  it('shows a refusal in Indonesian when the complaint changed meanwhile', async () => {
    const complaint = await disposed('dpupr', 'Uji konflik versi');
    const client = new Client(f.url);
    await client.signIn('petugas.dpupr');
    await client.get(`/petugas/aduan/${complaint.id}`);
    await f.desk.respond(dpupr, { complaintId: complaint.id, message: 'Sudah ditangani lebih dulu.' });
    const answer = await client.post(`/petugas/aduan/${complaint.id}/respond`, { message: 'Jawaban kedua', expectedVersion: '3' });
    expect(answer.status).toBe(303);
    const location = decodeURIComponent(answer.response.headers.get('location') ?? '');
    expect(location).toContain('Aduan baru saja diubah oleh petugas lain');
  });
});

describe('bulk actions', () => {
  it('answers per complaint: the ones it could act on, and why the others were refused', async () => {
    const fresh = await f.desk.receive(coordinator, { channel: 'web', title: 'Spam massal', description: 'iklan', contact: { name: 'X' } });
    const done = await disposed('dpupr', 'Sudah didisposisi');
    const client = new Client(f.url);
    await client.signIn('koordinator');
    await client.get('/petugas/antrean/baru');
    const answer = await client.post('/petugas/massal', {
      tindakan: 'rejectSpam',
      id: [fresh.complaint.id, done.id],
      kembali: '/petugas/antrean/baru',
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(`${fresh.complaint.trackingNumber}: Aduan ditolak.`);
    expect(answer.text).toContain(`${done.trackingNumber}: Tindakan ini tidak dapat dilakukan`);
    expect((await f.desk.get(coordinator, fresh.complaint.id)).status).toBe('rejected');
  });
});
