import type { Desk } from '@aduan/core';
import type { WorkOrderAnswer } from '@aduan/plugin-duplicates';
import { InvalidInputError } from '@aduan/spec';
import { Hono, type Context } from 'hono';
import { workOrderOf } from '../complaint-plugins.js';
import { errorPage } from '../pages/error-page.js';
import { refusalOf } from '../refusal.js';
import type { DeskEnv } from '../session.js';

const wrong = (path: string, message: string) => new InvalidInputError('form', [{ path, message }]);
const ID = /^[A-Za-z0-9_-]{1,200}$/;
const WORK_ORDER = /^[\w:.-]{1,120}$/;
/** The duplicates plugin groups at most this many complaints under one work order. */
const MAX_MEMBERS = 50;

/** Why a work order's member was not answered, as the plugin reports it, in Bahasa Indonesia. */
const SKIPPED: Readonly<Record<string, string>> = {
  closed: 'sudah ditutup',
  'already answered': 'sudah dijawab',
  forbidden: 'di luar wewenang Anda',
  plugin_rejected: 'ditolak aturan kota',
  illegal_transition: 'tahapnya tidak dapat dijawab',
};

/** "2 aduan dijawab; 1 dilewati (sudah dijawab)." */
function workOrderSummary(result: WorkOrderAnswer): string {
  const skipped = result.skipped.map((s) => SKIPPED[s.reason] ?? s.reason);
  return `${result.responded.length} aduan dijawab${skipped.length > 0 ? `; ${skipped.length} dilewati (${[...new Set(skipped)].join(', ')})` : ''}.`;
}

/**
 * The duplicates plugin's forms on a complaint's page: merge a suggested duplicate into this
 * complaint (the desk's `merge`), group complaints under one work order (`duplicates/group`) and
 * answer a work order once for all its members (`duplicates/answer`). Each goes through the desk
 * as the officer, so unit scope and roles are the desk's; a refusal comes back as a notice.
 */
export function duplicateRoutes(options: { desk: Desk }): Hono<DeskEnv> {
  const { desk } = options;
  const app = new Hono<DeskEnv>();

  /** Runs one act; a refusal of access is a page of its own, anything else a notice on the complaint. */
  const act = async (
    c: Context<DeskEnv>,
    run: (id: string, form: Record<string, string | File | (string | File)[]>) => Promise<string>,
  ) => {
    const id = c.req.param('id') ?? '';
    if (!ID.test(id)) return c.html(errorPage({ officer: c.get('officer'), csrf: c.get('csrf'), message: 'Aduan tidak ditemukan.' }), 404);
    try {
      const done = await run(id, await c.req.parseBody({ all: true }));
      return c.redirect(`/petugas/aduan/${id}?ok=${encodeURIComponent(done)}`, 303);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.status === 403 || refusal.status === 404 || refusal.status === 500) {
        return c.html(errorPage({ officer: c.get('officer'), csrf: c.get('csrf'), message: refusal.message }), refusal.status);
      }
      return c.redirect(`/petugas/aduan/${id}?galat=${encodeURIComponent(refusal.message)}`, 303);
    }
  };
  const one = (value: unknown) => (typeof value === 'string' ? value : '');

  app.post('/aduan/:id/duplikat/gabung', (c) =>
    act(c, async (id, form) => {
      const duplicateId = one(form.duplicateId);
      if (!ID.test(duplicateId) || duplicateId === id) throw wrong('duplicateId', 'pilih aduan lain yang akan digabungkan');
      // Both must be readable by the officer: the target first, so another unit's page gives nothing away.
      const target = await desk.get(c.get('officer').actor, id);
      const duplicate = await desk.merge(c.get('officer').actor, { complaintId: duplicateId, intoId: target.id });
      return `Aduan ${duplicate.trackingNumber} digabungkan ke aduan ini.`;
    }),
  );

  app.post('/aduan/:id/duplikat/kelompok', (c) =>
    act(c, async (id, form) => {
      const members = [form.anggota ?? []].flat().filter((value): value is string => typeof value === 'string' && ID.test(value));
      if (members.length === 0 || members.length >= MAX_MEMBERS) throw wrong('anggota', `pilih 1 sampai ${MAX_MEMBERS - 1} aduan`);
      const title = one(form.title).trim();
      const grouped = (await desk.runPluginCommand(c.get('officer').actor, 'duplicates', 'group', {
        complaintIds: [id, ...new Set(members.filter((member) => member !== id))],
        title,
      })) as { workOrderId: string; members: string[] };
      return `Perintah kerja dibuat untuk ${grouped.members.length} aduan.`;
    }),
  );

  app.post('/aduan/:id/perintah-kerja/jawab', (c) =>
    act(c, async (id, form) => {
      const workOrderId = one(form.workOrderId);
      if (!WORK_ORDER.test(workOrderId)) throw wrong('workOrderId', 'perintah kerja tidak dikenal');
      // Only the work order this complaint belongs to, as its history (read as the officer) says.
      if (workOrderOf(await desk.history(c.get('officer').actor, id))?.workOrderId !== workOrderId) {
        throw wrong('workOrderId', 'aduan ini bukan bagian dari perintah kerja tersebut');
      }
      const result = (await desk.runPluginCommand(c.get('officer').actor, 'duplicates', 'answer', {
        workOrderId,
        message: one(form.message).trim(),
      })) as WorkOrderAnswer;
      return `Perintah kerja dijawab: ${workOrderSummary(result)}`;
    }),
  );

  return app;
}
