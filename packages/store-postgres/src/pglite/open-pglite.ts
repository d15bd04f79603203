import { mkdirSync } from 'node:fs';
import { loadOptionalPeer } from '@aduan/adapter-utils';
import { InvalidConfigError } from '@aduan/spec';
import type { SqlDriver } from '../driver.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { OWN_PARSERS, pgliteDriver } from './pglite-driver.js';

/** The folder a `dataDir` names on this machine's file system, or undefined for `memory://` and browser stores. */
function localFolder(dataDir: string): string | undefined {
  if (dataDir.startsWith('file://')) return dataDir.slice('file://'.length);
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(dataDir) ? undefined : dataDir;
}

/** Creates the folder and any missing parents; a folder that cannot be made is a configuration fault. */
function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InvalidConfigError(
      'createPGliteStore options',
      [
        {
          path: 'dataDir',
          message: `cannot create the folder ${folder}${typeof code === 'string' ? ` (${code})` : ''}: give a folder this process may write`,
        },
      ],
      { cause: error },
    );
  }
}

/**
 * Opens PGlite in memory, or in `dataDir` when given (created if missing, locked against a second
 * opener), with the store's column parsers, and a driver that owns both. Needs the optional peer
 * `@electric-sql/pglite`.
 */
export async function openPGliteDriver(dataDir: string | undefined): Promise<SqlDriver> {
  const { PGlite } = await loadOptionalPeer('@electric-sql/pglite', 'createPGliteStore', () => import('@electric-sql/pglite'));
  const folder = dataDir === undefined ? undefined : localFolder(dataDir);
  let lock: DataDirLock | undefined;
  if (folder !== undefined) {
    ensureFolder(folder);
    lock = await lockDataDir(folder);
  }
  try {
    const pglite = await PGlite.create({ dataDir, parsers: OWN_PARSERS });
    return pgliteDriver(pglite, {
      ownParsers: true,
      // Once the lock is lost another process may be writing the folder: stop writing to it.
      check: () => {
        if (lock?.lost) throw lock.lost;
      },
      async close() {
        try {
          await pglite.close();
        } finally {
          await lock?.release();
        }
      },
    });
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
