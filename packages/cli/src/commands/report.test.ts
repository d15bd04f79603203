import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '@aduan/core';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureStreams } from '../__fixtures__/capture.js';
import { run } from '../run.js';

const coordinator = { id: 'koordinator', role: 'coordinator' } as const;

describe('aduan report', () => {
  let folder: string;
  let dataDir: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'aduan-cli-report-'));
    dataDir = join(folder, 'data');
    writeFileSync(join(folder, 'units.json'), JSON.stringify({ dpupr: 'Dinas Pekerjaan Umum dan Penataan Ruang' }));
    const store = await createPGliteStore({ dataDir });
    let now = Date.parse('2026-03-16T02:00:00.000Z'); // Mon 16 Mar 2026 09:00 WIB
    const desk = createDesk({ store, clock: { now: () => new Date(now) } });
    const receive = (title: string, channel: string) =>
      desk.receive(coordinator, { channel, title, description: `${title} di Kelurahan Podosugih` }).then((r) => r.complaint.id);
    const road = await receive('Jalan berlubang', 'whatsapp');
    now += 60 * 60 * 1000; // An hour later: the recap numbers complaints by the moment they came in.
    const lamp = await receive('Lampu jalan mati', 'web');
    now += 23 * 60 * 60 * 1000; // Tue 17 Mar: both verified, the road disposed to DPUPR.
    await desk.verify(coordinator, { complaintId: road });
    await desk.verify(coordinator, { complaintId: lamp });
    await desk.dispose(coordinator, { complaintId: road, unitId: 'dpupr' });
    now = Date.parse('2026-04-01T02:00:00.000Z'); // Wed 1 Apr: an April complaint.
    await receive('Sampah menumpuk', 'sms');
    await desk.close();
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const report = async (...args: string[]) => {
    const io = captureStreams();
    const code = await run(['report', ...args, '--data-dir', dataDir], { env: {}, streams: io.streams });
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };

  it('prints the KPIs of March as JSON, counted in SQL and grouped by unit with its name', async () => {
    const { code, stdout } = await report(
      'kpi',
      '--from',
      '2026-03-01',
      '--to',
      '2026-04-01',
      '--as-of',
      '2026-03-20T17:00:00+07:00',
      '--group-by',
      'unit',
      '--unit-names',
      join(folder, 'units.json'),
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ format: 'aduan.kpi-report', source: 'pglite', groupBy: 'unit' });
    expect(result.total.figures.received.value).toBe(2);
    expect(result.total.figures.verifiedOnTime).toMatchObject({ numerator: 2, denominator: 2 });
    expect(result.groups.map((group: { label: string }) => group.label)).toEqual([
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      'Belum didisposisikan',
    ]);
  });

  it("limits the report to one unit's complaints with --unit", async () => {
    const { code, stdout } = await report('kpi', '--from', '2026-03-01', '--to', '2026-05-01', '--unit', 'dpupr', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ unitId: 'dpupr', total: { figures: { received: { value: 1 } } } });
  });

  it('writes CSV, XLSX and HTML files, with a JSON summary', async () => {
    for (const format of ['csv', 'xlsx', 'html']) {
      const file = join(folder, `kpi.${format}`);
      const { code, stdout } = await report(
        'kpi',
        '--from',
        '2026-03-01',
        '--to',
        '2026-05-01',
        '--format',
        format,
        '--output',
        file,
        '--json',
      );
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ output: file, format, received: 3, groups: 0 });
      const bytes = readFileSync(file);
      if (format === 'csv') expect(bytes.toString('utf8')).toMatch(/^\ufeffKelompok;Jumlah aduan masuk;/);
      if (format === 'xlsx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
      if (format === 'html') expect(bytes.toString('utf8')).toContain('<h1>Laporan Kinerja Pengelolaan Pengaduan</h1>');
    }
    expect(readdirSync(folder).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('writes the Rekap SP4N-LAPOR! of two months as one workbook, and prints it as JSON', async () => {
    const file = join(folder, 'rekap.xlsx');
    const written = await report('recap', '--month', '2026-03', '--month', '2026-04', '--output', file, '--json');
    expect(written.code).toBe(0);
    expect(JSON.parse(written.stdout)).toEqual({
      output: file,
      months: [
        { month: '2026-03', rows: 2 },
        { month: '2026-04', rows: 1 },
      ],
    });
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const printed = await report('recap', '--month', '2026-03', '--json');
    const rows = JSON.parse(printed.stdout).months[0].rows;
    expect(rows.map((row: { no: number; date: string; title: string }) => [row.no, row.date, row.title])).toEqual([
      [1, '16 Maret 2026', 'Jalan berlubang'],
      [2, '16 Maret 2026', 'Lampu jalan mati'],
    ]);
  });

  it('answers wrong usage with exit code 2, a message in Bahasa Indonesia and no file', async () => {
    const file = join(folder, 'salah.json');
    const badGroup = await report('kpi', '--from', '2026-03-01', '--to', '2026-04-01', '--group-by', 'dinas', '--output', file);
    expect(badGroup.code).toBe(2);
    expect(badGroup.stderr).toMatch(/^aduan: --group-by harus salah satu dari unit, category, channel, kelurahan, month/);
    const badPeriod = await report('kpi', '--from', '2026-04-01', '--to', '2026-03-01', '--output', file);
    expect(badPeriod.code).toBe(2);
    expect(badPeriod.stderr).toContain('harus setelah from');
    const badMonth = await report('recap', '--month', 'Maret', '--json');
    expect(badMonth.code).toBe(2);
    expect(badMonth.stderr).toContain('harus YYYY-MM');
    expect(existsSync(file)).toBe(false);
    expect(badGroup.stderr + badPeriod.stderr + badMonth.stderr).not.toMatch(/\n\s+at /);
  });
});
