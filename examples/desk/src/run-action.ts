import type { Desk } from '@aduan/core';
import { InvalidInputError, type Actor, type ComplaintSummary } from '@aduan/spec';
import type { DeskAction } from './allowed-actions.js';

type Form = Record<string, string | File | (string | File)[]>;

const text = (form: Form, name: string): string | undefined => {
  const value = form[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

const required = (form: Form, name: string): string => {
  const value = text(form, name);
  if (value === undefined) throw new InvalidInputError('form', [{ path: name, message: 'wajib diisi' }]);
  return value;
};

/** Confirmations shown after an action succeeded. */
export const DONE: Readonly<Record<DeskAction, string>> = {
  verify: 'Aduan diverifikasi.',
  requestInfo: 'Permintaan data dikirim ke warga.',
  reject: 'Aduan ditolak.',
  dispose: 'Aduan didisposisikan.',
  returnNotOurs: 'Aduan dikembalikan ke koordinator.',
  respond: 'Tindak lanjut dikirim ke warga.',
  resolve: 'Aduan diselesaikan.',
  escalate: 'Aduan dieskalasi.',
  merge: 'Aduan digabungkan.',
  reopen: 'Aduan dibuka kembali.',
  handOver: 'Aduan dialihkan ke SP4N-LAPOR!.',
  submitDraft: 'Draf jawaban dikirim untuk persetujuan.',
  approveDraft: 'Draf disetujui dan jawaban diterbitkan untuk warga.',
  returnDraft: 'Draf dikembalikan dengan catatan.',
};

/**
 * Runs one action from a posted form through the desk as the officer, at the version the officer
 * saw (a complaint changed meanwhile is refused, not overwritten). Every rule is the desk's (and,
 * for drafts, the sign-off plugin's, through `desk.runPluginCommand`).
 */
export async function runAction(desk: Desk, actor: Actor, action: DeskAction, complaintId: string, form: Form): Promise<ComplaintSummary> {
  const versionText = text(form, 'expectedVersion');
  const expectedVersion = versionText !== undefined && /^\d{1,9}$/.test(versionText) ? Number(versionText) : undefined;
  const target = { complaintId, ...(expectedVersion === undefined ? {} : { expectedVersion }) };
  const note = text(form, 'note');
  const withNote = note === undefined ? {} : { note };
  switch (action) {
    case 'verify': {
      const classification = text(form, 'classification') as 'pengaduan' | 'aspirasi' | 'permintaan_informasi' | undefined;
      const category = text(form, 'category');
      return desk.verify(actor, { ...target, ...(classification ? { classification } : {}), ...(category ? { category } : {}) });
    }
    case 'requestInfo':
      return desk.requestInfo(actor, { ...target, message: required(form, 'message') });
    case 'reject':
      return desk.reject(actor, { ...target, reason: required(form, 'reason') as 'spam', ...withNote });
    case 'dispose':
      return desk.dispose(actor, { ...target, unitId: required(form, 'unitId'), ...withNote });
    case 'returnNotOurs': {
      const suggestedUnitId = text(form, 'suggestedUnitId');
      return desk.returnNotOurs(actor, { ...target, reason: required(form, 'reason'), ...(suggestedUnitId ? { suggestedUnitId } : {}) });
    }
    case 'respond':
      return desk.respond(actor, { ...target, message: required(form, 'message') });
    case 'resolve':
      return desk.resolve(actor, { ...target, ...withNote });
    case 'escalate': {
      const level = Number(required(form, 'level'));
      return desk.escalate(actor, { ...target, level, reason: required(form, 'reason') });
    }
    case 'merge': {
      const into = await desk.getByTrackingNumber(actor, required(form, 'intoTrackingNumber'));
      return desk.merge(actor, { ...target, intoId: into.id });
    }
    case 'reopen':
      return desk.reopen(actor, { ...target, reason: required(form, 'reason') });
    case 'handOver': {
      const trackingId = text(form, 'trackingId');
      return desk.handOver(actor, {
        ...target,
        authority: required(form, 'authority'),
        reason: required(form, 'reason'),
        ...(trackingId ? { trackingId } : {}),
      });
    }
    case 'submitDraft':
      await desk.runPluginCommand(actor, 'sign-off', 'submit-draft', { ...target, message: required(form, 'message') });
      return desk.get(actor, complaintId);
    case 'approveDraft': {
      const comment = text(form, 'comment');
      await desk.runPluginCommand(actor, 'sign-off', 'approve', { ...target, ...(comment ? { comment } : {}) });
      return desk.get(actor, complaintId);
    }
    case 'returnDraft':
      await desk.runPluginCommand(actor, 'sign-off', 'return', { ...target, comment: required(form, 'comment') });
      return desk.get(actor, complaintId);
  }
}
