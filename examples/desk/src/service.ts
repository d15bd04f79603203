import type { AddressInfo } from 'node:net';
import { createAccounts, createSessionTokens } from '@aduan/accounts';
import { createDesk, createOutboxRelay, type Desk, type OutboxRelay } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import { createTwilioSmsChannel } from '@aduan/channel-sms';
import { createWhatsAppChannel } from '@aduan/channel-whatsapp';
import { createPostgresAccountStore, createPostgresChannelState, type SqlStore } from '@aduan/store-postgres';
import { createPostgresStore } from '@aduan/store-postgres/pg';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { systemClock } from '@aduan/adapter-utils';
import type { ChannelV1, Clock } from '@aduan/spec';
import { serve, type ServerType } from '@hono/node-server';
import { createDeskApp } from './app.js';
import { createReopenedIndex } from './reopened-index.js';
import type { LoginRateLimits } from './routes/auth-routes.js';
import type { DeskConfig } from './config.js';
import { createDeskReports } from './desk-reports.js';
import { createDeskPlugins } from './desk-plugins.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoCity, type DemoSeedReport } from './demo-seed.js';
import { loadSecrets } from './secrets.js';

/** A running desk service. */
export interface DeskService {
  /** The desk the service runs (for embedding apps and tests: sweeps at a chosen instant, direct commands). */
  desk: Desk;
  /** Where it listens, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** What the demo seed did on this start; undefined when the database already had accounts or the demo is off. */
  seeded: DemoSeedReport | undefined;
  /** The demo logins to print (empty when the demo is off). */
  demoLogins: { username: string; role: string; password: string }[];
  /**
   * Stops taking requests, gives those in flight `shutdownGraceMs` to finish (then drops their
   * connections), stops the scheduler and relay, and closes the store. Idempotent.
   */
  close(): Promise<void>;
}

export interface DeskServiceOptions {
  clock?: Clock;
  /** Complaints of the demo city; default 150. */
  demoComplaints?: number;
  log?: (line: string) => void;
  /** The sign-in throttle (budgets and their clock); default 5 per username, 20 per address, on the system clock. */
  loginRateLimits?: LoginRateLimits;
  /** How long `close()` lets requests in flight finish before it drops their connections; default 5,000 ms. */
  shutdownGraceMs?: number;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 5_000;

async function openStore(config: DeskConfig): Promise<SqlStore> {
  if (config.databaseUrl) return createPostgresStore({ connectionString: config.databaseUrl });
  // The data folder is PGlite's (as `aduan --data-dir` expects); aduan-secrets.json sits beside its files.
  return createPGliteStore({ dataDir: config.dataDir });
}

/** Node's `http.Server` connection controls (Hono's server type is a union that also names HTTP/2). */
type ConnectionControls = { closeIdleConnections?: () => void; closeAllConnections?: () => void };

const closeServer = (server: ServerType, graceMs: number) =>
  new Promise<void>((resolve) => {
    const connections = server as ConnectionControls;
    // A request that never completes (a browser's half-sent request, a stalled client) would hold
    // close() open until Node's header timeout or forever: after the grace period it is dropped.
    const deadline = setTimeout(() => connections.closeAllConnections?.(), graceMs);
    server.close(() => {
      clearTimeout(deadline);
      resolve();
    });
    // Idle keep-alive connections would hold close() open; requests in flight still finish.
    connections.closeIdleConnections?.();
  });

/**
 * Starts the whole service in this process: the store (PGlite in the data folder, or the server
 * of `DATABASE_URL`), the desk with Pekalongan's SLA policy, the national working calendar and
 * the plugins of `ADUAN_PLUGINS`,
 * officer accounts in the same database, the demo city on first start, the HTTP app, the deadline
 * scheduler and (when a channel is configured) the outbox relay. A second process on the same
 * PGlite folder fails here with `StoreLockedError`.
 */
export async function startDeskService(config: DeskConfig, options: DeskServiceOptions = {}): Promise<DeskService> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const graceMs = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
  // The store first: PGlite creates a new database only in an empty folder, and its lock refuses a second process.
  const store = await openStore(config);
  let secrets: ReturnType<typeof loadSecrets>;
  try {
    secrets = loadSecrets(config.dataDir, {
      ...(config.sessionSecret ? { sessionSecret: config.sessionSecret } : {}),
      ...(config.pseudonymKey ? { pseudonymKey: config.pseudonymKey } : {}),
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const calendar = createWorkingCalendar();
  const deadlines = createSlaPolicy(slaPresets.pekalongan, calendar);
  const accounts = createAccounts({ store: createPostgresAccountStore(store), clock });
  // The demo city first: the desk's plugins then read it (the desk builds every read model, the duplicate and reopened indexes among them, in one pass over the history at start-up).
  let seeded: DemoSeedReport | undefined;
  try {
    if (config.demo && (await accounts.list({ limit: 1 })).items.length === 0) {
      log('Menyiapkan kota demo (akun dan aduan contoh)…');
      seeded = await seedDemoCity({
        store,
        accounts,
        deadlines,
        now: clock.now(),
        plugins: config,
        pseudonymKey: secrets.pseudonymKey,
        ...(options.demoComplaints === undefined ? {} : { complaints: options.demoComplaints }),
      });
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  const { plugins, templateStore } = createDeskPlugins(config, store);
  const reopened = createReopenedIndex();
  const desk = createDesk({ store, deadlines, clock, pseudonymKey: secrets.pseudonymKey, plugins: [...plugins, reopened] });
  let relay: OutboxRelay | undefined;
  let server: ServerType | undefined;
  try {
    const channelState = createPostgresChannelState(store);
    const channels: ChannelV1[] = [];
    if (config.whatsapp) {
      const { templateName, templateLanguage, ...whatsapp } = config.whatsapp;
      channels.push(
        createWhatsAppChannel({
          ...whatsapp,
          clock,
          state: channelState,
          templates: { outsideWindow: { name: templateName, language: templateLanguage } },
        }),
      );
    }
    if (config.twilio) channels.push(createTwilioSmsChannel({ ...config.twilio, clock, state: channelState }));

    const tokens = createSessionTokens({ secret: secrets.sessionSecret, clock });
    const app = createDeskApp({
      desk,
      accounts,
      tokens,
      calendar,
      clock,
      channels,
      secureCookies: config.secureCookies,
      reports: createDeskReports({ store, desk, calendar, clock }),
      reopened,
      plugins: { names: config.plugins, signOffUnits: config.signOffUnits },
      ...(options.loginRateLimits ? { loginRateLimits: options.loginRateLimits } : {}),
      onError: (error, incidentId) => log(`galat ${incidentId}: ${error instanceof Error ? error.message : String(error)}`),
    });
    const scheduler = desk.startScheduler({ onError: (error) => log(`sapuan batas waktu gagal: ${String(error)}`) });
    if (channels.length > 0) {
      relay = createOutboxRelay({ store, channels, clock });
      relay.start(5_000);
    }
    const listening = await new Promise<AddressInfo>((resolve) => {
      server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => resolve(info));
    });
    let closing: Promise<void> | undefined;
    return {
      desk,
      url: `http://${listening.address.includes(':') ? `[${listening.address}]` : listening.address}:${listening.port}`,
      seeded,
      demoLogins: config.demo
        ? DEMO_ACCOUNTS.map((account) => ({ username: account.username, role: account.role, password: DEMO_PASSWORD }))
        : [],
      close: () =>
        (closing ??= (async () => {
          if (server) await closeServer(server, graceMs);
          await relay?.stop();
          await scheduler.stop();
          await channelState.close();
          await templateStore?.close();
          await desk.close();
        })()),
    };
  } catch (error) {
    if (server) await closeServer(server, graceMs);
    await relay?.stop();
    await templateStore?.close();
    await desk.close();
    throw error;
  }
}
