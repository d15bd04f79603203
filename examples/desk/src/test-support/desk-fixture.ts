import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccounts, createSessionTokens, type Accounts } from '@aduan/accounts';
import { createMemoryRateLimiter } from '@aduan/adapter-utils';
import { createDesk, type Desk } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import type { Actor, OfficerRole } from '@aduan/spec';
import { createPostgresAccountStore, type SqlStore } from '@aduan/store-postgres';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { createVirtualClock, type VirtualClock } from '@aduan/test-kit';
import { serve } from '@hono/node-server';
import { createDeskApp } from '../app.js';
import type { DeskConfig } from '../config.js';
import { createDeskPlugins } from '../desk-plugins.js';
import { createDeskReports } from '../desk-reports.js';
import { createReopenedIndex } from '../reopened-index.js';

const PASSWORD = 'kata-sandi-uji-123';

/** A desk app on loopback over an in-memory PGlite store, with a virtual clock on a Tuesday morning (WIB). */
export interface DeskFixture {
  url: string;
  desk: Desk;
  accounts: Accounts;
  clock: VirtualClock;
  /** The clock the sign-in throttle refills by (in the service: the system clock, never the desk's). */
  loginClock: VirtualClock;
  store: SqlStore;
  /** Creates an officer with `PASSWORD` and answers its desk actor. */
  officer(username: string, role: OfficerRole, unitId?: string): Promise<Actor>;
  close(): Promise<void>;
}

/** Options of {@link startFixture}: a tighter login limit, and the plugins as `ADUAN_PLUGINS` would switch them on. */
export interface FixtureOptions {
  loginBurst?: number;
  plugins?: Pick<DeskConfig, 'plugins' | 'replyHoldBack' | 'signOffUnits'>;
}

export async function startFixture(options: FixtureOptions = {}): Promise<DeskFixture> {
  const clock = createVirtualClock(new Date('2026-03-03T02:00:00.000Z'));
  // Attempts refill in real time, apart from the desk's clock; tests move it by hand.
  const loginClock = createVirtualClock(new Date('2026-03-03T02:00:00.000Z'));
  const store = await createPGliteStore();
  const calendar = createWorkingCalendar();
  const reopened = createReopenedIndex();
  const desk = createDesk({
    store,
    clock,
    deadlines: createSlaPolicy(slaPresets.pekalongan, calendar),
    pseudonymKey: 'kunci-pseudonim-uji-0123456789',
    plugins: [...(options.plugins ? createDeskPlugins(options.plugins, store).plugins : []), reopened],
  });
  const accounts = createAccounts({ store: createPostgresAccountStore(store), clock });
  const app = createDeskApp({
    desk,
    accounts,
    tokens: createSessionTokens({ secret: 'rahasia-sesi-uji-0123456789abcdef0123', clock }),
    calendar,
    clock,
    channels: [],
    secureCookies: false,
    reports: createDeskReports({ store, desk, calendar, clock }),
    reopened,
    ...(options.plugins ? { plugins: { names: options.plugins.plugins, signOffUnits: options.plugins.signOffUnits } } : {}),
    loginRateLimits: {
      clock: loginClock,
      perUsername: createMemoryRateLimiter({ burst: options.loginBurst ?? 5, perMinute: 1 }),
      perAddress: createMemoryRateLimiter({ burst: 10_000, perMinute: 10_000 }),
    },
  });
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    desk,
    accounts,
    clock,
    loginClock,
    store,
    async officer(username, role, unitId) {
      const account = await accounts.add({ username, displayName: `Uji ${username}`, role, unitId: unitId ?? null, password: PASSWORD });
      return unitId ? { id: account.id, role, unitId } : { id: account.id, role };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await desk.close();
    },
  };
}

/** A minimal browser over fetch: keeps cookies, follows nothing, reads the CSRF token of the last page. */
export class Client {
  csrf = '';
  constructor(
    private readonly base: string,
    private readonly cookies = new Map<string, string>(),
  ) {}

  /** The same browser (cookies, CSRF token) talking to another process. */
  at(base: string): Client {
    const other = new Client(base, this.cookies);
    other.csrf = this.csrf;
    return other;
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/max-age=0/i.test(line)) this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
  }

  private headers(): Record<string, string> {
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }

  async get(path: string): Promise<{ status: number; text: string; response: Response }> {
    const response = await fetch(`${this.base}${path}`, { headers: this.headers(), redirect: 'manual' });
    this.remember(response);
    const text = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text);
    if (token) this.csrf = token[1]!;
    return { status: response.status, text, response };
  }

  /** The body as bytes (downloads). */
  async bytes(path: string): Promise<{ status: number; body: Buffer; type: string | null }> {
    const response = await fetch(`${this.base}${path}`, { headers: this.headers(), redirect: 'manual' });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
  }

  async post(
    path: string,
    fields: Record<string, string | string[]>,
    withCsrf = true,
  ): Promise<{ status: number; text: string; response: Response }> {
    const body = new URLSearchParams();
    if (withCsrf) body.append('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
    const response = await fetch(`${this.base}${path}`, { method: 'POST', body, headers: this.headers(), redirect: 'manual' });
    this.remember(response);
    return { status: response.status, text: await response.text(), response };
  }

  /** Signs in through the form; answers the status of the answer (303 when it worked). */
  async signIn(username: string, password = PASSWORD): Promise<number> {
    await this.get('/petugas/masuk');
    return (await this.post('/petugas/masuk', { username, password, lanjut: '/petugas' })).status;
  }
}
