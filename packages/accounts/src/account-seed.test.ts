import { InvalidInputError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { parseAccountSeed, seedAccounts } from './account-seed.js';
import { createAccounts } from './create-accounts.js';
import { createMemoryAccountStore } from './memory-account-store.js';
import { createScryptHasher } from './scrypt-hasher.js';

const entries = [
  { username: 'koordinator', displayName: 'Admin Koordinator', role: 'coordinator', password: 'kominfo pekalongan 1' },
  { username: 'dpupr', displayName: 'Penghubung DPUPR', role: 'unit_officer', unitId: 'dpupr', password: 'jalan berlubang 22' },
];

describe('account seeds', () => {
  it('parses a valid file and names every bad entry of an invalid one', () => {
    expect(parseAccountSeed(JSON.stringify(entries))).toEqual(entries);
    const error = (() => {
      try {
        parseAccountSeed(JSON.stringify([...entries, { ...entries[1], username: 'DPUPR', unitId: undefined }]));
      } catch (caught) {
        return caught;
      }
    })();
    expect(InvalidInputError.isInstance(error) && error.issues.map((issue) => issue.path)).toEqual(['2.unitId']);
    expect(() => parseAccountSeed(JSON.stringify([entries[0], entries[0]]))).toThrow(/muncul dua kali/);
    expect(() => parseAccountSeed('{')).toThrow(/bukan JSON/);
    expect(() => parseAccountSeed('{}')).toThrow(/larik JSON/);
  });

  it('creates what is missing and leaves existing accounts (and their passwords) alone', async () => {
    const accounts = createAccounts({ store: createMemoryAccountStore(), hasher: createScryptHasher({ cost: 10 }) });
    const first = await accounts.add(entries[0] as never);
    await accounts.setPassword(first.id, 'sudah diganti sendiri');
    expect(await seedAccounts(accounts, parseAccountSeed(JSON.stringify(entries)))).toEqual({
      created: ['dpupr'],
      existing: ['koordinator'],
    });
    expect(await accounts.signIn('koordinator', 'sudah diganti sendiri')).toMatchObject({ ok: true });
    expect(await seedAccounts(accounts, parseAccountSeed(JSON.stringify(entries)))).toEqual({
      created: [],
      existing: ['koordinator', 'dpupr'],
    });
  });
});
