import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDesk } from '@aduan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackends } from './test-support/backends.js';
import { bundleAppendWorker } from './test-support/worker-bundle.js';

const { server } = useBackends({ server: true });
const KILLS = 50;

/** Resolves once the child printed "ready"; rejects with its stderr if it exits first. */
function ready(child: ChildProcess): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${stderr}`)));
  });
}

describe.skipIf(!server.available)('crash safety on a PostgreSQL server', () => {
  let worker: Awaited<ReturnType<typeof bundleAppendWorker>>;
  beforeAll(async () => {
    worker = await bundleAppendWorker();
  });
  afterAll(() => worker?.remove());

  it(`never leaves a half-written command when the writer is killed (SIGKILL) ${KILLS} times`, async () => {
    const { store, sql, schema, connectionString, cleanup } = await server.fresh();
    const s = `"${schema}"`;
    try {
      for (let round = 0; round < KILLS; round++) {
        const child = spawn(process.execPath, [worker.file, String(connectionString), schema], { stdio: ['ignore', 'pipe', 'pipe'] });
        const exited = new Promise((resolve) => child.once('exit', resolve));
        await ready(child);
        await sleep(5 + Math.floor(Math.random() * 40));
        child.kill('SIGKILL');
        await exited;
      }

      const count = async (query: string) =>
        Number((await sql.query<{ n: number }>(`SELECT count(*)::integer AS n FROM (${query}) q`)).rows[0]?.n);
      const events = await count(`SELECT 1 FROM ${s}.events`);
      expect(events).toBeGreaterThan(KILLS * 2);
      // Every stream has its projection, pointing at the stream's last event.
      expect(await count(`SELECT complaint_id FROM ${s}.events EXCEPT SELECT id FROM ${s}.projections`)).toBe(0);
      expect(
        await count(`SELECT p.id FROM ${s}.projections p
          JOIN LATERAL (SELECT version, hash FROM ${s}.events e WHERE e.complaint_id = p.id ORDER BY version DESC LIMIT 1) h ON true
         WHERE h.version <> p.version OR h.hash <> p.last_event_hash`),
      ).toBe(0);
      // Every message-bearing event has its outbox row, and no outbox row lacks its event.
      expect(
        await count(`SELECT e.complaint_id FROM ${s}.events e
          LEFT JOIN ${s}.outbox o ON o.idempotency_key = e.complaint_id || ':' || e.version
         WHERE e.type IN ('complaint-info-requested', 'complaint-responded') AND o.id IS NULL`),
      ).toBe(0);
      expect(
        await count(`SELECT o.id FROM ${s}.outbox o
          LEFT JOIN ${s}.events e ON o.idempotency_key = e.complaint_id || ':' || e.version WHERE e.complaint_id IS NULL`),
      ).toBe(0);
      // Intake wrote its dedupe key and identity with the first event, or nothing at all.
      expect(await count(`SELECT id FROM ${s}.projections EXCEPT SELECT complaint_id FROM ${s}.dedupe_keys`)).toBe(0);
      expect(await count(`SELECT complaint_id FROM ${s}.dedupe_keys EXCEPT SELECT id FROM ${s}.projections`)).toBe(0);
      expect(await count(`SELECT complainant_id FROM ${s}.projections EXCEPT SELECT complainant_id FROM ${s}.identities`)).toBe(0);

      const desk = createDesk({ store });
      const { rows } = await sql.query<{ id: string }>(`SELECT id FROM ${s}.projections`);
      for (const { id } of rows) expect(await desk.verifyHistory(id), id).toMatchObject({ ok: true });
    } finally {
      await cleanup();
    }
  }, 90_000);
});
