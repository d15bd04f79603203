import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '@aduan/core';
import { PGlite } from '@electric-sql/pglite';
import { createPGliteDriver, createPGliteStore } from '@aduan/store-postgres/pglite';
import { createSqlProbe } from '@aduan/store-postgres/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureStreams } from '../__fixtures__/capture.js';
import { run } from '../run.js';

const coordinator = { id: 'koordinator', role: 'coordinator' } as const;

describe('aduan verify', () => {
  let dataDir: string;
  let ids: string[];

  beforeEach(async () => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'aduan-cli-')), 'data');
    const store = await createPGliteStore({ dataDir });
    const desk = createDesk({ store });
    ids = [];
    for (const title of ['Jalan berlubang', 'Lampu jalan mati', 'Sampah menumpuk']) {
      const { complaint } = await desk.receive(coordinator, {
        channel: 'in_person',
        title,
        description: `${title} di Kelurahan Podosugih`,
      });
      await desk.verify(coordinator, { complaintId: complaint.id });
      ids.push(complaint.id);
    }
    await desk.close();
  });

  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('checks every chain and prints one JSON result', async () => {
    const io = captureStreams();
    const code = await run(['verify', '--data-dir', dataDir, '--json'], { env: {}, streams: io.streams });
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout())).toEqual({ checked: 3, broken: [] });
  });

  it('names a tampered complaint and ends with exit code 1', async () => {
    // Someone with access to the data folder edits a stored event behind the desk's back.
    const pglite = await PGlite.create(dataDir);
    await createSqlProbe(createPGliteDriver(pglite)).tamperEventPayload(ids[1]!, 2, {
      classification: 'aspirasi',
      note: 'diubah diam-diam',
    });
    await pglite.close();
    const io = captureStreams();
    const code = await run(['verify', '--data-dir', dataDir, '--json'], { env: {}, streams: io.streams });
    expect(code).toBe(1);
    const result = JSON.parse(io.stdout()) as { checked: number; broken: { complaintId: string; brokenAtVersion: number }[] };
    expect(result.checked).toBe(3);
    expect(result.broken).toEqual([expect.objectContaining({ complaintId: ids[1], brokenAtVersion: 2 })]);
  });

  it('says in Bahasa Indonesia which store to name, with exit code 2, when none is given', async () => {
    const io = captureStreams();
    expect(await run(['verify'], { env: {}, streams: io.streams })).toBe(2);
    expect(io.stderr()).toMatch(/^aduan: Tentukan penyimpanan: --database-url atau variabel DATABASE_URL/);
    expect(io.stderr()).not.toMatch(/\n\s+at /);
  });

  it('answers an unknown command with exit code 2 and the usage', async () => {
    const io = captureStreams();
    expect(await run(['verifikasi'], { env: {}, streams: io.streams })).toBe(2);
    expect(io.stderr()).toContain("unknown command 'verifikasi'");
  });
});
