import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Accounts, SessionTokens } from '@aduan/accounts';
import { honoHandler } from '@aduan/adapter-utils/hono';
import { createChannelEndpoint, type Desk } from '@aduan/core';
import type { WorkingCalendar } from '@aduan/core/calendar';
import { createOpen311, createWebIntake } from '@aduan/channel-web';
import type { ChannelV1, Clock } from '@aduan/spec';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { landingPage } from './pages/landing-page.js';
import type { DeskPluginSettings } from './complaint-plugins.js';
import { authRoutes, type LoginRateLimits } from './routes/auth-routes.js';
import { duplicateRoutes } from './routes/duplicate-routes.js';
import type { Reports } from '@aduan/reports';
import { dashboardRoutes } from './routes/dashboard-routes.js';
import { deskRoutes } from './routes/desk-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { quarantineRoutes } from './routes/quarantine-routes.js';
import { createQueueLister } from './queue-list.js';
import type { ReopenedIndex } from './reopened-index.js';
import { csrfProtection, requireOfficer, type DeskEnv } from './session.js';
import { CATEGORIES } from './units.js';

/** Everything the app is built from; `startDeskService` makes them from the environment, tests make their own. */
export interface DeskAppOptions {
  desk: Desk;
  accounts: Accounts;
  tokens: SessionTokens;
  calendar: WorkingCalendar;
  clock: Clock;
  /** Channels whose webhooks are served at `/webhook/<channel>` (WhatsApp, SMS when configured). */
  channels: readonly ChannelV1[];
  secureCookies: boolean;
  /** The KPIs the dashboard shows (`createReports` over the desk's store). */
  reports: Reports;
  /**
   * Budgets of sign-in attempts; default 5 per username then 1 a minute, and 20 per client address
   * then 10 a minute, refilled by `clock` (default the system clock: attempts come in real time,
   * even when the desk runs on a virtual one). Tests that sign in often pass larger budgets here.
   */
  loginRateLimits?: LoginRateLimits;
  /** The "Dibuka Kembali" read model: the same instance must be among the desk's plugins (`createReopenedIndex`). */
  reopened: ReopenedIndex;
  /** The plugins the desk runs (as `createDeskPlugins` built them), so the pages offer their forms; default none. */
  plugins?: DeskPluginSettings;
  /** Told about server faults of the public surfaces, with the incident id the client got. */
  onError?: (error: unknown, incidentId: string) => void;
}

/** Officer forms are short text: anything larger is refused before it is read. */
const FORM_LIMIT_BYTES = 64 * 1024;

const asset = (path: string) => readFileSync(new URL(`../public/${path}`, import.meta.url));
/** Chart.js's browser build (the UMD file beside the package's main entry), served by the app: no CDN. */
const chartJs = () => readFileSync(join(dirname(fileURLToPath(import.meta.resolve('chart.js'))), 'chart.umd.min.js'));

/**
 * The whole service as one Hono app: resident pages (`/warga`), Open311 (`/open311`), channel
 * webhooks (`/webhook/...`), the officer desk (`/petugas`) and its static files (`/static`).
 */
export function createDeskApp(options: DeskAppOptions): Hono {
  const { desk, clock } = options;
  const app = new Hono();
  const session = { accounts: options.accounts, tokens: options.tokens, secure: options.secureCookies };
  const onError = options.onError ?? (() => undefined);

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );

  const files = { css: asset('desk.css'), dashboard: asset('dashboard.js'), chart: chartJs() };
  const cached = { 'Cache-Control': 'public, max-age=3600' };
  app.get('/static/desk.css', (c) => c.body(files.css, 200, { 'Content-Type': 'text/css; charset=utf-8', ...cached }));
  app.get('/static/dashboard.js', (c) => c.body(files.dashboard, 200, { 'Content-Type': 'text/javascript; charset=utf-8', ...cached }));
  app.get('/static/chart.umd.min.js', (c) => c.body(files.chart, 200, { 'Content-Type': 'text/javascript; charset=utf-8', ...cached }));

  app.get('/', (c) => c.html(landingPage()));
  app.get('/lacak', (c) => {
    const number = (c.req.query('nomor') ?? '').trim().slice(0, 60);
    return c.redirect(number ? `/warga/complaints/${encodeURIComponent(number)}` : '/', 303);
  });
  app.all('/warga/*', honoHandler(createWebIntake({ desk, basePath: '/warga', clock, onError })));
  app.all(
    '/open311/*',
    honoHandler(
      createOpen311({
        desk,
        basePath: '/open311',
        jurisdictionId: 'pekalongankota.go.id',
        services: CATEGORIES.map((category, index) => ({
          service_code: `A${String(index + 1).padStart(2, '0')}`,
          service_name: category,
          category,
        })),
      }),
    ),
  );
  for (const channel of options.channels) {
    app.all(`/webhook/${channel.channel}`, honoHandler(createChannelEndpoint({ desk, channel, onError })));
  }

  const officers = new Hono<DeskEnv>();
  officers.use('*', bodyLimit({ maxSize: FORM_LIMIT_BYTES, onError: (c) => c.text('Isian terlalu besar.', 413) }));
  officers.use('*', csrfProtection(session));
  officers.route('/', authRoutes({ ...session, ...options.loginRateLimits }));
  officers.use('*', requireOfficer(session));
  officers.route('/', dashboardRoutes({ desk, clock, reports: options.reports }));
  const queues = createQueueLister(desk, options.reopened);
  officers.route('/', exportRoutes({ queues, calendar: options.calendar, clock }));
  officers.route('/', quarantineRoutes({ desk }));
  officers.route('/', duplicateRoutes({ desk }));
  officers.route(
    '/',
    deskRoutes({
      desk,
      accounts: options.accounts,
      calendar: options.calendar,
      clock,
      queues,
      ...(options.plugins ? { plugins: options.plugins } : {}),
    }),
  );
  app.route('/petugas', officers);
  return app;
}
