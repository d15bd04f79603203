import type { ComplaintProjection } from '@aduan/spec';

/** WIB is UTC+7 all year. */
const WIB_OFFSET_MS = 7 * 3_600_000;

/** An instant as a WIB wall-clock time, `2026-01-03 08:30` (empty when absent). */
function wibTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + WIB_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The columns of `aduan export complaints`, Bahasa Indonesia first: what a recap needs, and never
 * the complainant's identity (an export leaves the system's access rules behind).
 */
export const COMPLAINT_COLUMNS: readonly { header: string; value: (complaint: ComplaintProjection) => string }[] = [
  { header: 'Nomor Tiket', value: (c) => c.trackingNumber },
  { header: 'Status', value: (c) => c.status },
  { header: 'Kanal', value: (c) => c.channel },
  { header: 'Klasifikasi', value: (c) => c.classification },
  { header: 'Kategori', value: (c) => c.category ?? '' },
  { header: 'Judul', value: (c) => c.title },
  { header: 'Unit', value: (c) => c.unitId ?? '' },
  { header: 'Kelurahan', value: (c) => c.kelurahan ?? '' },
  { header: 'Anonim', value: (c) => (c.anonim ? 'ya' : 'tidak') },
  { header: 'Rahasia', value: (c) => (c.rahasia ? 'ya' : 'tidak') },
  { header: 'Masuk (WIB)', value: (c) => wibTime(c.createdAt) },
  { header: 'Diperbarui (WIB)', value: (c) => wibTime(c.updatedAt) },
  { header: 'Tenggat (WIB)', value: (c) => wibTime(c.dueAt) },
  { header: 'Tracking ID SP4N-LAPOR!', value: (c) => c.externalRefs.find((ref) => ref.system === 'lapor')?.id ?? '' },
];
