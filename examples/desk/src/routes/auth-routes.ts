import { createMemoryRateLimiter, systemClock, type RateLimiterV1 } from '@aduan/adapter-utils';
import { normalizeUsername } from '@aduan/accounts';
import type { Clock } from '@aduan/spec';
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { loginPage } from '../pages/login-page.js';
import { endSession, startSession, type DeskEnv, type SessionOptions } from '../session.js';

/** The sign-in throttle: two budgets and the clock they refill by. */
export interface LoginRateLimits {
  /** Sign-in attempts per username: default 5 at once, then 1 a minute. */
  perUsername?: RateLimiterV1;
  /** Sign-in attempts per client address: default 20 at once, then 10 a minute. */
  perAddress?: RateLimiterV1;
  /**
   * The clock the budgets refill by; default the system clock. Guesses arrive in real time, so a
   * desk on a virtual clock (simulations, tests) must not refill them by jumping ahead, nor freeze them.
   */
  clock?: Clock;
}

export interface AuthRouteOptions extends SessionOptions, LoginRateLimits {}

/** Only a path of the desk itself, so the sign-in form cannot be made to send anyone elsewhere. */
const safeNext = (value: unknown) => (typeof value === 'string' && /^\/petugas(\/[A-Za-z0-9/_.?=&%-]*)?$/.test(value) ? value : '/petugas');

const clientAddress = (c: Parameters<typeof getConnInfo>[0]) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/**
 * Sign-in and sign-out. Every attempt spends from two budgets, the username's and the client
 * address's, before the password is checked, so guessing is slow whatever is guessed; an answer
 * never tells an unknown username from a wrong password.
 */
export function authRoutes(options: AuthRouteOptions): Hono<DeskEnv> {
  const perUsername = options.perUsername ?? createMemoryRateLimiter({ burst: 5, perMinute: 1 });
  const perAddress = options.perAddress ?? createMemoryRateLimiter({ burst: 20, perMinute: 10 });
  const app = new Hono<DeskEnv>();

  app.get('/masuk', (c) => c.html(loginPage({ csrf: c.get('csrf'), lanjut: safeNext(c.req.query('lanjut')) })));

  app.post('/masuk', async (c) => {
    const body = await c.req.parseBody();
    const username = normalizeUsername(typeof body.username === 'string' ? body.username.slice(0, 64) : '');
    const password = typeof body.password === 'string' ? body.password.slice(0, 200) : '';
    const lanjut = safeNext(body.lanjut);
    const now = (options.clock ?? systemClock).now();
    const [byName, byAddress] = await Promise.all([perUsername.take(`u:${username}`, now), perAddress.take(`a:${clientAddress(c)}`, now)]);
    if (!byName.allowed || !byAddress.allowed) {
      const wait = Math.max(byName.allowed ? 0 : byName.retryAfterSeconds, byAddress.allowed ? 0 : byAddress.retryAfterSeconds);
      c.header('Retry-After', String(wait));
      return c.html(
        loginPage({
          csrf: c.get('csrf'),
          lanjut,
          username,
          error: `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.ceil(wait / 60)} menit.`,
        }),
        429,
      );
    }
    const result = await options.accounts.signIn(username, password);
    if (!result.ok) {
      const error = result.reason === 'disabled' ? 'Akun ini dinonaktifkan. Hubungi admin.' : 'Nama pengguna atau kata sandi salah.';
      return c.html(loginPage({ csrf: c.get('csrf'), lanjut, username, error }), 401);
    }
    startSession(c, options, result.account);
    return c.redirect(lanjut, 303);
  });

  app.post('/keluar', (c) => {
    endSession(c, options);
    return c.redirect('/petugas/masuk', 303);
  });

  return app;
}
