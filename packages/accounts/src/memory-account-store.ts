import { checkAccountUpdate, checkNewAccount, checkPageLimit, decodeCursor, encodeCursor, endsSessions } from '@aduan/adapter-utils';
import {
  AccountVersionConflictError,
  ClosedError,
  DuplicateUsernameError,
  NotFoundError,
  type AccountStoreV1,
  type OfficerAccountV1,
} from '@aduan/spec';

/** The memory store, with a raw look at what it holds for conformance probes. */
export interface MemoryAccountStore extends AccountStoreV1 {
  /** Deep copies of every stored account, bypassing the read methods (for `testAccountStore`'s probe). */
  contents(): OfficerAccountV1[];
  /** Forgets everything and refuses further calls with `ClosedError`. Idempotent. */
  doClose(): Promise<void>;
}

/** Plain code-unit order, never the locale's (the contract's order for usernames). */
const byUsername = (a: OfficerAccountV1, b: OfficerAccountV1) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0);

/**
 * Officer accounts in process memory: for tests, demos and one-process tools. Everything is lost
 * on restart; a desk app that keeps its complaints in PostgreSQL keeps its accounts there too
 * (`createPostgresAccountStore` of `@aduan/store-postgres`).
 */
export function createMemoryAccountStore(): MemoryAccountStore {
  const byId = new Map<string, OfficerAccountV1>();
  const idByUsername = new Map<string, string>();
  let closed = false;
  const live = () => {
    if (closed) throw new ClosedError('memory account store');
  };

  return {
    specificationVersion: 'v1',
    provider: 'memory',

    async doCreate(account) {
      live();
      checkNewAccount(account);
      if (idByUsername.has(account.username) || byId.has(account.id)) throw new DuplicateUsernameError(account.username);
      const stored: OfficerAccountV1 = {
        id: account.id,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        unitId: account.unitId,
        passwordHash: account.passwordHash,
        disabled: false,
        sessionGeneration: 1,
        version: 1,
        createdAt: account.createdAt,
        updatedAt: account.createdAt,
      };
      byId.set(stored.id, stored);
      idByUsername.set(stored.username, stored.id);
      return { ...stored };
    },

    async doFindById(id) {
      live();
      const account = byId.get(id);
      return account && { ...account };
    },

    async doFindByUsername(username) {
      live();
      const id = idByUsername.get(username);
      const account = id === undefined ? undefined : byId.get(id);
      return account && { ...account };
    },

    async doList({ cursor, limit }) {
      live();
      checkPageLimit(limit);
      const after = cursor === undefined ? undefined : decodeCursor(cursor).sortKey;
      const sorted = [...byId.values()].sort(byUsername).filter((account) => after === undefined || account.username > after);
      const items = sorted.slice(0, limit).map((account) => ({ ...account }));
      const last = items.at(-1);
      return { items, nextCursor: sorted.length > limit && last ? encodeCursor(last.username, last.id) : null };
    },

    async doUpdate({ id, expectedVersion, patch, at }) {
      live();
      const current = byId.get(id);
      if (!current) throw new NotFoundError('Account', id);
      checkAccountUpdate(current, patch, at, expectedVersion);
      if (current.version !== expectedVersion) throw new AccountVersionConflictError(id, expectedVersion, current.version);
      const updated: OfficerAccountV1 = {
        ...current,
        ...(patch.displayName === undefined ? {} : { displayName: patch.displayName }),
        ...(patch.role === undefined ? {} : { role: patch.role }),
        ...(patch.unitId === undefined ? {} : { unitId: patch.unitId }),
        ...(patch.passwordHash === undefined ? {} : { passwordHash: patch.passwordHash }),
        ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }),
        sessionGeneration: current.sessionGeneration + (endsSessions(current, patch) ? 1 : 0),
        version: current.version + 1,
        updatedAt: at,
      };
      byId.set(id, updated);
      return { ...updated };
    },

    contents() {
      return [...byId.values()].map((account) => ({ ...account }));
    },

    async doClose() {
      closed = true;
      byId.clear();
      idByUsername.clear();
    },
  };
}
