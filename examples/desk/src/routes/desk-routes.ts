import type { Accounts } from '@aduan/accounts';
import type { Desk } from '@aduan/core';
import type { WorkingCalendar } from '@aduan/core/calendar';
import type { Actor, Clock } from '@aduan/spec';
import { Hono, type Context } from 'hono';
import { allowedActions, type DeskAction } from '../allowed-actions.js';
import { applyFilterForm, readFilterForm } from '../list-filter.js';
import { type DeskPluginSettings, readComplaintPlugins } from '../complaint-plugins.js';
import { complaintPage } from '../pages/complaint-page.js';
import { errorPage } from '../pages/error-page.js';
import { queuePage } from '../pages/queue-page.js';
import type { QueueLister } from '../queue-list.js';
import { QUEUES, queueBySlug } from '../queues.js';
import { refusalOf } from '../refusal.js';
import { DONE, runAction } from '../run-action.js';
import type { DeskEnv } from '../session.js';

/** What the officer pages read: the desk (never the store), the working calendar and "now". */
export interface DeskRouteOptions {
  desk: Desk;
  accounts: Accounts;
  calendar: WorkingCalendar;
  clock: Clock;
  /** The plugins the desk runs, so the pages offer their forms; default none. */
  plugins?: DeskPluginSettings;
  /** Lists and counts the queues (the reopened one from its index). */
  queues: QueueLister;
}

const PAGE_SIZE = 50;
const ACTIONS = new Set<string>([
  'verify',
  'requestInfo',
  'reject',
  'dispose',
  'returnNotOurs',
  'respond',
  'resolve',
  'escalate',
  'merge',
  'reopen',
  'handOver',
  'submitDraft',
  'approveDraft',
  'returnDraft',
]);
const NO_PLUGINS: DeskPluginSettings = { names: [], signOffUnits: [] };
const TEMPLATE_ID = /^[\w:.-]{1,200}$/;
/** Complaints one bulk action may touch: a page of the list. */
const MAX_BULK = 100;
const ID = /^[A-Za-z0-9_-]{1,200}$/;

/** The notice a redirect carries back (`?ok=` a confirmation, `?galat=` a refusal), cut to a sane length. */
function noticeOf(c: Context<DeskEnv>) {
  const ok = c.req.query('ok');
  const error = c.req.query('galat');
  if (error) return { kind: 'error' as const, text: error.slice(0, 500) };
  if (ok) return { kind: 'ok' as const, text: ok.slice(0, 500) };
  return undefined;
}

/** The queues, the complaint page, its actions and bulk actions; every read and command goes through the desk as the officer. */
export function deskRoutes(options: DeskRouteOptions): Hono<DeskEnv> {
  const { desk, calendar, clock } = options;
  const plugins = options.plugins ?? NO_PLUGINS;
  const app = new Hono<DeskEnv>();

  /** The live count of every queue the officer's menu shows, each through the desk (so scoped to the officer). */
  const countQueues = (actor: Actor, now: Date) =>
    Promise.all(
      QUEUES.filter((queue) => queue.forRoles.includes(actor.role)).map(async (queue) => ({
        queue,
        count: await options.queues.count(actor, queue, queue.filter(now, calendar)),
      })),
    );

  const refused = (c: Context<DeskEnv>, error: unknown) => {
    const refusal = refusalOf(error);
    return c.html(errorPage({ officer: c.get('officer'), csrf: c.get('csrf'), message: refusal.message }), refusal.status);
  };

  app.get('/', (c) => {
    const role = c.get('officer').actor.role;
    return c.redirect(`/petugas/antrean/${role === 'unit_officer' ? 'unit-saya' : role === 'coordinator' ? 'baru' : 'semua'}`, 303);
  });

  app.get('/antrean/:slug', async (c) => {
    const officer = c.get('officer');
    const current = queueBySlug(c.req.param('slug'));
    if (!current) return c.html(errorPage({ officer, csrf: c.get('csrf'), message: 'Antrean tidak ditemukan.' }), 404);
    const now = clock.now();
    const form = readFilterForm(c.req.query());
    const cursor = c.req.query('setelah');
    try {
      const counts = await countQueues(officer.actor, now);
      const filter = applyFilterForm(current.filter(now, calendar), form);
      const listed = filter
        ? await options.queues.list(officer.actor, current, filter, {
            limit: PAGE_SIZE,
            ...(cursor ? { cursor: cursor.slice(0, 500) } : {}),
          })
        : { items: [], nextCursor: null };
      const notice = noticeOf(c);
      return c.html(
        queuePage({
          officer,
          csrf: c.get('csrf'),
          queues: counts,
          current,
          form,
          items: listed.items,
          nextCursor: listed.nextCursor,
          paged: cursor !== undefined,
          ...(notice ? { notice } : {}),
        }),
      );
    } catch (error) {
      return refused(c, error);
    }
  });

  app.get('/aduan/:id', async (c) => {
    const officer = c.get('officer');
    const id = c.req.param('id');
    if (!ID.test(id)) return refused(c, undefined);
    try {
      const complaint = await desk.get(officer.actor, id);
      // Read access was just checked by the desk; the chain verdict has no actor of its own.
      const [history, verdict] = await Promise.all([desk.history(officer.actor, id), desk.verifyHistory(id)]);
      const names = new Map<string, string>();
      for (const actorId of new Set(
        history.filter((e) => e.actor.role !== 'system' && e.actor.role !== 'complainant').map((e) => e.actor.id),
      )) {
        const account = await options.accounts.findById(actorId);
        if (account) names.set(actorId, account.displayName);
      }
      const now = clock.now();
      const notice = noticeOf(c);
      const chosen = c.req.query('templat');
      const extras = await readComplaintPlugins(
        desk,
        officer.actor,
        complaint,
        history,
        plugins,
        chosen && TEMPLATE_ID.test(chosen) ? chosen : undefined,
        now,
      );
      const role = officer.actor.role;
      const answering = complaint.status === 'disposed' || complaint.status === 'escalated';
      return c.html(
        complaintPage({
          officer,
          csrf: c.get('csrf'),
          complaint,
          history,
          verdict,
          names,
          actions: allowedActions(officer.actor, complaint, now, extras.signOff),
          plugins: extras,
          duplicateRights: {
            mayMerge: role === 'coordinator',
            mayGroup: role === 'coordinator' || role === 'unit_officer',
            mayAnswerWorkOrder: (role === 'coordinator' || role === 'unit_officer') && answering && !extras.signOff.required,
          },
          now,
          calendar,
          ...(notice ? { notice } : {}),
        }),
      );
    } catch (error) {
      return refused(c, error);
    }
  });

  app.post('/aduan/:id/:action', async (c) => {
    const officer = c.get('officer');
    const id = c.req.param('id');
    const action = c.req.param('action');
    if (!ID.test(id) || !ACTIONS.has(action))
      return c.html(errorPage({ officer, csrf: c.get('csrf'), message: 'Tindakan tidak dikenal.' }), 404);
    try {
      const form = await c.req.parseBody();
      await runAction(desk, officer.actor, action as DeskAction, id, form);
      let done = DONE[action as DeskAction];
      const templateId = typeof form.templateId === 'string' && TEMPLATE_ID.test(form.templateId) ? form.templateId : undefined;
      if (templateId && (action === 'respond' || action === 'submitDraft')) {
        // The answer stands either way; a use that could not be counted is said, not hidden.
        try {
          await desk.runPluginCommand(officer.actor, 'templates', 'record-use', { complaintId: id, templateId });
        } catch {
          done += ' Pemakaian templat tidak tercatat.';
        }
      }
      return c.redirect(`/petugas/aduan/${id}?ok=${encodeURIComponent(done)}`, 303);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.status === 403 || refusal.status === 404 || refusal.status === 500) return refused(c, error);
      return c.redirect(`/petugas/aduan/${id}?galat=${encodeURIComponent(refusal.message)}`, 303);
    }
  });

  app.post('/massal', async (c) => {
    const officer = c.get('officer');
    const body = await c.req.parseBody({ all: true });
    const ids = [body.id ?? []].flat().filter((value): value is string => typeof value === 'string' && ID.test(value));
    const back = typeof body.kembali === 'string' && /^\/petugas\/antrean\/[a-z-]{1,40}$/.test(body.kembali) ? body.kembali : '/petugas';
    if (ids.length === 0) return c.redirect(`${back}?galat=${encodeURIComponent('Pilih dulu aduan yang akan diproses.')}`, 303);
    if (ids.length > MAX_BULK) return c.redirect(`${back}?galat=${encodeURIComponent(`Paling banyak ${MAX_BULK} aduan sekaligus.`)}`, 303);
    const chosen = typeof body.tindakan === 'string' ? body.tindakan : '';
    const plans: Record<string, [DeskAction, Record<string, string>]> = {
      dispose: ['dispose', { unitId: typeof body.unitId === 'string' ? body.unitId : '' }],
      rejectSpam: ['reject', { reason: 'spam' }],
      requestInfo: ['requestInfo', { message: typeof body.pesan === 'string' ? body.pesan : '' }],
    };
    const plan = plans[chosen];
    if (!plan) return c.redirect(`${back}?galat=${encodeURIComponent('Tindakan massal tidak dikenal.')}`, 303);
    const results: { trackingNumber: string; ok: boolean; message: string }[] = [];
    // One at a time: each complaint gets its own answer, and one refusal does not stop the rest.
    for (const id of ids) {
      let trackingNumber = id;
      try {
        trackingNumber = (await desk.get(officer.actor, id)).trackingNumber;
        await runAction(desk, officer.actor, plan[0], id, plan[1]);
        results.push({ trackingNumber, ok: true, message: DONE[plan[0]] });
      } catch (error) {
        results.push({ trackingNumber, ok: false, message: refusalOf(error).message });
      }
    }
    const current = queueBySlug(back.split('/').at(-1) ?? '') ?? QUEUES[0]!;
    const now = clock.now();
    const counts = await countQueues(officer.actor, now);
    const listed = await options.queues.list(officer.actor, current, current.filter(now, calendar), { limit: PAGE_SIZE });
    return c.html(
      queuePage({
        officer,
        csrf: c.get('csrf'),
        queues: counts,
        current,
        form: {},
        items: listed.items,
        nextCursor: listed.nextCursor,
        paged: false,
        bulkResults: results,
      }),
    );
  });

  return app;
}
