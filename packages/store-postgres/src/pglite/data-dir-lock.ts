import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { StoreFailureError, StoreLockedError } from '@aduan/spec';
import { lock } from 'proper-lockfile';

/** The lock inside the data folder (PGlite ignores what it does not know there): a folder made atomically. */
const LOCK_NAME = 'aduan.lock';
/** Who holds the lock: read by the next opener to tell a dead holder from a live one, and for its message. */
const HOLDER_NAME = 'aduan.lock.holder';
/** Taken briefly while a dead holder's lock is removed, so two openers cannot both take it over. */
const TAKEOVER_NAME = 'aduan.lock.takeover';
/**
 * How long a lock nobody refreshes is honoured when its holder cannot be checked (another
 * machine, no holder file). The holder refreshes it every minute; a PGlite call blocking the event
 * loop for seconds never comes near this.
 */
const UNCHECKABLE_STALE_MS = 10 * 60_000;
const REFRESH_MS = 60_000;

/** Folders this process holds: a second store here is refused at once. */
const heldHere = new Set<string>();

interface Holder {
  pid: number;
  hostname: string;
  since: string;
}

/** Exclusive use of one data folder by this process, until `release`. */
export interface DataDirLock {
  /** Set when the lock was lost while held (its folder removed or refreshed by someone else). */
  readonly lost: StoreLockedError | undefined;
  release(): Promise<void>;
}

function readHolder(folder: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(join(folder, HOLDER_NAME), 'utf8')) as Partial<Holder>;
    return typeof holder.pid === 'number' && typeof holder.hostname === 'string' ? (holder as Holder) : undefined;
  } catch {
    return undefined;
  }
}

const describeHolder = (holder: Holder | undefined) =>
  holder ? `process ${holder.pid} on ${holder.hostname} since ${holder.since}` : undefined;

/**
 * True only when the holder surely no longer runs: it was on this machine and its process is gone,
 * or it had this process's id in an earlier life (a container restarts as PID 1 again).
 */
function holderIsGone(holder: Holder | undefined, folder: string): boolean {
  if (!holder || holder.hostname !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(folder);
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as { code?: unknown }).code === 'ESRCH';
  }
}

const takeLock = (folder: string, onCompromised: (error: Error) => void) =>
  lock(folder, {
    lockfilePath: join(folder, LOCK_NAME),
    stale: UNCHECKABLE_STALE_MS,
    update: REFRESH_MS,
    retries: 0,
    realpath: false,
    onCompromised,
  });

const isLocked = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ELOCKED';

/**
 * Takes the folder's lock, or fails with `StoreLockedError` naming the folder and its holder. A
 * holder that died on this machine (killed, crashed) is recognised at once by its process id and
 * its lock taken over; a holder on another machine is honoured until its lock has gone unrefreshed
 * for ten minutes.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const folder = resolve(dataDir);
  if (heldHere.has(folder)) throw new StoreLockedError(dataDir, `another store of this process (${process.pid})`);
  let lost: StoreLockedError | undefined;
  const onCompromised = (error: Error) => {
    lost = new StoreLockedError(dataDir, `its lock was lost while held: ${error.message}`);
  };
  let release: () => Promise<void>;
  try {
    release = await takeLock(folder, onCompromised).catch(async (error: unknown) => {
      if (!isLocked(error)) throw error;
      const holder = readHolder(folder);
      if (!holderIsGone(holder, folder)) throw new StoreLockedError(dataDir, describeHolder(holder));
      return takeOver(folder, holder!, dataDir, onCompromised);
    });
  } catch (error) {
    if (StoreLockedError.isInstance(error)) throw error;
    if (isLocked(error)) throw new StoreLockedError(dataDir, describeHolder(readHolder(folder)));
    throw new StoreFailureError(`Could not lock the data folder ${dataDir}`, { cause: error });
  }
  heldHere.add(folder);
  const holder: Holder = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
  writeFileSync(join(folder, HOLDER_NAME), JSON.stringify(holder));
  return {
    get lost() {
      return lost;
    },
    async release() {
      heldHere.delete(folder);
      // A lock already lost is not ours to remove, nor is the holder file then.
      if (lost) return;
      rmSync(join(folder, HOLDER_NAME), { force: true });
      await release();
    },
  };
}

/**
 * Removes a dead holder's lock and takes it, under a short-lived second lock: of two openers
 * taking over at once, the second finds the first as a live holder and is refused.
 */
async function takeOver(
  folder: string,
  dead: Holder,
  dataDir: string,
  onCompromised: (error: Error) => void,
): Promise<() => Promise<void>> {
  // Its own path, not the folder: proper-lockfile keeps one lock per path in this process.
  const releaseTakeover = await lock(join(folder, TAKEOVER_NAME), {
    retries: { retries: 20, minTimeout: 50, maxTimeout: 200 },
    realpath: false,
    // Held for milliseconds: losing it only matters to the check above, already made.
    onCompromised: () => undefined,
  });
  try {
    const holder = readHolder(folder);
    if (holder?.pid !== dead.pid || holder.since !== dead.since) throw new StoreLockedError(dataDir, describeHolder(holder));
    rmSync(join(folder, HOLDER_NAME), { force: true });
    rmSync(join(folder, LOCK_NAME), { recursive: true, force: true });
    return await takeLock(folder, onCompromised);
  } finally {
    await releaseTakeover();
  }
}
