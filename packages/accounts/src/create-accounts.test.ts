import { DuplicateUsernameError, InvalidConfigError, InvalidInputError, NotFoundError } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorOf, createAccounts } from './create-accounts.js';
import { createMemoryAccountStore } from './memory-account-store.js';
import type { PasswordHasher } from './password-hasher.js';
import { createScryptHasher } from './scrypt-hasher.js';

/** A real scrypt hasher that also notes every hash it is asked to check against. */
function countingHasher(): PasswordHasher & { checkedAgainst: string[] } {
  const inner = createScryptHasher({ cost: 10 });
  const checkedAgainst: string[] = [];
  return {
    checkedAgainst,
    hash: (password) => inner.hash(password),
    verify(password, encoded) {
      checkedAgainst.push(encoded);
      return inner.verify(password, encoded);
    },
  };
}

const setUp = () => {
  const hasher = countingHasher();
  let now = Date.parse('2026-03-02T01:00:00.000Z');
  const clock = { now: () => new Date(now) };
  const accounts = createAccounts({ store: createMemoryAccountStore(), hasher, clock });
  return { accounts, hasher, later: (ms: number) => (now += ms) };
};

const siti = { username: ' Siti.Aminah ', displayName: 'Siti Aminah', role: 'coordinator', password: 'lampu jalan mati 7' } as const;

describe('createAccounts', () => {
  it('creates an account with a lower-cased username and a hash, never the clear password', async () => {
    const { accounts } = setUp();
    const account = await accounts.add(siti);
    expect(account).toMatchObject({
      username: 'siti.aminah',
      displayName: 'Siti Aminah',
      role: 'coordinator',
      unitId: null,
      disabled: false,
    });
    expect(account.passwordHash).toMatch(/^\$scrypt\$/);
    expect(JSON.stringify(account)).not.toContain('lampu jalan mati');
    expect(actorOf(account)).toEqual({ id: account.id, role: 'coordinator' });
  });

  it('names every bad field, in Bahasa Indonesia first', async () => {
    const { accounts } = setUp();
    const error = await accounts
      .add({ username: 'x', displayName: ' ', role: 'unit_officer', password: 'pendek' })
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error) && error.issues.map((issue) => issue.path)).toEqual([
      'username',
      'displayName',
      'unitId',
      'password',
    ]);
    expect(InvalidInputError.isInstance(error) && error.issues[3]?.message).toMatch(/^kata sandi harus 10–200 karakter/);
  });

  it('refuses a password that contains the username, and a unit for a city-wide role', async () => {
    const { accounts } = setUp();
    await expect(accounts.add({ ...siti, password: 'xx-siti.aminah-xx' })).rejects.toSatisfy(InvalidInputError.isInstance);
    await expect(accounts.add({ ...siti, role: 'auditor', unitId: 'dpupr' })).rejects.toSatisfy(InvalidInputError.isInstance);
  });

  it('keeps usernames unique however they are typed', async () => {
    const { accounts } = setUp();
    await accounts.add(siti);
    await expect(accounts.add({ ...siti, username: 'SITI.AMINAH' })).rejects.toSatisfy(DuplicateUsernameError.isInstance);
  });

  it('signs in with the username as typed and the right password only', async () => {
    const { accounts } = setUp();
    const account = await accounts.add({ ...siti, role: 'unit_officer', unitId: 'dpupr' });
    expect(await accounts.signIn('SITI.aminah', siti.password)).toEqual({ ok: true, account });
    expect(await accounts.signIn('siti.aminah', 'lampu jalan mati 8')).toEqual({ ok: false, reason: 'invalid_credentials' });
    expect(actorOf(account)).toEqual({ id: account.id, role: 'unit_officer', unitId: 'dpupr' });
  });

  it('checks an unknown username against a stand-in hash with the same parameters: one check, the same work', async () => {
    const { accounts, hasher } = setUp();
    const account = await accounts.add(siti);
    await accounts.signIn('siti.aminah', 'salah sekali 123');
    await accounts.signIn('tidak.ada', 'salah sekali 123');
    await accounts.signIn('Bukan Nama Sah!', 'salah sekali 123');
    expect(hasher.checkedAgainst).toHaveLength(3);
    const parameters = (hash: string) => hash.split('$').slice(0, 3).join('$');
    expect(hasher.checkedAgainst.map(parameters)).toEqual(Array(3).fill(parameters(account.passwordHash)));
    expect(hasher.checkedAgainst[1]).not.toBe(account.passwordHash);
  });

  it('tells a disabled account apart only to someone who knows its password', async () => {
    const { accounts } = setUp();
    const account = await accounts.add(siti);
    await accounts.disable(account.id);
    expect(await accounts.signIn('siti.aminah', siti.password)).toEqual({ ok: false, reason: 'disabled' });
    expect(await accounts.signIn('siti.aminah', 'salah sekali 123')).toEqual({ ok: false, reason: 'invalid_credentials' });
  });

  it('ends sessions on a new password, on disabling and on revocation, but not on re-enabling twice', async () => {
    const { accounts } = setUp();
    const account = await accounts.add(siti);
    expect(await accounts.sessionAccount(account.id, 1)).toMatchObject({ id: account.id });
    const changed = await accounts.setPassword(account.id, 'sandi baru yang panjang');
    expect(changed.sessionGeneration).toBe(2);
    expect(await accounts.sessionAccount(account.id, 1)).toBeUndefined();
    expect(await accounts.signIn('siti.aminah', 'sandi baru yang panjang')).toMatchObject({ ok: true });
    const disabled = await accounts.disable(account.id);
    expect(await accounts.sessionAccount(account.id, disabled.sessionGeneration)).toBeUndefined();
    const enabled = await accounts.enable(account.id);
    expect((await accounts.enable(account.id)).sessionGeneration).toBe(enabled.sessionGeneration);
    const revoked = await accounts.revokeSessions(account.id);
    expect(revoked.sessionGeneration).toBe(enabled.sessionGeneration + 1);
  });

  it('refuses a weak new password and an unknown account', async () => {
    const { accounts } = setUp();
    const account = await accounts.add(siti);
    await expect(accounts.setPassword(account.id, 'pendek')).rejects.toSatisfy(InvalidInputError.isInstance);
    await expect(accounts.disable('no-such-account')).rejects.toSatisfy(NotFoundError.isInstance);
    expect(await accounts.sessionAccount('no-such-account', 1)).toBeUndefined();
  });

  it('refuses a store that is not an AccountStoreV1 at once', () => {
    expect(() => createAccounts({ store: {} as never })).toThrow(InvalidConfigError);
  });

  it('never signs in with a wrong password, whatever is typed', async () => {
    const { accounts } = setUp();
    await accounts.add(siti);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), async (username, password) => {
        fc.pre(password !== siti.password);
        expect(await accounts.signIn(username, password)).toEqual({ ok: false, reason: 'invalid_credentials' });
      }),
      { numRuns: 20 },
    );
  });
});
