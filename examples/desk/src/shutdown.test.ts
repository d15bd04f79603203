import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { startDeskService } from './service.js';

describe('closing the desk service', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'aduan-desk-close-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('drops a connection whose request never completes once the grace period is over, and closes', async () => {
    const service = await startDeskService(readConfig({ PORT: '0', ADUAN_DATA_DIR: dataDir, ADUAN_DEMO: '0' }), { shutdownGraceMs: 200 });
    const { hostname, port } = new URL(service.url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // Half a request: the server waits for the rest (Node's header timeout is a minute), so the connection is never idle.
    socket.write('GET /petugas/masuk HTTP/1.1\r\nHost: desk\r\n');
    const dropped = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await service.close();
    await dropped;
    expect(socket.destroyed).toBe(true);
    // Well under Node's own header timeout (60 s), which would otherwise be what ends the connection.
  }, 30_000);
});
