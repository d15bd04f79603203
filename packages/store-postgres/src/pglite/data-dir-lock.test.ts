import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreLockedError } from '@aduan/spec';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker } from '../test-support/worker-bundle.js';
import { createPGliteStore } from './create-pglite-store.js';

/** Resolves with the first of `words` the child printed; rejects with its stderr if it exits first. */
function printed(child: ChildProcess, ...words: string[]): Promise<string> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const word = words.find((candidate) => chunk.toString().includes(candidate));
      if (word) resolve(word);
    });
    child.once('exit', (code) => reject(new Error(`holder exited (${code}) before printing ${words.join(' or ')}: ${stderr}`)));
  });
}

/** Opening fails with StoreLockedError while the folder is held; returns the error. */
async function refused(dataDir: string): Promise<StoreLockedError> {
  const error = await createPGliteStore({ dataDir }).then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (reason: unknown) => reason,
  );
  expect(StoreLockedError.isInstance(error), `expected StoreLockedError, got ${String(error)}`).toBe(true);
  return error as StoreLockedError;
}

describe('a PGlite data folder is used by one process at a time', () => {
  let holder: Awaited<ReturnType<typeof bundleWorker>>;
  const children: ChildProcess[] = [];
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'aduan-lock-'));
    folders.push(dir);
    return join(dir, 'data');
  };
  const start = (dataDir: string) => {
    const child = spawn(process.execPath, [holder.file, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(child);
    return child;
  };
  const killed = async (child: ChildProcess) => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };

  beforeAll(async () => {
    holder = await bundleWorker('pglite-holder.ts', ['@electric-sql/pglite']);
  });
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  afterAll(() => holder?.remove());

  it('refuses a second process with StoreLockedError naming the folder and its holder', async () => {
    const dataDir = folder();
    const child = start(dataDir);
    await printed(child, 'ready');
    const error = await refused(dataDir);
    expect(error.location).toBe(dataDir);
    expect(error.message).toContain(dataDir);
    expect(error.message).toContain(`process ${child.pid}`);
    // The refused opener left the holder's lock alone.
    expect((await refused(dataDir)).location).toBe(dataDir);
  }, 60_000);

  it('lets the next process in once the holder closed its store, with everything it wrote', async () => {
    const dataDir = folder();
    const child = start(dataDir);
    await printed(child, 'ready');
    const closed = printed(child, 'closed');
    child.stdin?.write('close\n');
    await closed;
    const store = await createPGliteStore({ dataDir });
    try {
      expect((await store.doLoadProjection(`held-${child.pid}`))?.version).toBe(1);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('takes over at once the lock of a holder that died (SIGKILL), losing nothing it acknowledged', async () => {
    const dataDir = folder();
    const child = start(dataDir);
    await printed(child, 'ready');
    await killed(child);
    const store = await createPGliteStore({ dataDir });
    try {
      expect((await store.doLoadProjection(`held-${child.pid}`))?.version).toBe(1);
      expect((await refused(dataDir)).location).toBe(dataDir);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('lets exactly one of two processes starting at once take over a dead holder’s folder', async () => {
    const dataDir = folder();
    const dead = start(dataDir);
    await printed(dead, 'ready');
    await killed(dead);
    const racers = [start(dataDir), start(dataDir)];
    const outcomes = await Promise.all(racers.map((child) => printed(child, 'ready', 'locked')));
    expect(outcomes.sort()).toEqual(['locked', 'ready']);
  }, 90_000);

  it('refuses a second store in the same process too, and opens again after close()', async () => {
    const dataDir = folder();
    const first = await createPGliteStore({ dataDir });
    try {
      expect((await refused(dataDir)).message).toContain('another store of this process');
    } finally {
      await first.close();
    }
    const second = await createPGliteStore({ dataDir });
    await second.close();
  }, 60_000);
});
