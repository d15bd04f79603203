import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureStreams } from '../__fixtures__/capture.js';
import { run } from '../run.js';

interface Result {
  complaints: number;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  deadlines: { met: number; missed: number };
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0);

describe('aduan simulate', () => {
  let dir: string;
  const aduan = async (...args: string[]) => {
    const io = captureStreams();
    const code = await run(args, { env: {}, streams: io.streams });
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };
  // Small and quick: a sweep per simulated day over a short arrival window.
  const small = ['--complaints', '12', '--days', '10', '--sweep-every', '24', '--seed', '5'];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aduan-cli-simulate-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a seeded year into the store with one JSON result, the same for the same seed, and the histories verify', async () => {
    const results: Result[] = [];
    for (const name of ['a', 'b']) {
      const dataDir = join(dir, name);
      expect((await aduan('migrate', '--data-dir', dataDir)).code).toBe(0);
      const simulated = await aduan('simulate', ...small, '--data-dir', dataDir, '--json');
      expect(simulated).toMatchObject({ code: 0, stderr: '' });
      results.push(JSON.parse(simulated.stdout) as Result);
      expect(JSON.parse((await aduan('verify', '--data-dir', dataDir, '--json')).stdout)).toEqual({ checked: 12, broken: [] });
    }
    const [first, second] = results as [Result, Result];
    expect(second).toEqual(first);
    expect(first.complaints).toBe(12);
    expect(sum(first.byStatus)).toBe(12);
    expect(sum(first.byChannel)).toBe(12);
    expect(first.deadlines.met + first.deadlines.missed).toBeGreaterThanOrEqual(12);
  }, 240_000);

  it('refuses a store that already holds complaints unless --append, saying so in both languages', async () => {
    const dataDir = join(dir, 'data');
    await aduan('migrate', '--data-dir', dataDir);
    expect((await aduan('simulate', ...small, '--data-dir', dataDir)).code).toBe(0);

    const refused = await aduan('simulate', ...small, '--data-dir', dataDir, '--json');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toContain('Penyimpanan sudah berisi 12 aduan: tambahkan --append');
    expect(refused.stderr).toContain('(the store already holds 12 complaints: pass --append');

    const appended = await aduan('simulate', ...small, '--seed', '6', '--append', '--data-dir', dataDir);
    expect(appended.code).toBe(0);
    expect(appended.stdout).toContain('12 aduan disimulasikan (complaints simulated)');
    expect(JSON.parse((await aduan('verify', '--data-dir', dataDir, '--json')).stdout)).toEqual({ checked: 24, broken: [] });
  }, 240_000);

  it('refuses wrong options and a missing store with exit 2', async () => {
    const dataDir = join(dir, 'data');
    const days = await aduan('simulate', '--days', '400', '--data-dir', dataDir);
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--days harus bilangan bulat 1 sampai 366 (must be a whole number from 1 to 366), bukan "400"');
    expect((await aduan('simulate', '--complaints', 'banyak', '--data-dir', dataDir)).code).toBe(2);
    expect((await aduan('simulate')).stderr).toContain('Tentukan penyimpanan');
  });
});
