import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreLockedError, StoreFailureError } from '@aduan/spec';
import { lock } from 'proper-lockfile';

/** The lock's folder inside the data folder (PGlite ignores what it does not know there). */
const LOCK_NAME = 'aduan.lock';
/** Who holds the lock, for the message the next opener reads. */
const HOLDER_NAME = 'aduan.lock.holder';

/** Exclusive use of one data folder by this process, until `release`. */
export interface DataDirLock {
  /** Set when the lock was lost while held (its folder removed or refreshed by someone else). */
  readonly lost: StoreLockedError | undefined;
  release(): Promise<void>;
}

export interface DataDirLockOptions {
  /** How long a lock nobody refreshes is honoured (ms, at least 2000): a crashed holder's folder opens again after it. */
  staleMs: number;
}

/**
 * Takes the folder's lock, or fails with `StoreLockedError` naming the folder (and the holder,
 * when it says). The lock is a folder made atomically by `proper-lockfile`, refreshed by the
 * holder every `staleMs / 2`: a holder that died stops refreshing, and once `staleMs` has passed the
 * next opener takes the lock over. Works across containers and PID namespaces, where a PID check would not.
 */
export async function lockDataDir(dataDir: string, options: DataDirLockOptions): Promise<DataDirLock> {
  let lost: StoreLockedError | undefined;
  let release: () => Promise<void>;
  try {
    release = await lock(dataDir, {
      lockfilePath: join(dataDir, LOCK_NAME),
      stale: options.staleMs,
      retries: 0,
      realpath: false,
      onCompromised: (error) => {
        lost = new StoreLockedError(dataDir, `its lock was lost while held: ${error.message}`);
      },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') throw new StoreLockedError(dataDir, holderOf(dataDir));
    throw new StoreFailureError(`Could not lock the data folder ${dataDir}`, { cause: error });
  }
  const holderFile = join(dataDir, HOLDER_NAME);
  writeFileSync(holderFile, `process ${process.pid} on ${hostname()} since ${new Date().toISOString()}`);
  return {
    get lost() {
      return lost;
    },
    async release() {
      // A lock already lost is not ours to remove, nor is the holder file then.
      if (lost) return;
      rmSync(holderFile, { force: true });
      await release();
    },
  };
}

function holderOf(dataDir: string): string | undefined {
  try {
    return readFileSync(join(dataDir, HOLDER_NAME), 'utf8').slice(0, 200) || undefined;
  } catch {
    return undefined;
  }
}
