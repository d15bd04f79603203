import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKE_LAPOR_INTERNAL_TEXT, startFakeLaporServer, type FakeLaporServer } from '@aduan/lapor/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureStreams } from '../__fixtures__/capture.js';
import { run } from '../run.js';

const TOKEN = 'token-integrasi-pekalongan';
/** A report as the export has it (the fake serves the export's columns). */
const report = (id: string, status: string, extra: Record<string, string> = {}) => ({
  'Tracking ID': id,
  'Tanggal Laporan Masuk': '3 Jan 2026',
  'Waktu Laporan Masuk': '08:30',
  'Nama Pelapor': 'Siti Aminah',
  'Judul Laporan': `Jalan berlubang ${id}`,
  'Isi Laporan Awal': 'Jalan di depan SD Podosugih berlubang dalam.',
  'Tipe Laporan (Anonim/Rahasia)': '',
  'Instansi Terdisposisi': 'Dinas Pekerjaan Umum',
  'Status Laporan': status,
  ...extra,
});
const MONTH = [
  report('5049672', 'Belum Terverifikasi'),
  report('5049673', 'Terverifikasi', { 'Tipe Laporan (Anonim/Rahasia)': 'Rahasia' }),
  report('5049674', 'Terdisposisi'),
  report('5049675', 'Ditutup oleh Sistem'),
  report('5049676', 'Diarsipkan oleh Admin'),
];

describe('aduan sync lapor', () => {
  let dir: string;
  let dataDir: string;
  let fake: FakeLaporServer;
  const aduan = async (args: string[], env: Record<string, string> = { ADUAN_LAPOR_TOKEN: TOKEN }) => {
    const io = captureStreams();
    const code = await run(args, { env, streams: io.streams });
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };
  const sync = (...args: string[]) => aduan(['sync', 'lapor', '--api', fake.url, '--data-dir', dataDir, ...args]);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aduan-cli-sync-'));
    dataDir = join(dir, 'data');
    expect((await aduan(['migrate', '--data-dir', dataDir])).code).toBe(0);
    fake = await startFakeLaporServer({ token: TOKEN, reports: MONTH });
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pulls every page through the desk with one JSON result, saves the cursor, and finds nothing new the second time', async () => {
    const cursorFile = join(dir, 'lapor.cursor');
    const first = await sync('--cursor-file', cursorFile, '--page-size', '2', '--json');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(first.stdout) as { cursor: string };
    expect(result).toEqual({ inserted: 5, updated: 0, unchanged: 0, skipped: 0, problems: [], cursor: expect.any(String), pages: 3 });
    expect(readFileSync(cursorFile, 'utf8')).toBe(`${result.cursor}\n`);

    const again = await sync('--cursor-file', cursorFile, '--json');
    expect(JSON.parse(again.stdout)).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      problems: [],
      cursor: result.cursor,
      pages: 1,
    });
    expect((await aduan(['verify', '--data-dir', dataDir, '--json'])).stdout).toBe(`${JSON.stringify({ checked: 5, broken: [] })}\n`);
  });

  it('resumes from the saved cursor after a failure part-way, with exit 2 and a hint, losing nothing and importing nothing twice', async () => {
    const cursorFile = join(dir, 'lapor.cursor');
    fake.inject({ kind: 'pass' }, { kind: 'status', status: 403 });
    const failed = await sync('--cursor-file', cursorFile, '--page-size', '2', '--json');
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain(`kursor tersimpan di ${cursorFile}`);
    expect(failed.stderr).toContain('SP4N-LAPOR! menolak token (HTTP 403)');

    const resumed = await sync('--cursor-file', cursorFile, '--page-size', '2', '--json');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ inserted: 3, unchanged: 0, skipped: 0, pages: 2 });
    expect(JSON.parse((await aduan(['verify', '--data-dir', dataDir, '--json'])).stdout)).toEqual({ checked: 5, broken: [] });
  });

  it('reports bad records by place and column with exit 1', async () => {
    fake.put(report('5049677', 'Entah'));
    const { code, stdout } = await sync();
    expect(code).toBe(1);
    expect(stdout).toContain('5 baru (inserted), 0 diperbarui (updated), 0 tetap (unchanged), 1 dilewati (skipped)');
    expect(stdout).toContain('baris 6, kolom "Status Laporan": status "Entah" tidak dikenal');
  });

  it('takes the token only from ADUAN_LAPOR_TOKEN, and says so in both languages', async () => {
    const missing = await aduan(['sync', 'lapor', '--api', fake.url, '--data-dir', dataDir], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Isi variabel ADUAN_LAPOR_TOKEN dengan token integrasi SP4N-LAPOR! (set ADUAN_LAPOR_TOKEN');
    expect((await sync('--token', TOKEN)).code).toBe(2);
    expect(fake.requests).toHaveLength(0);

    const wrong = await aduan(['sync', 'lapor', '--api', fake.url, '--data-dir', dataDir], { ADUAN_LAPOR_TOKEN: 'token-salah' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('SP4N-LAPOR! menolak token (HTTP 401)');
    expect(wrong.stderr).not.toContain('token-salah');
    expect(wrong.stderr).not.toContain(FAKE_LAPOR_INTERNAL_TEXT);
  });

  it('refuses wrong usage with exit 2 before any request', async () => {
    writeFileSync(join(dir, 'c'), 'x');
    expect((await sync('--page-size', '0')).code).toBe(2);
    expect((await sync('--cursor', 'abc', '--cursor-file', join(dir, 'c'))).code).toBe(2);
    expect((await aduan(['sync', 'lapor', '--api', 'ftp://lapor.go.id/', '--data-dir', dataDir])).stderr).toContain(
      'baseUrl: must be an http(s) URL',
    );
    expect(fake.requests).toHaveLength(0);
  });
});
