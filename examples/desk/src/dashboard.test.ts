import type { Actor } from '@aduan/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type DeskFixture, startFixture } from './test-support/desk-fixture.js';

let f: DeskFixture;
let coordinator: Actor;
let dpupr: Actor;

beforeAll(async () => {
  f = await startFixture();
  coordinator = await f.officer('koordinator', 'coordinator');
  dpupr = await f.officer('petugas.dpupr', 'unit_officer', 'dpupr');
  await f.officer('petugas.dinkes', 'unit_officer', 'dinkes');
  // This month (March 2026, WIB): two complaints to DPUPR, one answered; one to Dinkes.
  for (const [unitId, title] of [
    ['dpupr', 'Jalan berlubang'],
    ['dpupr', 'Saluran tersumbat'],
    ['dinkes', 'Antrean puskesmas'],
  ] as const) {
    const { complaint } = await f.desk.receive(coordinator, {
      channel: 'web',
      title,
      description: 'Mohon ditangani.',
      contact: { name: 'W' },
    });
    await f.desk.verify(coordinator, { complaintId: complaint.id });
    await f.desk.dispose(coordinator, { complaintId: complaint.id, unitId });
    if (title === 'Jalan berlubang') await f.desk.respond(dpupr, { complaintId: complaint.id, message: 'Lubang ditambal hari ini.' });
  }
});

afterAll(async () => {
  await f?.close();
});

/** The KPI table's section of the dashboard as `username` reads it. */
async function kpiSection(username: string, query = ''): Promise<string> {
  const client = new Client(f.url);
  expect(await client.signIn(username)).toBe(303);
  const page = await client.get(`/petugas/dasbor${query}`);
  expect(page.status).toBe(200);
  const start = page.text.indexOf('id="judul-kinerja"');
  expect(start).toBeGreaterThan(0);
  return page.text.slice(start, page.text.indexOf('</section>', start));
}

/** The cells of the row named `label`. */
const rowOf = (section: string, label: string) =>
  [...(new RegExp(`<th scope="row"[^>]*>${label}</th>(.*?)</tr>`, 's').exec(section)?.[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map(
    (cell) => cell[1]!.replace(/<[^>]+>.*?<\/[^>]+>/g, ''),
  );

describe('the dashboard’s KPIs', () => {
  it('shows the coordinator this month’s KPIs per unit, with Indonesian names and the total', async () => {
    const section = await kpiSection('koordinator');
    expect(section).toContain('Kinerja Maret 2026 per unit');
    expect(section).toContain(
      '<th scope="col">Dinas Kesehatan</th><th scope="col">Dinas Pekerjaan Umum dan Penataan Ruang</th><th scope="col">Total</th>',
    );
    expect(rowOf(section, 'Jumlah aduan masuk')).toEqual(['1', '2', '3']);
    expect(rowOf(section, 'Ditindaklanjuti \\(dari yang didisposisikan\\)')).toEqual(['0% (0/1)', '50% (1/2)', '33% (1/3)']);
  });

  it('shows a unit officer its own unit only', async () => {
    const section = await kpiSection('petugas.dpupr');
    expect(section).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(section).not.toContain('Dinas Kesehatan');
    expect(rowOf(section, 'Jumlah aduan masuk')).toEqual(['2', '2']);
  });

  it('shows the period picked: an earlier month, or this year so far', async () => {
    const february = await kpiSection('koordinator', '?periode=2026-02');
    expect(february).toContain('Kinerja Februari 2026 per unit');
    expect(february).toContain('<option value="2026-02" selected>Februari 2026</option>');
    expect(rowOf(february, 'Jumlah aduan masuk')).toEqual(['0']);
    const year = await kpiSection('koordinator', '?periode=2026');
    expect(year).toContain('Kinerja Tahun 2026 per unit');
    expect(rowOf(year, 'Jumlah aduan masuk')).toEqual(['1', '2', '3']);
    const unknown = await kpiSection('koordinator', '?periode=1999-01');
    expect(unknown).toContain('Kinerja Maret 2026 per unit');
  });
});
