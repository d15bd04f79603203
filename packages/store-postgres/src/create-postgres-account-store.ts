import { checkAccountUpdate, checkNewAccount, checkPageLimit, decodeCursor, encodeCursor, endsSessions } from '@aduan/adapter-utils';
import {
  AccountVersionConflictError,
  DuplicateUsernameError,
  NotFoundError,
  type AccountStoreV1,
  type OfficerAccountV1,
  type OfficerRole,
} from '@aduan/spec';
import { createCloseGate } from './close-gate.js';
import type { SqlStore } from './create-sql-store.js';
import { guarded, serverError } from './database-errors.js';
import type { SqlExecutor } from './driver.js';
import { isoText } from './instants.js';
import { connectionOf } from './store-connection.js';

/** Officer accounts in PostgreSQL, with `close()` like the store's. */
export interface PostgresAccountStore extends AccountStoreV1 {
  /** Refuses further calls (`ClosedError`) once the calls under way are done. Idempotent; the store's connection stays open. */
  close(): Promise<void>;
  /** The same as `close()`. */
  doClose(): Promise<void>;
  /** The same as `close()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: OfficerRole;
  unit_id: string | null;
  password_hash: string;
  disabled: boolean;
  session_generation: number;
  version: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, username, display_name, role, unit_id, password_hash, disabled, session_generation, version,
  ${isoText('created_at')} AS created_at, ${isoText('updated_at')} AS updated_at`;

const accountOf = (row: AccountRow): OfficerAccountV1 => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  unitId: row.unit_id,
  passwordHash: row.password_hash,
  disabled: row.disabled,
  sessionGeneration: Number(row.session_generation),
  version: Number(row.version),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

async function findOne(db: SqlExecutor, s: string, column: 'id' | 'username', value: string, lock = false) {
  const { rows } = await db.query<AccountRow>(
    `SELECT ${COLUMNS} FROM ${s}.officer_accounts WHERE ${column} = $1${lock ? ' FOR UPDATE' : ''}`,
    [value],
    { prepare: true },
  );
  return rows[0] && accountOf(rows[0]);
}

/**
 * Officer accounts (`AccountStoreV1`) in the store's own database and schema, so every app
 * instance behind the database signs in against the same accounts. Works on the server and on
 * PGlite alike; the table comes with the store's migration 4.
 *
 * @example
 * const store = await createPGliteStore({ dataDir: './.aduan-data' });
 * const accounts = createAccounts({ store: createPostgresAccountStore(store) });
 */
export function createPostgresAccountStore(store: SqlStore): PostgresAccountStore {
  const { driver, s, gate: storeGate } = connectionOf(store, 'createPostgresAccountStore');
  const gate = createCloseGate('PostgreSQL account store');
  const call = <T>(doing: string, operation: () => Promise<T>) => storeGate.run(() => gate.run(() => guarded(doing, operation)));
  const close = () => gate.close(async () => undefined);
  return {
    specificationVersion: 'v1',
    provider: driver.name,
    doCreate: (account) =>
      call('creating an account', async () => {
        checkNewAccount(account);
        try {
          const { rows } = await driver.query<AccountRow>(
            `INSERT INTO ${s}.officer_accounts (id, username, display_name, role, unit_id, password_hash, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $7::timestamptz) RETURNING ${COLUMNS}`,
            [account.id, account.username, account.displayName, account.role, account.unitId, account.passwordHash, account.createdAt],
          );
          return accountOf(rows[0]!);
        } catch (error) {
          if (serverError(error)?.code === '23505') throw new DuplicateUsernameError(account.username);
          throw error;
        }
      }),
    doFindById: (id) => call('reading an account', () => findOne(driver, s, 'id', id)),
    doFindByUsername: (username) => call('reading an account', () => findOne(driver, s, 'username', username)),
    doList: ({ cursor, limit }) =>
      call('listing accounts', async () => {
        checkPageLimit(limit);
        const after = cursor === undefined ? null : decodeCursor(cursor).sortKey;
        const { rows } = await driver.query<AccountRow>(
          `SELECT ${COLUMNS} FROM ${s}.officer_accounts WHERE $1::text IS NULL OR username > $1 ORDER BY username LIMIT $2`,
          [after, limit + 1],
          { prepare: true },
        );
        const items = rows.slice(0, limit).map(accountOf);
        const last = items.at(-1);
        return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.username, last.id) : null };
      }),
    doUpdate: ({ id, expectedVersion, patch, at }) =>
      call('updating an account', () =>
        driver.transaction(async (tx) => {
          const current = await findOne(tx, s, 'id', id, true);
          if (!current) throw new NotFoundError('Account', id);
          checkAccountUpdate(current, patch, at, expectedVersion);
          if (current.version !== expectedVersion) throw new AccountVersionConflictError(id, expectedVersion, current.version);
          const { rows } = await tx.query<AccountRow>(
            `UPDATE ${s}.officer_accounts SET display_name = $2, role = $3, unit_id = $4, password_hash = $5, disabled = $6,
               session_generation = $7, version = version + 1, updated_at = $8::timestamptz
             WHERE id = $1 RETURNING ${COLUMNS}`,
            [
              id,
              patch.displayName ?? current.displayName,
              patch.role ?? current.role,
              patch.unitId === undefined ? current.unitId : patch.unitId,
              patch.passwordHash ?? current.passwordHash,
              patch.disabled ?? current.disabled,
              current.sessionGeneration + (endsSessions(current, patch) ? 1 : 0),
              at,
            ],
          );
          return accountOf(rows[0]!);
        }),
      ),
    close,
    doClose: close,
    [Symbol.asyncDispose]: close,
  };
}
