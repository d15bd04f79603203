import type { ComplaintView } from '@aduan/spec';

/** Keterangan by lifecycle status, as LAPOR! admins write it in the recap. */
export const RECAP_REMARKS: Readonly<Record<string, string>> = {
  received: 'Menunggu verifikasi',
  needs_info: 'Menunggu kelengkapan data',
  verified: 'Sedang diproses',
  disposed: 'Sedang diproses',
  responded: 'Sudah ditanggapi, menunggu konfirmasi pelapor',
  escalated: 'Sedang diproses (dieskalasi)',
  resolved: 'Selesai',
  rejected: 'Diarsipkan',
  merged: 'Digabungkan dengan aduan lain',
  handed_over: 'Dialihkan melalui SP4N-LAPOR!',
};

/** Tanggapan, as the SIPANDA recap writes it. */
export const ANSWERED = 'Sudah ada tanggapan';
export const NOT_ANSWERED = 'Belum ada tanggapan';

/**
 * The User column. The recap leaves the desk (it goes up the chain), so an anonim or rahasia
 * complaint never shows a name, whoever reads it; otherwise the name as the desk shows it to the reader.
 */
export function recapUser(view: ComplaintView): string {
  if (view.rahasia) return 'Dirahasiakan';
  if (view.anonim) return 'Anonim';
  const complainant = view.complainant;
  if (complainant.visibility === 'full') return complainant.identity?.name ?? 'Tanpa nama';
  if (complainant.visibility === 'name') return complainant.name ?? 'Tanpa nama';
  return 'Disembunyikan';
}

/**
 * The complaint's reference in another system, read from the view's `externalRefs`
 * (`{ system, id }[]`, written by the SP4N-LAPOR! bridge's link command) when it has them.
 */
export function externalRefOf(view: object, system: string): string | null {
  if (!('externalRefs' in view) || !Array.isArray(view.externalRefs)) return null;
  for (const ref of view.externalRefs as unknown[]) {
    if (typeof ref !== 'object' || ref === null) continue;
    const { system: refSystem, id } = ref as { system?: unknown; id?: unknown };
    if (refSystem === system && typeof id === 'string' && id.length > 0) return id;
  }
  return null;
}
