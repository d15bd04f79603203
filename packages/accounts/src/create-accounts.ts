import { randomUUID } from 'node:crypto';
import { systemClock } from '@aduan/adapter-utils';
import {
  AccountVersionConflictError,
  InvalidConfigError,
  InvalidInputError,
  NotFoundError,
  type AccountPageV1,
  type AccountPatchV1,
  type AccountStoreV1,
  type Actor,
  type Clock,
  type OfficerAccountV1,
} from '@aduan/spec';
import { checkOfficerInput, normalizeUsername, passwordIssues, type NewOfficerInput } from './officer-input.js';
import type { PasswordHasher } from './password-hasher.js';
import { createScryptHasher } from './scrypt-hasher.js';

/** Options of `createAccounts`. Only `store` is required. */
export interface AccountsOptions {
  /** Where accounts live: `createMemoryAccountStore()` or `createPostgresAccountStore(store)` of `@aduan/store-postgres`. */
  store: AccountStoreV1;
  /** Default `createScryptHasher()`. */
  hasher?: PasswordHasher;
  /** The source of `createdAt` and `updatedAt`. Default: the system clock. */
  clock?: Clock;
  /** Ids of new accounts. Default: random UUIDs. */
  newId?: () => string;
}

/** The outcome of a sign-in. `disabled` is told only to someone who gave the right password. */
export type SignInResult = { ok: true; account: OfficerAccountV1 } | { ok: false; reason: 'invalid_credentials' | 'disabled' };

/** Officer accounts for an app: creation, sign-in, password changes, disabling and session checks. */
export interface Accounts {
  readonly store: AccountStoreV1;
  /** Creates an account; `InvalidInputError` names every bad field, `DuplicateUsernameError` a taken username. */
  add(input: NewOfficerInput): Promise<OfficerAccountV1>;
  /**
   * Checks a username and password. Exactly one password check runs whatever happens — against a
   * stand-in hash with the same parameters when the username is unknown — so a wrong username
   * costs the same time as a wrong password.
   */
  signIn(username: string, password: string): Promise<SignInResult>;
  findById(id: string): Promise<OfficerAccountV1 | undefined>;
  /** By username as typed (trimmed and lower-cased first). */
  findByUsername(username: string): Promise<OfficerAccountV1 | undefined>;
  list(input?: { cursor?: string; limit?: number }): Promise<AccountPageV1>;
  /** A new password (checked like one at creation); ends the account's sessions. */
  setPassword(id: string, password: string): Promise<OfficerAccountV1>;
  /** The account can no longer sign in, and its sessions end. Idempotent. */
  disable(id: string): Promise<OfficerAccountV1>;
  enable(id: string): Promise<OfficerAccountV1>;
  /** Ends every session of the account ("sign out everywhere"). */
  revokeSessions(id: string): Promise<OfficerAccountV1>;
  /** The account a session was issued for, while the session still holds: enabled and at the same generation. */
  sessionAccount(id: string, sessionGeneration: number): Promise<OfficerAccountV1 | undefined>;
}

/** The desk actor an account acts as: its id, role and (where it has one) its unit. */
export function actorOf(account: Pick<OfficerAccountV1, 'id' | 'role' | 'unitId'>): Actor {
  return account.unitId === null ? { id: account.id, role: account.role } : { id: account.id, role: account.role, unitId: account.unitId };
}

/** Tries an update a few times on a fresh read: each of these changes sets a value, whatever the account was. */
const ATTEMPTS = 3;

/**
 * Officer accounts on an AccountStoreV1 with password hashing. Accounts are created by an
 * administrator (`aduan accounts add`, a seed file), never by self sign-up.
 *
 * @example
 * const accounts = createAccounts({ store: createMemoryAccountStore() });
 * await accounts.add({ username: 'siti', displayName: 'Siti Aminah', role: 'coordinator', password: 'panjang sekali 123' });
 * const result = await accounts.signIn('Siti', 'panjang sekali 123'); // { ok: true, account }
 */
export function createAccounts(options: AccountsOptions): Accounts {
  const store = options?.store;
  if (store?.specificationVersion !== 'v1' || typeof store.doCreate !== 'function') {
    throw new InvalidConfigError('accounts options', [{ path: 'store', message: 'must be an AccountStoreV1 (specificationVersion "v1")' }]);
  }
  const hasher = options.hasher ?? createScryptHasher();
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? randomUUID;
  /** A hash of nothing anyone knows, with the current parameters: what an unknown username is checked against. */
  let standIn: Promise<string> | undefined;
  const standInHash = () => (standIn ??= hasher.hash(randomUUID()));

  async function change(id: string, patchOf: (account: OfficerAccountV1) => AccountPatchV1): Promise<OfficerAccountV1> {
    for (let attempt = 1; ; attempt++) {
      const account = await store.doFindById(id);
      if (!account) throw new NotFoundError('Account', id);
      try {
        return await store.doUpdate({ id, expectedVersion: account.version, patch: patchOf(account), at: clock.now().toISOString() });
      } catch (error) {
        if (!AccountVersionConflictError.isInstance(error) || attempt === ATTEMPTS) throw error;
      }
    }
  }

  return {
    store,
    async add(input) {
      const officer = checkOfficerInput(input);
      return store.doCreate({
        id: newId(),
        username: officer.username,
        displayName: officer.displayName,
        role: officer.role,
        unitId: officer.unitId,
        passwordHash: await hasher.hash(officer.password),
        createdAt: clock.now().toISOString(),
      });
    },
    async signIn(username, password) {
      const typed = typeof password === 'string' ? password : '';
      const account = await store.doFindByUsername(normalizeUsername(username));
      const matches = await hasher.verify(typed, account?.passwordHash ?? (await standInHash()));
      if (!account || !matches) return { ok: false, reason: 'invalid_credentials' };
      return account.disabled ? { ok: false, reason: 'disabled' } : { ok: true, account };
    },
    findById: (id) => store.doFindById(id),
    findByUsername: (username) => store.doFindByUsername(normalizeUsername(username)),
    list: (input = {}) => store.doList({ cursor: input.cursor, limit: input.limit ?? 100 }),
    async setPassword(id, password) {
      const account = await store.doFindById(id);
      if (!account) throw new NotFoundError('Account', id);
      const issues = passwordIssues(password, account.username);
      if (issues.length > 0) throw new InvalidInputError('password', issues);
      const passwordHash = await hasher.hash(password);
      return change(id, () => ({ passwordHash }));
    },
    disable: (id) => change(id, () => ({ disabled: true })),
    enable: (id) => change(id, () => ({ disabled: false })),
    revokeSessions: (id) => change(id, () => ({ revokeSessions: true })),
    async sessionAccount(id, sessionGeneration) {
      const account = typeof id === 'string' && id !== '' ? await store.doFindById(id) : undefined;
      return account && !account.disabled && account.sessionGeneration === sessionGeneration ? account : undefined;
    },
  };
}
