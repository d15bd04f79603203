import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccounts } from '@aduan/accounts';
import { createPostgresAccountStore } from '@aduan/store-postgres';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureStreams } from '../__fixtures__/capture.js';
import { run } from '../run.js';

describe('aduan accounts', () => {
  let folder: string;
  let dataDir: string;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'aduan-cli-accounts-'));
    dataDir = join(folder, 'data');
    // The desk migrates on start; the command itself never changes the schema.
    await (await createPGliteStore({ dataDir })).close();
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const aduan = async (args: string[], env: Record<string, string> = {}) => {
    const io = captureStreams();
    const code = await run([...args, '--data-dir', dataDir], { env, streams: io.streams });
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };

  it('adds an account with the password from the environment, lists it without its hash, and disables it', async () => {
    const added = await aduan(['accounts', 'add', 'Siti', '--name', 'Siti Aminah', '--role', 'unit_officer', '--unit', 'dpupr', '--json'], {
      ADUAN_ACCOUNT_PASSWORD: 'kata-sandi-panjang-1',
    });
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ username: 'siti', role: 'unit_officer', unitId: 'dpupr', disabled: false });
    const listed = await aduan(['accounts', 'list', '--json']);
    expect(JSON.parse(listed.stdout).accounts).toEqual([expect.objectContaining({ username: 'siti', displayName: 'Siti Aminah' })]);
    expect(listed.stdout).not.toContain('scrypt');
    expect((await aduan(['accounts', 'disable', 'siti'])).stdout).toContain('Dinonaktifkan');

    const store = await createPGliteStore({ dataDir });
    const accounts = createAccounts({ store: createPostgresAccountStore(store) });
    expect(await accounts.signIn('siti', 'kata-sandi-panjang-1')).toEqual({ ok: false, reason: 'disabled' });
    await store.close();
  });

  it('refuses without a password in the environment, and names bad fields, with exit code 2 and nothing stored', async () => {
    const noPassword = await aduan(['accounts', 'add', 'budi', '--name', 'Budi', '--role', 'coordinator']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('ADUAN_ACCOUNT_PASSWORD');
    const bad = await aduan(['accounts', 'add', 'budi', '--name', 'Budi', '--role', 'unit_officer'], {
      ADUAN_ACCOUNT_PASSWORD: 'kata-sandi-panjang-1',
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unitId');
    expect(JSON.parse((await aduan(['accounts', 'list', '--json'])).stdout).accounts).toEqual([]);
  });

  it('seeds the accounts of a file once: a second run creates nothing', async () => {
    const file = join(folder, 'akun.json');
    writeFileSync(
      file,
      JSON.stringify([
        { username: 'koordinator', displayName: 'Koordinator', role: 'coordinator', password: 'kata-sandi-panjang-1' },
        { username: 'auditor', displayName: 'Auditor', role: 'auditor', password: 'kata-sandi-panjang-2' },
      ]),
    );
    expect(JSON.parse((await aduan(['accounts', 'seed', file, '--json'])).stdout)).toEqual({
      created: ['koordinator', 'auditor'],
      existing: [],
    });
    expect(JSON.parse((await aduan(['accounts', 'seed', file, '--json'])).stdout)).toEqual({
      created: [],
      existing: ['koordinator', 'auditor'],
    });
  });
});
