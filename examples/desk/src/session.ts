import { randomBytes } from 'node:crypto';
import { actorOf, type Accounts, type SessionTokens } from '@aduan/accounts';
import type { Actor, OfficerAccountV1 } from '@aduan/spec';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The signed-in officer of a request: the account as stored now, and the desk actor it acts as. */
export interface Officer {
  account: OfficerAccountV1;
  actor: Actor;
}

/** What the desk's routes find on the Hono context. */
interface DeskVariables {
  officer: Officer;
  /** The CSRF token of forms rendered for this request. */
  csrf: string;
}

export type DeskEnv = { Variables: DeskVariables };

export interface SessionOptions {
  accounts: Accounts;
  tokens: SessionTokens;
  /** Send cookies with `Secure` (the app is served over HTTPS). */
  secure: boolean;
}

const SESSION_COOKIE = 'aduan_sesi';
/** A random per-browser value before sign-in, so the login form has a CSRF token too. */
const BROWSER_COOKIE = 'aduan_peramban';
const cookieOptions = (secure: boolean) => ({ httpOnly: true, sameSite: 'Lax' as const, secure, path: '/' });

/** Starts a session: a signed, HttpOnly, SameSite cookie for the account's current session generation. */
export function startSession(c: Context, options: SessionOptions, account: OfficerAccountV1): void {
  setCookie(c, SESSION_COOKIE, options.tokens.issue(account), { ...cookieOptions(options.secure), maxAge: 12 * 60 * 60 });
}

export function endSession(c: Context, options: SessionOptions): void {
  deleteCookie(c, SESSION_COOKIE, cookieOptions(options.secure));
}

/** The officer of a valid session: genuine token, unexpired, account enabled and at the same session generation. */
async function officerOf(c: Context, options: SessionOptions): Promise<Officer | undefined> {
  const claims = options.tokens.read(getCookie(c, SESSION_COOKIE));
  if (!claims) return undefined;
  const account = await options.accounts.sessionAccount(claims.accountId, claims.sessionGeneration);
  return account && { account, actor: actorOf(account) };
}

/** What CSRF tokens are bound to: the session cookie, else the browser cookie (set here when missing). */
function csrfSubject(c: Context, options: SessionOptions): string {
  const session = getCookie(c, SESSION_COOKIE);
  if (session) return `sesi:${session}`;
  let browser = getCookie(c, BROWSER_COOKIE);
  if (!browser || !/^[A-Za-z0-9_-]{22,64}$/.test(browser)) {
    browser = randomBytes(24).toString('base64url');
    setCookie(c, BROWSER_COOKIE, browser, cookieOptions(options.secure));
  }
  return `peramban:${browser}`;
}

/**
 * Every request: sets the CSRF token for the page's forms, and refuses (403) any POST whose
 * `_csrf` field is not the token of this browser's cookie. Form bodies are capped before this runs.
 */
export function csrfProtection(options: SessionOptions): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    const subject = csrfSubject(c, options);
    c.set('csrf', options.tokens.csrfToken(subject));
    if (c.req.method === 'POST') {
      const body = await c.req.parseBody();
      const given = typeof body._csrf === 'string' ? body._csrf : undefined;
      if (!options.tokens.checkCsrf(subject, given)) {
        return c.text('Formulir kedaluwarsa atau tidak sah (token CSRF). Muat ulang halaman lalu kirim lagi.', 403);
      }
    }
    await next();
  };
}

/** Lets only signed-in officers through: a page asks them to sign in, anything else gets 401. */
export function requireOfficer(options: SessionOptions): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    const officer = await officerOf(c, options);
    if (!officer) {
      if (c.req.method === 'GET') return c.redirect(`/petugas/masuk?lanjut=${encodeURIComponent(c.req.path)}`, 303);
      return c.text('Sesi berakhir. Silakan masuk lagi.', 401);
    }
    c.set('officer', officer);
    await next();
  };
}
