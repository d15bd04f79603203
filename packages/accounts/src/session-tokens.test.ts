import { InvalidConfigError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createSessionTokens } from './session-tokens.js';

const SECRET = 'a-session-secret-of-at-least-32-characters';

const setUp = () => {
  let now = Date.parse('2026-03-02T01:00:00.000Z');
  const clock = { now: () => new Date(now) };
  return { tokens: createSessionTokens({ secret: SECRET, ttlMs: 60 * 60_000, clock }), later: (ms: number) => (now += ms) };
};

describe('createSessionTokens', () => {
  it('reads back the account and generation of a token it issued, until it expires', () => {
    const { tokens, later } = setUp();
    const token = tokens.issue({ id: 'akun-1', sessionGeneration: 3 });
    expect(tokens.read(token)).toEqual({ accountId: 'akun-1', sessionGeneration: 3, expiresAt: new Date('2026-03-02T02:00:00.000Z') });
    later(60 * 60_000);
    expect(tokens.read(token)).toBeUndefined();
  });

  it('refuses a token changed in any part, or signed with another secret', () => {
    const { tokens } = setUp();
    const token = tokens.issue({ id: 'akun-1', sessionGeneration: 1 });
    const [id, generation, expiry, signature] = token.split('.') as [string, string, string, string];
    const forged = [
      [Buffer.from('akun-2').toString('base64url'), generation, expiry, signature],
      [id, '2', expiry, signature],
      [id, generation, String(Number(expiry) + 1), signature],
      [id, generation, expiry, `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`],
    ].map((parts) => parts.join('.'));
    for (const candidate of [...forged, '', 'x.y.z', undefined]) expect(tokens.read(candidate)).toBeUndefined();
    const other = createSessionTokens({ secret: `${SECRET}-lain` });
    expect(other.read(token)).toBeUndefined();
  });

  it('binds CSRF tokens to their session', () => {
    const { tokens } = setUp();
    const first = tokens.issue({ id: 'akun-1', sessionGeneration: 1 });
    const second = tokens.issue({ id: 'akun-2', sessionGeneration: 1 });
    expect(tokens.checkCsrf(first, tokens.csrfToken(first))).toBe(true);
    expect(tokens.checkCsrf(first, tokens.csrfToken(second))).toBe(false);
    expect(tokens.checkCsrf(first, undefined)).toBe(false);
    expect(tokens.checkCsrf(undefined, tokens.csrfToken(first))).toBe(false);
  });

  it('refuses a short secret at creation', () => {
    expect(() => createSessionTokens({ secret: 'pendek' })).toThrow(InvalidConfigError);
  });
});
