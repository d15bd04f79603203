import { InvalidConfigError } from '@aduan/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScryptHasher } from './scrypt-hasher.js';

const hasher = createScryptHasher({ cost: 10 });

describe('createScryptHasher', () => {
  it('records algorithm, parameters, salt and key, and verifies the password it hashed', async () => {
    const hash = await hasher.hash('kata sandi panjang');
    expect(hash).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await hasher.verify('kata sandi panjang', hash)).toBe(true);
    expect(await hasher.verify('kata sandi panjanG', hash)).toBe(false);
  });

  it('salts every hash afresh', async () => {
    const [first, second] = await Promise.all([hasher.hash('sama saja 12345'), hasher.hash('sama saja 12345')]);
    expect(first).not.toBe(second);
  });

  it('verifies with the parameters recorded in the hash, so raising the cost locks nobody out', async () => {
    const old = await createScryptHasher({ cost: 10, blockSize: 4 }).hash('sandi lama sekali');
    expect(await createScryptHasher({ cost: 11 }).verify('sandi lama sekali', old)).toBe(true);
  });

  it('answers false for hashes it cannot read, including parameters beyond its limits', async () => {
    const good = await hasher.hash('apa saja 123456');
    const tooCostly = good.replace('ln=10', 'ln=30');
    for (const encoded of ['', 'plain text', good.slice(0, -1), tooCostly, good.replace('$scrypt$', '$argon2id$')]) {
      expect(await hasher.verify('apa saja 123456', encoded)).toBe(false);
    }
  });

  it('treats a password and its Unicode-equivalent spelling as the same (NFC)', async () => {
    const hash = await hasher.hash('kafe\u0301 di alun-alun');
    expect(await hasher.verify('kaf\u00e9 di alun-alun', hash)).toBe(true);
  });

  it('refuses parameters outside its limits at creation, naming each', () => {
    const error = (() => {
      try {
        createScryptHasher({ cost: 9, parallelization: 17 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(InvalidConfigError.isInstance(error) && error.issues.map((issue) => issue.path)).toEqual(['cost', 'parallelization']);
  });

  it('matches exactly the password it hashed, for any password', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), async (password, other) => {
        const hash = await hasher.hash(password);
        expect(await hasher.verify(password, hash)).toBe(true);
        expect(await hasher.verify(other, hash)).toBe(other.normalize('NFC') === password.normalize('NFC'));
      }),
      { numRuns: 15 },
    );
  });
});
