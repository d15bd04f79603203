import type { ComplaintStatus } from '@aduan/spec';

/** What each state means to a resident, in Bahasa Indonesia (pages and Open311 `status_notes`). */
export const STATUS_LABELS_ID: Readonly<Record<ComplaintStatus, string>> = {
  received: 'Diterima, menunggu verifikasi',
  needs_info: 'Menunggu kelengkapan data dari pelapor',
  verified: 'Terverifikasi',
  disposed: 'Diteruskan ke unit yang berwenang',
  responded: 'Telah ditindaklanjuti',
  resolved: 'Selesai',
  escalated: 'Ditangani oleh tingkat yang lebih tinggi',
  rejected: 'Tidak dapat diproses',
  merged: 'Digabung dengan laporan lain',
  handed_over: 'Dialihkan ke instansi yang berwenang melalui SP4N-LAPOR!',
};
