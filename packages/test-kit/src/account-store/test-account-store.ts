import {
  AccountVersionConflictError,
  ClosedError,
  DuplicateUsernameError,
  InvalidInputError,
  NotFoundError,
  type AccountStoreV1,
  type NewAccountV1,
  type OfficerAccountV1,
} from '@aduan/spec';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountStoreHarness, TestAccountStoreOptions } from './harness.js';

const AT = '2025-11-10T01:00:00.000Z';
const LATER = '2025-11-10T02:00:00.000Z';
let serial = 0;

/** A valid new account, unique within the run. */
function newAccount(overrides: Partial<NewAccountV1> = {}): NewAccountV1 {
  serial += 1;
  return {
    id: `acc-${serial}-${Math.random().toString(36).slice(2, 8)}`,
    username: `petugas${serial}`,
    displayName: `Petugas ${serial}`,
    role: 'unit_officer',
    unitId: 'dinas-pu',
    passwordHash: `$scrypt$hash-${serial}`,
    createdAt: AT,
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/**
 * The AccountStoreV1 conformance suite. Call it inside a vitest test file:
 *
 * ```ts
 * testAccountStore({ name: 'my-accounts', create: async () => ({ store, openAnother, cleanup }) });
 * ```
 *
 * Every test gets a fresh, empty store from `create()`. The concurrency checks fire their calls at
 * once over `store` and `openAnother()`'s handle when there is one.
 */
export function testAccountStore(options: TestAccountStoreOptions): void {
  describe(`AccountStoreV1 conformance: ${options.name}`, () => {
    const opened: AccountStoreHarness[] = [];
    const fresh = async () => {
      const harness = await options.create();
      opened.push(harness);
      return harness;
    };
    afterEach(async () => {
      for (const harness of opened.splice(0)) await harness.cleanup?.();
    });

    it('declares an AccountStoreV1', async () => {
      const { store } = await fresh();
      expect(store.specificationVersion).toBe('v1');
      expect(store.provider.length).toBeGreaterThan(0);
    });

    it('creates an account enabled, at version 1 and session generation 1, and finds it by id and username', async () => {
      const { store } = await fresh();
      const input = newAccount({ role: 'supervisor', unitId: null });
      const created = await store.doCreate(input);
      const expected: OfficerAccountV1 = {
        id: input.id,
        username: input.username,
        displayName: input.displayName,
        role: 'supervisor',
        unitId: null,
        passwordHash: input.passwordHash,
        disabled: false,
        sessionGeneration: 1,
        version: 1,
        createdAt: AT,
        updatedAt: AT,
      };
      expect(created).toEqual(expected);
      expect(await store.doFindById(input.id)).toEqual(expected);
      expect(await store.doFindByUsername(input.username)).toEqual(expected);
      expect(await store.doFindById('tidak-ada')).toBeUndefined();
      expect(await store.doFindByUsername(input.username.toUpperCase())).toBeUndefined();
    });

    it('refuses a taken username or id with DuplicateUsernameError and keeps the first', async () => {
      const { store } = await fresh();
      const first = await store.doCreate(newAccount());
      const sameName = await failure(store.doCreate(newAccount({ username: first.username })));
      expect(DuplicateUsernameError.isInstance(sameName)).toBe(true);
      expect((sameName as DuplicateUsernameError).username).toBe(first.username);
      const sameId = await failure(store.doCreate(newAccount({ id: first.id })));
      expect(DuplicateUsernameError.isInstance(sameId)).toBe(true);
      expect(await store.doFindByUsername(first.username)).toEqual(first);
      expect((await store.doList({ limit: 10 })).items).toHaveLength(1);
    });

    it('lets exactly one of many simultaneous creations of one username win', async () => {
      const harness = await fresh();
      const other = harness.openAnother ? await harness.openAnother() : harness.store;
      const username = newAccount().username;
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, index) => (index % 2 ? other : harness.store).doCreate(newAccount({ username }))),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results) if (result.status === 'rejected') expect(DuplicateUsernameError.isInstance(result.reason)).toBe(true);
    });

    it('refuses invalid accounts with InvalidInputError naming the field, storing nothing', async () => {
      const { store } = await fresh();
      const cases: [Partial<NewAccountV1>, string][] = [
        [{ username: 'Siti' }, 'username'],
        [{ username: 'ab' }, 'username'],
        [{ username: '-siti' }, 'username'],
        [{ role: 'admin' as never }, 'role'],
        [{ role: 'unit_officer', unitId: null }, 'unitId'],
        [{ role: 'coordinator', unitId: 'dinas-pu' }, 'unitId'],
        [{ role: 'auditor', unitId: 'dinas-pu' }, 'unitId'],
        [{ displayName: '  ' }, 'displayName'],
        [{ passwordHash: '' }, 'passwordHash'],
        [{ createdAt: '2025-11-10T01:00:00Z' }, 'createdAt'],
      ];
      for (const [override, path] of cases) {
        const error = await failure(store.doCreate(newAccount(override)));
        expect(InvalidInputError.isInstance(error), `${path}: ${String(error)}`).toBe(true);
        expect((error as InvalidInputError).issues.map((issue) => issue.path)).toContain(path);
      }
      expect((await store.doList({ limit: 100 })).items).toEqual([]);
    });

    it('lists every account once, in username order, across pages of any size', async () => {
      const { store } = await fresh();
      const names = ['zaki', 'ani.s', 'budi', 'ani_s', 'ani-s', '0perator', 'citra', 'dewi', 'eko'];
      for (const username of names) await store.doCreate(newAccount({ username }));
      const expected = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (let limit = 1; limit <= 10; limit++) {
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 20; pages++) {
          const page = await store.doList({ cursor, limit });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.items.map((account) => account.username));
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        }
        expect(seen, `pages of ${limit}`).toEqual(expected);
      }
    });

    it('refuses page sizes outside 1..500 and cursors it did not make', async () => {
      const { store } = await fresh();
      for (const limit of [0, 501, 1.5, -1]) {
        expect(InvalidInputError.isInstance(await failure(store.doList({ limit })))).toBe(true);
      }
      expect(InvalidInputError.isInstance(await failure(store.doList({ cursor: 'bukan-kursor', limit: 5 })))).toBe(true);
    });

    it('updates with the expected version, counting the version and (only when sessions must end) the session generation', async () => {
      const { store } = await fresh();
      const account = await store.doCreate(newAccount());
      const renamed = await store.doUpdate({ id: account.id, expectedVersion: 1, patch: { displayName: 'Nama Baru' }, at: LATER });
      expect(renamed).toMatchObject({ displayName: 'Nama Baru', version: 2, sessionGeneration: 1, updatedAt: LATER, createdAt: AT });
      const steps: [Parameters<AccountStoreV1['doUpdate']>[0]['patch'], Partial<OfficerAccountV1>][] = [
        [{ passwordHash: '$scrypt$lain' }, { passwordHash: '$scrypt$lain', sessionGeneration: 2 }],
        [{ disabled: true }, { disabled: true, sessionGeneration: 3 }],
        [{ disabled: true }, { disabled: true, sessionGeneration: 3 }],
        [{ disabled: false }, { disabled: false, sessionGeneration: 4 }],
        [{ revokeSessions: true }, { sessionGeneration: 5 }],
        [{ unitId: 'dinas-kesehatan' }, { unitId: 'dinas-kesehatan', sessionGeneration: 6 }],
        [
          { role: 'coordinator', unitId: null },
          { role: 'coordinator', unitId: null, sessionGeneration: 7 },
        ],
      ];
      let version = 2;
      for (const [patch, expected] of steps) {
        const updated = await store.doUpdate({ id: account.id, expectedVersion: version, patch, at: LATER });
        version += 1;
        expect(updated).toMatchObject({ ...expected, version });
        expect(await store.doFindById(account.id)).toEqual(updated);
      }
    });

    it('refuses a stale version with AccountVersionConflictError and an unknown id with NotFoundError, writing nothing', async () => {
      const { store } = await fresh();
      const account = await store.doCreate(newAccount());
      await store.doUpdate({ id: account.id, expectedVersion: 1, patch: { displayName: 'Satu' }, at: LATER });
      const stale = await failure(store.doUpdate({ id: account.id, expectedVersion: 1, patch: { disabled: true }, at: LATER }));
      expect(AccountVersionConflictError.isInstance(stale)).toBe(true);
      expect(stale).toMatchObject({ accountId: account.id, expectedVersion: 1, actualVersion: 2 });
      expect(await store.doFindById(account.id)).toMatchObject({ disabled: false, version: 2 });
      const missing = await failure(store.doUpdate({ id: 'tidak-ada', expectedVersion: 1, patch: { disabled: true }, at: LATER }));
      expect(NotFoundError.isInstance(missing)).toBe(true);
    });

    it('lets exactly one of simultaneous updates at one version win', async () => {
      const harness = await fresh();
      const other = harness.openAnother ? await harness.openAnother() : harness.store;
      const account = await harness.store.doCreate(newAccount());
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, index) =>
          (index % 2 ? other : harness.store).doUpdate({
            id: account.id,
            expectedVersion: 1,
            patch: { displayName: `N${index}` },
            at: LATER,
          }),
        ),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') expect(AccountVersionConflictError.isInstance(result.reason)).toBe(true);
      }
      expect(await harness.store.doFindById(account.id)).toMatchObject({ version: 2 });
    });

    it('refuses an update that would make an invalid account, writing nothing', async () => {
      const { store } = await fresh();
      const account = await store.doCreate(newAccount());
      const patches = [
        { unitId: null },
        { role: 'auditor' as const },
        { displayName: '' },
        { passwordHash: '' },
        { role: 'root' as never },
      ];
      for (const patch of patches) {
        const error = await failure(store.doUpdate({ id: account.id, expectedVersion: 1, patch, at: LATER }));
        expect(InvalidInputError.isInstance(error), JSON.stringify(patch)).toBe(true);
      }
      const badInstant = await failure(store.doUpdate({ id: account.id, expectedVersion: 1, patch: {}, at: 'kemarin' }));
      expect(InvalidInputError.isInstance(badInstant)).toBe(true);
      expect(await store.doFindById(account.id)).toEqual(account);
    });

    it('refuses every call with ClosedError after doClose, which may be called twice', async () => {
      const { store } = await fresh();
      if (!store.doClose) return;
      await store.doClose();
      await store.doClose();
      const calls = [
        () => store.doCreate(newAccount()),
        () => store.doFindById('x'),
        () => store.doFindByUsername('xyz'),
        () => store.doList({ limit: 1 }),
        () => store.doUpdate({ id: 'x', expectedVersion: 1, patch: {}, at: LATER }),
      ];
      for (const call of calls) expect(ClosedError.isInstance(await failure(call()))).toBe(true);
    });
  });
}
