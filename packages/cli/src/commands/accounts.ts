import { readFile } from 'node:fs/promises';
import { createAccounts, parseAccountSeed, seedAccounts, type Accounts } from '@aduan/accounts';
import { OFFICER_ROLES, type OfficerAccountV1, type OfficerRole } from '@aduan/spec';
import { createPostgresAccountStore } from '@aduan/store-postgres';
import { runAction, storeLocation, withStoreOptions, type CommandContext, type CommandRegistrar, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openStore } from '../open-store.js';
import type { Output } from '../output.js';
import { UsageError } from '../usage-error.js';

/** The environment variable a new password is read from by default: never from the command line, where shell history keeps it. */
const PASSWORD_VARIABLE = 'ADUAN_ACCOUNT_PASSWORD';

/** An account as the command prints it: never its password hash. */
const shown = (account: OfficerAccountV1) => ({
  id: account.id,
  username: account.username,
  displayName: account.displayName,
  role: account.role,
  unitId: account.unitId,
  disabled: account.disabled,
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
});

/** Opens the store and its accounts for one command, closing the store afterwards. */
async function withAccounts<T>(options: StoreOptions, context: CommandContext, work: (accounts: Accounts) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(options, context));
  try {
    return await work(createAccounts({ store: createPostgresAccountStore(store) }));
  } finally {
    await store.close();
  }
}

async function findOrFail(accounts: Accounts, username: string): Promise<OfficerAccountV1> {
  const account = await accounts.findByUsername(username);
  if (!account) throw new UsageError(`Akun "${username}" tidak ada (no account with this username)`);
  return account;
}

const line = (account: ReturnType<typeof shown>) =>
  `${account.username.padEnd(20)} ${account.role.padEnd(13)} ${(account.unitId ?? '—').padEnd(18)} ${account.disabled ? 'NONAKTIF' : 'aktif   '} ${account.displayName}`;

/**
 * `aduan accounts add|list|disable|enable|seed`: officer accounts in the complaints' database,
 * created by an administrator (there is no self sign-up). Passwords come from the environment.
 */
export const registerAccounts: CommandRegistrar = (program, context) => {
  const accounts = program.command('accounts').description('Kelola akun petugas / manage officer accounts');

  withStoreOptions(accounts.command('add <username>'))
    .description(`Buat akun petugas; kata sandi dari ${PASSWORD_VARIABLE} / create an officer account; password from ${PASSWORD_VARIABLE}`)
    .requiredOption('--name <display-name>', 'nama tampilan / display name')
    .requiredOption('--role <role>', `peran: ${OFFICER_ROLES.join(', ')} / role`)
    .option('--unit <unit-id>', 'unit (wajib untuk unit_officer) / unit (required for unit_officer)')
    .option(
      '--password-env <variable>',
      `variabel lingkungan berisi kata sandi (default ${PASSWORD_VARIABLE}) / environment variable holding the password`,
    )
    .action((username: string, options: StoreOptions & { name: string; role: string; unit?: string; passwordEnv?: string }) =>
      runAction(context, options.json, async (output: Output) => {
        const variable = options.passwordEnv ?? PASSWORD_VARIABLE;
        const password = context.env[variable];
        if (!password)
          throw new UsageError(
            `Isi kata sandi di variabel ${variable} (set the password in ${variable}); ia tidak dibaca dari baris perintah`,
          );
        const account = await withAccounts(options, context, (all) =>
          all.add({ username, displayName: options.name, role: options.role as OfficerRole, unitId: options.unit ?? null, password }),
        );
        output.result(shown(account), (a) => [`Akun dibuat (account created): ${line(a)}`]);
        return EXIT.ok;
      }),
    );

  withStoreOptions(accounts.command('list'))
    .description('Daftar semua akun petugas / list every officer account')
    .action((options: StoreOptions) =>
      runAction(context, options.json, async (output) => {
        const listed = await withAccounts(options, context, async (all) => {
          const found: ReturnType<typeof shown>[] = [];
          let cursor: string | undefined;
          do {
            const page = await all.list({ limit: 500, ...(cursor ? { cursor } : {}) });
            found.push(...page.items.map(shown));
            cursor = page.nextCursor ?? undefined;
          } while (cursor);
          return found;
        });
        output.result({ accounts: listed }, ({ accounts: items }) =>
          items.length === 0 ? ['Belum ada akun (no accounts yet)'] : items.map(line),
        );
        return EXIT.ok;
      }),
    );

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    withStoreOptions(accounts.command(`${name} <username>`))
      .description(
        disabled
          ? 'Nonaktifkan akun dan akhiri semua sesinya / disable an account and end its sessions'
          : 'Aktifkan kembali akun / enable an account again',
      )
      .action((username: string, options: StoreOptions) =>
        runAction(context, options.json, async (output) => {
          const account = await withAccounts(options, context, async (all) => {
            const found = await findOrFail(all, username);
            return disabled ? all.disable(found.id) : all.enable(found.id);
          });
          output.result(shown(account), (a) => [`${disabled ? 'Dinonaktifkan (disabled)' : 'Diaktifkan (enabled)'}: ${line(a)}`]);
          return EXIT.ok;
        }),
      );
  }

  withStoreOptions(accounts.command('seed <file>'))
    .description('Buat akun dari berkas JSON yang belum ada / create the accounts of a JSON seed file that do not exist yet')
    .action((file: string, options: StoreOptions) =>
      runAction(context, options.json, async (output) => {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          throw new UsageError(`Berkas ${file} tidak dapat dibaca (cannot read the file)`, { cause: error });
        }
        const entries = parseAccountSeed(text);
        const report = await withAccounts(options, context, (all) => seedAccounts(all, entries));
        output.result(report, (r) => [`${r.created.length} akun dibuat (created), ${r.existing.length} sudah ada (already existed)`]);
        return EXIT.ok;
      }),
    );
};
