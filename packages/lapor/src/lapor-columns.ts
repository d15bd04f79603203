/**
 * The headers of the SP4N-LAPOR! admin export this bridge reads, by the field they fill. Other
 * columns (Provinsi, Nomor SK, …) are ignored. Headers match without regard to case or spacing.
 */
export const LAPOR_COLUMNS = {
  trackingId: 'Tracking ID',
  receivedDate: 'Tanggal Laporan Masuk',
  receivedTime: 'Waktu Laporan Masuk',
  reporterName: 'Nama Pelapor',
  classification: 'Klasifikasi Laporan',
  category: 'Kategori',
  title: 'Judul Laporan',
  initialText: 'Isi Laporan Awal',
  finalText: 'Isi Laporan Akhir',
  privacy: 'Tipe Laporan (Anonim/Rahasia)',
  source: 'Sumber Laporan',
  disposedTo: 'Instansi Terdisposisi',
  status: 'Status Laporan',
  statusReason: 'Alasan Tunda/Arsip',
  kecamatan: 'Kecamatan',
  kelurahan: 'Kelurahan',
  rating: 'Rating',
} as const;

export type LaporField = keyof typeof LAPOR_COLUMNS;

/** Columns a row cannot do without. */
export const REQUIRED_LAPOR_FIELDS: readonly LaporField[] = ['trackingId', 'receivedDate', 'title', 'initialText', 'status'];

/** Other spellings seen in exports of different LAPOR! versions. */
export const LAPOR_HEADER_ALIASES: Readonly<Record<string, LaporField>> = {
  'instansi terdisposisi (skpd)': 'disposedTo',
  'tipe laporan': 'privacy',
};

/** A header as compared: lower case, spaces collapsed. */
export const headerKey = (header: string): string => header.trim().replace(/\s+/g, ' ').toLowerCase();
