import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '@aduan/store-postgres';
import { captureStreams } from '../__fixtures__/capture.js';
import { run } from '../run.js';

const HEADER =
  'Tracking ID;Tanggal Laporan Masuk;Waktu Laporan Masuk;Nama Pelapor;Judul Laporan;Isi Laporan Awal;Tipe Laporan (Anonim/Rahasia);Instansi Terdisposisi;Status Laporan';
const INFO = 'Daftar Laporan SP4N-LAPOR!\nNama Instansi;Pemerintah Kota Pekalongan\n\n';
const row = (id: string, status: string, extra: { date?: string; privacy?: string; agency?: string } = {}) =>
  [
    id,
    extra.date ?? '3 Jan 2026',
    '08:30',
    'Siti',
    `Jalan berlubang ${id}`,
    'Jalan di depan SD berlubang dalam.',
    extra.privacy ?? '',
    extra.agency ?? '',
    status,
  ].join(';');

describe('aduan import lapor', () => {
  let dir: string;
  let dataDir: string;
  const aduan = async (...args: string[]) => {
    const io = captureStreams();
    const code = await run(args, { env: {}, streams: io.streams });
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aduan-cli-lapor-'));
    dataDir = join(dir, 'data');
    expect((await aduan('migrate', '--data-dir', dataDir, '--json')).stdout).toBe(
      `${JSON.stringify({ schema: 'aduan', version: LATEST_SCHEMA_VERSION })}\n`,
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports an export, prints one JSON result with exit 0, and finds nothing to do the second time', async () => {
    const path = file(
      'lapor.csv',
      `${INFO}${HEADER}\n${row('5049672', 'Terverifikasi')}\n${row('5049673', 'Ditutup oleh Admin', { privacy: 'Rahasia', agency: 'Dinas Kesehatan' })}\n`,
    );

    const first = await aduan('import', 'lapor', path, '--data-dir', dataDir, '--json');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(first.stdout)).toEqual({ inserted: 2, updated: 0, unchanged: 0, skipped: 0, problems: [] });

    const again = await aduan('import', 'lapor', path, '--data-dir', dataDir, '--json');
    expect(JSON.parse(again.stdout)).toEqual({ inserted: 0, updated: 0, unchanged: 2, skipped: 0, problems: [] });
  });

  it('reports bad rows by row and column with exit 1, and imports the good ones', async () => {
    const path = file(
      'lapor.csv',
      `${INFO}${HEADER}\n${row('5049672', 'Terverifikasi')}\n${row('5049673', 'Terverifikasi', { date: '32 Jan 2026' })}\n${row('5049674', 'Entah')}\n`,
    );

    const { code, stdout } = await aduan('import', 'lapor', path, '--data-dir', dataDir);

    expect(code).toBe(1);
    expect(stdout).toContain('1 baru (inserted), 0 diperbarui (updated), 0 tetap (unchanged), 2 dilewati (skipped)');
    expect(stdout).toContain('baris 6, kolom "Tanggal Laporan Masuk": tanggal "32 Jan 2026" tidak dikenali');
    expect(stdout).toContain('baris 7, kolom "Status Laporan": status "Entah" tidak dikenal');
  });

  it('takes a status mapping from a JSON file, and refuses one that maps to no state with exit 2', async () => {
    const path = file('lapor.csv', `${INFO}${HEADER}\n${row('5049672', 'Entah')}\n`);
    const good = file('status.json', JSON.stringify({ Entah: 'verified' }));
    const bad = file('salah.json', JSON.stringify({ Entah: 'selesai' }));

    const refused = await aduan('import', 'lapor', path, '--data-dir', dataDir, '--status-map', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--status-map: status "Entah" menuju "selesai"');

    const taken = await aduan('import', 'lapor', path, '--data-dir', dataDir, '--status-map', good, '--json');
    expect(JSON.parse(taken.stdout)).toMatchObject({ inserted: 1, problems: [] });
  });

  it('checks an export on --dry-run without writing, with the report and exit code the import then has', async () => {
    const clean = file('bersih.csv', `${INFO}${HEADER}\n${row('5049672', 'Terverifikasi')}\n${row('5049673', 'Belum Terverifikasi')}\n`);
    const dry = await aduan('import', 'lapor', clean, '--dry-run', '--data-dir', dataDir, '--json');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(dry.stdout)).toEqual({ inserted: 2, updated: 0, unchanged: 0, skipped: 0, problems: [], dryRun: true });
    const exported = await aduan('export', 'complaints', '--data-dir', dataDir, '--json', '--output', join(dir, 'kosong.csv'));
    expect(JSON.parse(exported.stdout)).toMatchObject({ exported: 0 });

    const imported = await aduan('import', 'lapor', clean, '--data-dir', dataDir, '--json');
    expect(JSON.parse(imported.stdout)).toEqual({ inserted: 2, updated: 0, unchanged: 0, skipped: 0, problems: [] });

    const mixed = file(
      'campur.csv',
      `${INFO}${HEADER}\n${row('5049672', 'Ditutup oleh Admin', { agency: 'Dinas Kesehatan' })}\n${row('5049673', 'Belum Terverifikasi')}\n` +
        `${row('5049674', 'Entah')}\n${row('5049672', 'Terverifikasi')}\n${row('5049675', 'Terverifikasi')}\n`,
    );
    const checked = await aduan('import', 'lapor', mixed, '--dry-run', '--data-dir', dataDir);
    expect(checked.code).toBe(1);
    expect(checked.stdout.split('\n').slice(0, 2)).toEqual([
      'Uji coba: tidak ada yang ditulis (dry run: nothing written)',
      '1 baru (inserted), 1 diperbarui (updated), 1 tetap (unchanged), 2 dilewati (skipped)',
    ]);
    expect(checked.stdout).toContain('baris 7, kolom "Status Laporan": status "Entah" tidak dikenal');
    expect(checked.stdout).toContain('baris 8, kolom "Tracking ID": Tracking ID 5049672 sudah ada di baris 5');

    const dryJson = JSON.parse((await aduan('import', 'lapor', mixed, '--dry-run', '--data-dir', dataDir, '--json')).stdout);
    const real = await aduan('import', 'lapor', mixed, '--data-dir', dataDir, '--json');
    expect(real.code).toBe(1);
    expect(dryJson).toEqual({ ...JSON.parse(real.stdout), dryRun: true });
  });

  it('refuses an unreadable file on --dry-run as on an import, with exit 2', async () => {
    const { code, stdout, stderr } = await aduan(
      'import',
      'lapor',
      join(dir, 'tidak-ada.xlsx'),
      '--dry-run',
      '--data-dir',
      dataDir,
      '--json',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^aduan: Berkas .* tidak dapat dibaca \(the file cannot be read\): /);
  });

  it('refuses an unreadable file with exit 2, one line in Bahasa Indonesia and no stack trace', async () => {
    const path = file('foto.xlsx', '\u0000\u0001PNG');
    for (const target of [path, join(dir, 'tidak-ada.xlsx')]) {
      const { code, stdout, stderr } = await aduan('import', 'lapor', target, '--data-dir', dataDir, '--json');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^aduan: Berkas .* tidak dapat dibaca \(the file cannot be read\): /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exports the complaints as CSV on stdout and as XLSX to a file, with the Tracking ID and no identity', async () => {
    const path = file('lapor.csv', `${INFO}${HEADER}\n${row('5049672', 'Terverifikasi')}\n${row('5049673', 'Belum Terverifikasi')}\n`);
    await aduan('import', 'lapor', path, '--data-dir', dataDir);

    const csv = await aduan('export', 'complaints', '--data-dir', dataDir);
    expect(csv.code).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'Nomor Tiket,Status,Kanal,Klasifikasi,Kategori,Judul,Unit,Kelurahan,Anonim,Rahasia,Masuk (WIB),Diperbarui (WIB),Tenggat (WIB),Tracking ID SP4N-LAPOR!',
    );
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.includes(',verified,lapor,') && line.endsWith(',5049672'))).toBe(true);
    expect(csv.stdout).not.toContain('Siti');

    const xlsx = join(dir, 'aduan.xlsx');
    const written = await aduan('export', 'complaints', '--format', 'xlsx', '--output', xlsx, '--data-dir', dataDir, '--json');
    expect(JSON.parse(written.stdout)).toEqual({ exported: 2, format: 'xlsx', file: xlsx });
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet('Aduan')?.rowCount).toBe(3);
  });

  it('refuses an xlsx export without --output, with exit 2', async () => {
    const { code, stderr } = await aduan('export', 'complaints', '--format', 'xlsx', '--data-dir', dataDir);
    expect(code).toBe(2);
    expect(stderr).toContain('Tentukan --output');
  });
});

describe('aduan import logbook', () => {
  it('validates without writing on --dry-run, then imports, then finds nothing new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aduan-cli-logbook-'));
    const dataDir = join(dir, 'data');
    const aduan = async (...args: string[]) => {
      const io = captureStreams();
      const code = await run(args, { env: {}, streams: io.streams });
      return { code, stdout: io.stdout() };
    };
    try {
      await aduan('migrate', '--data-dir', dataDir);
      const path = join(dir, 'logbook.csv');
      writeFileSync(
        path,
        'Tanggal;Tempat atau Acara;Judul;Uraian\n3 Jan 2026;Teras Walikota;Lampu jalan mati;Lampu jalan di Jl. Hayam Wuruk mati.\n4 Jan 2026;;Kosong;Tanpa tempat\n',
      );

      const dry = await aduan('import', 'logbook', path, '--dry-run', '--data-dir', dataDir, '--json');
      expect(dry.code).toBe(1);
      expect(JSON.parse(dry.stdout)).toEqual({
        inserted: 1,
        updated: 0,
        unchanged: 0,
        skipped: 1,
        problems: [{ row: 3, column: 'Tempat atau Acara', message: 'kosong: tempat atau acara wajib diisi' }],
        dryRun: true,
      });
      expect(JSON.parse((await aduan('import', 'logbook', path, '--data-dir', dataDir, '--json')).stdout)).toMatchObject({ inserted: 1 });
      expect(JSON.parse((await aduan('import', 'logbook', path, '--data-dir', dataDir, '--json')).stdout)).toMatchObject({
        inserted: 0,
        unchanged: 1,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
