import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InvalidConfigError, StoreFailureError } from '@aduan/spec';
import { findPostgresBinaries } from './postgres-binaries.js';

const run = promisify(execFile);

export interface ThrowawayClusterOptions {
  /** Folder of `initdb` and `pg_ctl`; default: `findPostgresBinaries()`. */
  binDir?: string;
  /**
   * Server settings appended to postgresql.conf. The defaults trade durability for speed (fsync
   * off), which suits tests; a benchmark passes `{ fsync: 'on', synchronous_commit: 'on', ... }`.
   */
  settings?: Record<string, string>;
}

/** A PostgreSQL server of its own, in a temporary folder, reachable on a loopback port. */
export interface ThrowawayCluster {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  connectionString(database?: string): string;
  /** Stops the server at once and removes its folder. */
  stop(): Promise<void>;
}

const TEST_SETTINGS: Record<string, string> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  max_connections: '200',
};

const SERVER_USER = 'postgres';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** PostgreSQL refuses to run as root, so as root every server command runs as the `postgres` user. */
function asServerUser(binary: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', SERVER_USER, '--', binary, ...args]] : [binary, args];
}

function handOverToServerUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', SERVER_USER], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', SERVER_USER], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
}

const confValue = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Runs initdb and pg_ctl into a fresh temporary folder; about a second. */
export async function startThrowawayCluster(options: ThrowawayClusterOptions = {}): Promise<ThrowawayCluster> {
  const binDir = options.binDir ?? findPostgresBinaries();
  if (!binDir) {
    throw new InvalidConfigError('throwaway cluster', [
      { path: 'binDir', message: 'PostgreSQL server binaries not found: set PG_BIN (or binDir) to the folder holding initdb and pg_ctl' },
    ]);
  }
  const root = mkdtempSync(join(tmpdir(), 'aduan-pg-'));
  handOverToServerUser(root);
  const dataDir = join(root, 'data');
  const logFile = join(root, 'server.log');
  const pgCtl = join(binDir, 'pg_ctl');
  const removeFolder = () => rmSync(root, { recursive: true, force: true });
  const stopNow = () => {
    const [command, args] = asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    try {
      execFileSync(command, args, { stdio: 'ignore' });
    } finally {
      removeFolder();
    }
  };

  try {
    const [initCommand, initArgs] = asServerUser(join(binDir, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      SERVER_USER,
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ]);
    await run(initCommand, initArgs);
    const settings = { ...TEST_SETTINGS, ...options.settings };
    // A port can be taken between probing and binding; a fresh one on the next attempt fixes that.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const lines = Object.entries({ ...settings, port: String(port), listen_addresses: '127.0.0.1', unix_socket_directories: root }).map(
        ([name, value]) => `${name} = ${confValue(value)}`,
      );
      appendFileSync(join(dataDir, 'postgresql.conf'), `\n${lines.join('\n')}\n`);
      const [startCommand, startArgs] = asServerUser(pgCtl, ['-D', dataDir, '-l', logFile, '-w', '-t', '30', 'start']);
      try {
        await run(startCommand, startArgs);
      } catch (error) {
        if (attempt < 3) continue;
        throw new StoreFailureError(`PostgreSQL did not start: ${readFileSync(logFile, 'utf8').slice(-2000)}`, { cause: error });
      }
      // A test run that dies without its afterAll must not leave a server behind.
      process.once('exit', stopNow);
      return {
        host: '127.0.0.1',
        port,
        user: SERVER_USER,
        connectionString: (database = 'postgres') => `postgresql://${SERVER_USER}@127.0.0.1:${port}/${database}`,
        async stop() {
          process.off('exit', stopNow);
          const [stopCommand, stopArgs] = asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
          try {
            await run(stopCommand, stopArgs);
          } finally {
            removeFolder();
          }
        },
      };
    }
  } catch (error) {
    removeFolder();
    throw error;
  }
}
