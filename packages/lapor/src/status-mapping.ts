import type { LaporStatusTarget } from '@aduan/spec';

/**
 * LAPOR! status strings and where each leads in aduan's lifecycle: the defaults, from the statuses
 * seen in LAPOR! exports and regional reports. LAPOR!'s statuses are an open set; pass your own
 * table (merged over this one) when an export carries others. A status in no table is reported for
 * its row, never guessed.
 */
export const DEFAULT_LAPOR_STATUS_MAPPING: Readonly<Record<string, LaporStatusTarget>> = {
  'Belum Terverifikasi': 'received',
  'Menunggu Verifikasi': 'received',
  Tertunda: 'needs_info',
  Ditunda: 'needs_info',
  Terverifikasi: 'verified',
  Terdisposisi: 'disposed',
  Didisposisikan: 'disposed',
  'Sedang Diproses': 'disposed',
  Ditindaklanjuti: 'responded',
  'Ditanggapi oleh Instansi': 'responded',
  'Ditanggapi oleh Pelapor': 'responded',
  Selesai: 'resolved',
  'Ditutup oleh Admin': 'resolved',
  'Ditutup oleh Sistem': 'resolved',
  'Diarsipkan oleh Admin': 'rejected',
  'Diarsipkan oleh Sistem': 'rejected',
};

const statusKey = (status: string) => status.trim().replace(/\s+/g, ' ').toLowerCase();

/** Looks statuses up without regard to case or spacing. */
export type StatusLookup = (status: string) => LaporStatusTarget | undefined;

/** A lookup over the defaults with `overrides` on top. */
export function statusLookup(overrides: Readonly<Record<string, LaporStatusTarget>> = {}): StatusLookup {
  const table = new Map<string, LaporStatusTarget>();
  for (const [status, target] of Object.entries({ ...DEFAULT_LAPOR_STATUS_MAPPING, ...overrides })) table.set(statusKey(status), target);
  return (status) => table.get(statusKey(status));
}

/** The problem of a row whose status no table maps: what to add where. */
export const unknownStatusMessage = (status: string): string =>
  `status "${status.slice(0, 60)}" tidak dikenal: tambahkan ke tabel pemetaan status (statusMapping)`;
