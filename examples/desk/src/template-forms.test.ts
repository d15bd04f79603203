import { createPostgresTemplateStore } from '@aduan/store-postgres';
import type { Actor, ReplyTemplateV1 } from '@aduan/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;
let coordinator: Actor;

type TemplateInput = Pick<ReplyTemplateV1, 'id' | 'name' | 'stage' | 'category' | 'automatic' | 'active' | 'body' | 'shortBody'>;
const template = (id: string, fields: Partial<TemplateInput>): TemplateInput => ({
  id,
  name: `Templat ${id}`,
  stage: 'disposed',
  category: null,
  automatic: false,
  active: true,
  body: `Selamat siang {nama}, terima kasih. Aduan {nomor} ditangani {unit} pada {tanggal_hari_ini}. Salam, {unit}. [${id}]`,
  shortBody: null,
  ...fields,
});

beforeAll(async () => {
  f = await startFixture({ plugins: { plugins: ['duplicates', 'templates'], replyHoldBack: 'never', signOffUnits: [] } });
  coordinator = await f.officer('koordinator', 'coordinator');
  await f.officer('petugas.dinkes', 'unit_officer', 'dinkes');
  await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
  for (const saved of [
    template('umum', {}),
    template('kesehatan', { category: 'kesehatan', name: 'Khusus kesehatan' }),
    template('jalan', { category: 'infrastruktur' }),
    template('musiman', { active: false }),
    template('verifikasi', { stage: 'verified' }),
  ]) {
    await f.desk.runPluginCommand(coordinator, 'templates', 'save', { template: saved, expectedVersion: 0 });
  }
});

afterAll(async () => {
  await f?.close();
});

async function disposedToDinkes(): Promise<{ id: string; trackingNumber: string }> {
  const { complaint } = await f.desk.receive(coordinator, {
    channel: 'web',
    title: 'Antrean puskesmas terlalu lama',
    description: 'Menunggu tiga jam di loket pendaftaran.',
    category: 'kesehatan',
    contact: { name: 'Sri Rahayu' },
    anonim: false,
    rahasia: false,
  });
  await f.desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
  await f.desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinkes' });
  return { id: complaint.id, trackingNumber: complaint.trackingNumber };
}

async function signedIn(username: string): Promise<Client> {
  const client = new Client(f.url);
  expect(await client.signIn(username)).toBe(303);
  return client;
}

const fromHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('reply templates on the answer form', () => {
  it('lists the active templates of the complaint’s category and stage, filled in for it', async () => {
    const { id, trackingNumber } = await disposedToDinkes();
    const petugas = await signedIn('petugas.dinkes');
    const page = fromHtml((await petugas.get(`/petugas/aduan/${id}`)).text);
    expect(page).toContain('Templat umum');
    expect(page).toContain('Khusus kesehatan');
    expect(page).not.toContain('Templat jalan');
    expect(page).not.toContain('Templat musiman');
    expect(page).not.toContain('Templat verifikasi');
    expect(page).toContain(`Aduan ${trackingNumber} ditangani Dinas Kesehatan pada 3 Maret 2026`);
  });

  it('fills the answer with the chosen template, and counts its use once the answer is sent', async () => {
    const { id, trackingNumber } = await disposedToDinkes();
    const petugas = await signedIn('petugas.dinkes');
    const chosen = await petugas.get(`/petugas/aduan/${id}?templat=kesehatan`);
    const text = /<textarea id="respond-msg"[^>]*>([^<]*)<\/textarea>/.exec(chosen.text)?.[1];
    expect(fromHtml(text ?? '')).toBe(
      `Selamat siang Sri Rahayu, terima kasih. Aduan ${trackingNumber} ditangani Dinas Kesehatan pada 3 Maret 2026. Salam, Dinas Kesehatan. [kesehatan]`,
    );
    expect(chosen.text).toContain('name="templateId" value="kesehatan"');
    const version = /name="expectedVersion" value="(\d+)"/.exec(chosen.text)![1]!;
    const sent = await petugas.post(`/petugas/aduan/${id}/respond`, {
      expectedVersion: version,
      templateId: 'kesehatan',
      message: fromHtml(text!),
    });
    expect(sent.status).toBe(303);
    expect(decodeURIComponent(sent.response.headers.get('location')!)).toMatch(/Tindak lanjut dikirim ke warga\.$/);
    const history = await f.desk.history(coordinator, id);
    expect(history.filter((event) => event.type === 'templates/used').map((event) => event.payload)).toEqual([
      { templateId: 'kesehatan', templateVersion: 1 },
    ]);
    const stored = await createPostgresTemplateStore(f.store).doGet('kesehatan');
    expect(stored?.usageCount).toBe(1);
    expect((await petugas.get(`/petugas/aduan/${id}`)).text).toContain('Templat jawaban dipakai');
  });

  it('ignores a template that does not fit, and counts nothing for an answer the desk refused', async () => {
    const { id } = await disposedToDinkes();
    const petugas = await signedIn('petugas.dinkes');
    const page = await petugas.get(`/petugas/aduan/${id}?templat=jalan`);
    expect(page.text).not.toContain('name="templateId"');
    const refused = await petugas.post(`/petugas/aduan/${id}/respond`, { expectedVersion: '1', templateId: 'umum', message: 'Jawaban.' });
    expect(decodeURIComponent(refused.response.headers.get('location')!)).toContain('baru saja diubah oleh petugas lain');
    expect((await f.desk.history(coordinator, id)).some((event) => event.type === 'templates/used')).toBe(false);
  });

  it('gives an officer of another unit neither the templates nor the page', async () => {
    const { id } = await disposedToDinkes();
    const other = await signedIn('petugas.dpupr');
    const page = await other.get(`/petugas/aduan/${id}?templat=kesehatan`);
    expect([403, 404]).toContain(page.status);
    expect(page.text).not.toContain('[kesehatan]');
  });
});
