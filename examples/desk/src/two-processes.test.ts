import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBinaries, startThrowawayCluster, type ThrowawayCluster } from '@aduan/store-postgres/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { DEMO_PASSWORD } from './demo-seed.js';
import { startDeskService, type DeskService } from './service.js';
import { Client } from './test-support/desk-fixture.js';

const binaries = findPostgresBinaries();
if (!binaries && process.env.ADUAN_REQUIRE_PG_SERVER === '1')
  throw new Error('ADUAN_REQUIRE_PG_SERVER=1 requires PostgreSQL server binaries');

describe.skipIf(!binaries)('two desk processes on one PostgreSQL server', () => {
  let cluster: ThrowawayCluster;
  const services: DeskService[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'aduan-desk-two-'));

  beforeAll(async () => {
    cluster = await startThrowawayCluster({ binDir: binaries! });
    const env = {
      PORT: '0',
      DATABASE_URL: cluster.connectionString(),
      ADUAN_SESSION_SECRET: 'rahasia-sesi-bersama-0123456789abcdef',
      ADUAN_PSEUDONYM_KEY: 'kunci-pseudonim-bersama',
      ADUAN_DATA_DIR: folder,
    };
    // Both start at once: the demo city is seeded once, whichever wins the accounts.
    services.push(
      ...(await Promise.all([
        startDeskService(readConfig(env), { demoComplaints: 6 }),
        startDeskService(readConfig(env), { demoComplaints: 6 }),
      ])),
    );
  });

  afterAll(async () => {
    await Promise.all(services.map((service) => service.close()));
    await cluster?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('share accounts, sessions and complaints', async () => {
    const [first, second] = services as [DeskService, DeskService];
    const client = new Client(first.url);
    await client.get('/petugas/masuk');
    expect((await client.post('/petugas/masuk', { username: 'koordinator', password: DEMO_PASSWORD, lanjut: '/petugas' })).status).toBe(
      303,
    );
    const onFirst = await client.get('/petugas/antrean/semua');
    // The same cookie jar against the other process: its cookie and CSRF token hold there too.
    const other = client.at(second.url);
    const onSecond = await other.get('/petugas/antrean/semua');
    expect(onSecond.status).toBe(200);
    const count = (text: string) => /Semua Aduan <span class="count">(\d+)/.exec(text)?.[1];
    expect(count(onSecond.text)).toBe(count(onFirst.text));
    expect(Number(count(onFirst.text))).toBeGreaterThanOrEqual(6);
  });
});
