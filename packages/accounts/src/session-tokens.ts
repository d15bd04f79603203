import { createHmac } from 'node:crypto';
import { constantTimeEqual, systemClock } from '@aduan/adapter-utils';
import { InvalidConfigError, type Clock, type OfficerAccountV1 } from '@aduan/spec';

/** Options of `createSessionTokens`. */
export interface SessionTokenOptions {
  /** The signing key, at least 32 characters; every app instance behind one database uses the same. */
  secret: string;
  /** How long a session lasts after sign-in. Default 12 hours (a working day and some). */
  ttlMs?: number;
  clock?: Clock;
}

/** What a valid token says. Check it against the account (`accounts.sessionAccount`) on every request. */
export interface SessionClaims {
  accountId: string;
  sessionGeneration: number;
  expiresAt: Date;
}

/** Signed, stateless session tokens for cookies, and CSRF tokens bound to them. */
export interface SessionTokens {
  /** A token for the account's current session generation, valid for `ttlMs`. */
  issue(account: Pick<OfficerAccountV1, 'id' | 'sessionGeneration'>): string;
  /** The claims of a genuine, unexpired token; undefined for anything else (tampered, expired, malformed). */
  read(token: string | undefined): SessionClaims | undefined;
  /** The CSRF token of forms shown in a session (or before sign-in, of a per-browser nonce). */
  csrfToken(sessionToken: string): string;
  /** Whether `given` is the CSRF token of `sessionToken`, compared in constant time. */
  checkCsrf(sessionToken: string | undefined, given: string | undefined): boolean;
}

const MIN_SECRET_LENGTH = 32;
const TOKEN = /^([A-Za-z0-9_-]{1,300})\.(\d{1,9})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/**
 * Session tokens signed with HMAC-SHA256: `<account id>.<session generation>.<expiry>.<signature>`.
 * They hold no secret and no personal data; a stolen one ends when it expires, when the account is
 * disabled or its password changes (its session generation moves on), or on `revokeSessions`.
 *
 * @example
 * const tokens = createSessionTokens({ secret: process.env.ADUAN_SESSION_SECRET! });
 * const cookie = tokens.issue(account);
 * const claims = tokens.read(cookie); // { accountId, sessionGeneration, expiresAt }
 */
export function createSessionTokens(options: SessionTokenOptions): SessionTokens {
  const { secret } = options ?? {};
  const ttlMs = options?.ttlMs ?? 12 * 60 * 60 * 1000;
  const clock = options?.clock ?? systemClock;
  const issues = [];
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH)
    issues.push({ path: 'secret', message: `must be at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)` });
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 60_000) issues.push({ path: 'ttlMs', message: 'must be a whole number of at least 60000' });
  if (issues.length > 0) throw new InvalidConfigError('session token options', issues);
  const sign = (purpose: string, text: string) => createHmac('sha256', secret).update(`${purpose}|${text}`).digest('base64url');

  const tokens: SessionTokens = {
    issue(account) {
      const body = `${Buffer.from(account.id, 'utf8').toString('base64url')}.${account.sessionGeneration}.${clock.now().getTime() + ttlMs}`;
      return `${body}.${sign('session', body)}`;
    },
    read(token) {
      const match = typeof token === 'string' ? TOKEN.exec(token) : null;
      if (!match) return undefined;
      const body = `${match[1]}.${match[2]}.${match[3]}`;
      if (!constantTimeEqual(match[4]!, sign('session', body))) return undefined;
      const expiresAt = new Date(Number(match[3]));
      if (expiresAt.getTime() <= clock.now().getTime()) return undefined;
      return { accountId: Buffer.from(match[1]!, 'base64url').toString('utf8'), sessionGeneration: Number(match[2]), expiresAt };
    },
    csrfToken: (sessionToken) => sign('csrf', sessionToken),
    checkCsrf(sessionToken, given) {
      if (typeof sessionToken !== 'string' || sessionToken === '' || typeof given !== 'string' || given === '') return false;
      return constantTimeEqual(given, tokens.csrfToken(sessionToken));
    },
  };
  return tokens;
}
