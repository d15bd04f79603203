import {
  AccountVersionConflictError,
  AduanError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidInputError,
  NotFoundError,
  PluginRejectedError,
  VersionConflictError,
} from '@aduan/spec';

/** What an officer reads when the desk refuses something: Indonesian, specific, never a stack trace. */
export interface Refusal {
  status: 400 | 403 | 404 | 409 | 500;
  message: string;
}

/** Turns a desk error into a message for the officer; anything not an aduan error is a server fault with no detail. */
export function refusalOf(error: unknown): Refusal {
  if (ForbiddenError.isInstance(error)) return { status: 403, message: 'Anda tidak berwenang melakukan tindakan ini pada aduan ini.' };
  if (NotFoundError.isInstance(error)) return { status: 404, message: 'Aduan tidak ditemukan, atau tidak termasuk wewenang Anda.' };
  if (IllegalTransitionError.isInstance(error)) {
    return {
      status: 409,
      message: 'Tindakan ini tidak dapat dilakukan pada tahap aduan sekarang. Muat ulang halaman untuk melihat tahapnya.',
    };
  }
  if (VersionConflictError.isInstance(error) || AccountVersionConflictError.isInstance(error)) {
    return { status: 409, message: 'Aduan baru saja diubah oleh petugas lain. Muat ulang halaman, lalu ulangi bila masih perlu.' };
  }
  if (InvalidInputError.isInstance(error)) {
    // The desk validates in Bahasa Indonesia by default; the issue messages name the field to fix.
    const issues = error.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    return { status: 400, message: `Isian belum benar — ${issues.join('; ')}` };
  }
  // The city's plugins say what to change (reply review lists it, in Bahasa Indonesia): pass it on.
  if (PluginRejectedError.isInstance(error)) return { status: 409, message: `Ditolak oleh aturan kota. ${error.reason}` };
  if (AduanError.isInstance(error) && error.code === 'plugin_rejected') return { status: 409, message: 'Ditolak oleh aturan kota.' };
  return { status: 500, message: 'Terjadi gangguan pada layanan. Silakan coba lagi sebentar lagi.' };
}
