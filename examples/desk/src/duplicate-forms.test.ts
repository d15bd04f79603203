import type { Actor } from '@aduan/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;
let coordinator: Actor;

beforeAll(async () => {
  f = await startFixture({ plugins: { plugins: ['duplicates', 'templates'], replyHoldBack: 'never', signOffUnits: [] } });
  coordinator = await f.officer('koordinator', 'coordinator');
  await f.officer('petugas.dinkes', 'unit_officer', 'dinkes');
  await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
});

afterAll(async () => {
  await f?.close();
});

let serial = 0;
/** A complaint about the same overflowing drain in Medono, brought to `received` or disposed to `unitId`. */
async function drainComplaint(unitId?: string, kelurahan = 'Medono'): Promise<{ id: string; trackingNumber: string }> {
  serial++;
  const { complaint } = await f.desk.receive(coordinator, {
    channel: 'web',
    channelMessageId: `saluran-${serial}`,
    title: `Saluran air tersumbat dan meluap di ${kelurahan} (${serial})`,
    description: `Saluran air di Jalan Sriwijaya ${kelurahan} tersumbat sampah dan meluap ke rumah warga setiap hujan.`,
    category: 'drainase',
    location: { kelurahan },
  });
  if (unitId) {
    await f.desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
    await f.desk.dispose(coordinator, { complaintId: complaint.id, unitId });
  }
  return { id: complaint.id, trackingNumber: complaint.trackingNumber };
}

async function signedIn(username: string): Promise<Client> {
  const client = new Client(f.url);
  expect(await client.signIn(username)).toBe(303);
  return client;
}

const location = (answer: { response: Response }) => decodeURIComponent(answer.response.headers.get('location') ?? '');

describe('duplicate suggestions and work orders on the complaint page', () => {
  it('shows the unit’s own similar complaints with the reasons, never another unit’s', async () => {
    const target = await drainComplaint('dinkes');
    const twin = await drainComplaint('dinkes');
    const elsewhere = await drainComplaint('dpupr');
    const petugas = await signedIn('petugas.dinkes');
    const page = (await petugas.get(`/petugas/aduan/${target.id}`)).text;
    expect(page).toContain('Aduan serupa');
    expect(page).toContain(twin.trackingNumber);
    expect(page).not.toContain(elsewhere.trackingNumber);
    expect(page).toContain('Kategori sama, di kelurahan yang sama (Medono); kata yang sama:');
    expect(page).toMatch(/kemiripan \d+%/);
  });

  it('groups complaints under one work order, shows the membership, and answers them all once', async () => {
    const first = await drainComplaint('dinkes', 'Kauman');
    const second = await drainComplaint('dinkes', 'Kauman');
    const petugas = await signedIn('petugas.dinkes');
    await petugas.get(`/petugas/aduan/${first.id}`);
    const empty = await petugas.post(`/petugas/aduan/${first.id}/duplikat/kelompok`, { title: 'Normalisasi saluran Kauman' });
    expect(location(empty)).toContain('Isian belum benar — anggota: pilih 1 sampai 49 aduan');
    const grouped = await petugas.post(`/petugas/aduan/${first.id}/duplikat/kelompok`, {
      anggota: second.id,
      title: 'Normalisasi saluran Kauman',
    });
    expect(location(grouped)).toContain('Perintah kerja dibuat untuk 2 aduan.');
    const member = await petugas.get(`/petugas/aduan/${second.id}`);
    expect(member.text).toContain('Bagian dari perintah kerja “Normalisasi saluran Kauman”');
    expect(member.text).toContain('Dikelompokkan dalam satu perintah kerja: Normalisasi saluran Kauman');
    const workOrderId = /name="workOrderId" value="([^"]+)"/.exec(member.text)![1]!;
    const answered = await petugas.post(`/petugas/aduan/${second.id}/perintah-kerja/jawab`, {
      workOrderId,
      message: 'Selamat siang, terima kasih. Saluran Kauman dinormalisasi tim Dinkes pada 3 Maret 2026. Salam, Dinas Kesehatan.',
    });
    expect(location(answered)).toContain('Perintah kerja dijawab: 2 aduan dijawab.');
    expect((await f.desk.get(coordinator, first.id)).status).toBe('responded');
    expect((await f.desk.get(coordinator, second.id)).status).toBe('responded');
  });

  it('refuses to answer a work order from the page of a complaint outside it', async () => {
    const first = await drainComplaint('dinkes', 'Poncol');
    const second = await drainComplaint('dinkes', 'Poncol');
    const outsider = await drainComplaint('dinkes', 'Poncol');
    const grouped = (await f.desk.runPluginCommand(coordinator, 'duplicates', 'group', {
      complaintIds: [first.id, second.id],
      title: 'Poncol',
    })) as { workOrderId: string };
    const petugas = await signedIn('petugas.dinkes');
    await petugas.get(`/petugas/aduan/${outsider.id}`);
    const answer = await petugas.post(`/petugas/aduan/${outsider.id}/perintah-kerja/jawab`, {
      workOrderId: grouped.workOrderId,
      message: 'Sudah.',
    });
    expect(location(answer)).toContain('aduan ini bukan bagian dari perintah kerja tersebut');
    expect((await f.desk.get(coordinator, first.id)).status).toBe('disposed');
  });

  it('lets the coordinator merge a suggested duplicate into this complaint, and refuses a unit officer', async () => {
    const target = await drainComplaint(undefined, 'Bendan Kergon');
    const duplicate = await drainComplaint(undefined, 'Bendan Kergon');
    const koordinator = await signedIn('koordinator');
    const page = await koordinator.get(`/petugas/aduan/${target.id}`);
    expect(page.text).toContain(`Gabungkan ke aduan ini<span class="sr-only">: ${duplicate.trackingNumber}</span>`);
    const merged = await koordinator.post(`/petugas/aduan/${target.id}/duplikat/gabung`, { duplicateId: duplicate.id });
    expect(location(merged)).toContain(`Aduan ${duplicate.trackingNumber} digabungkan ke aduan ini.`);
    const after = await f.desk.get(coordinator, duplicate.id);
    expect(after.status).toBe('merged');
    expect(after.mergedInto).toBe(target.id);

    const own = await drainComplaint('dinkes', 'Bendan Kergon');
    const ownTwin = await drainComplaint('dinkes', 'Bendan Kergon');
    const petugas = await signedIn('petugas.dinkes');
    const officerPage = await petugas.get(`/petugas/aduan/${own.id}`);
    expect(officerPage.text).not.toContain('Gabungkan ke aduan ini');
    const refused = await petugas.post(`/petugas/aduan/${own.id}/duplikat/gabung`, { duplicateId: ownTwin.id });
    expect(refused.status).toBe(403);
    expect((await f.desk.get(coordinator, ownTwin.id)).status).toBe('disposed');
  });

  it('refuses the forms without their CSRF token, and to an officer of another unit', async () => {
    const first = await drainComplaint('dinkes', 'Podosugih');
    const second = await drainComplaint('dinkes', 'Podosugih');
    const petugas = await signedIn('petugas.dinkes');
    await petugas.get(`/petugas/aduan/${first.id}`);
    const forged = await petugas.post(`/petugas/aduan/${first.id}/duplikat/kelompok`, { anggota: second.id, title: 'X' }, false);
    expect(forged.status).toBe(403);
    const other = await signedIn('petugas.dpupr');
    await other.get('/petugas/antrean/semua');
    for (const path of ['duplikat/kelompok', 'duplikat/gabung', 'perintah-kerja/jawab']) {
      const answer = await other.post(`/petugas/aduan/${first.id}/${path}`, {
        anggota: second.id,
        duplicateId: second.id,
        workOrderId: 'wo-1',
        title: 'X',
        message: 'Sudah.',
      });
      expect([403, 404]).toContain(answer.status);
    }
    const history = await f.desk.history(coordinator, first.id);
    expect(history.some((event) => event.type === 'duplicates/grouped')).toBe(false);
  });
});
