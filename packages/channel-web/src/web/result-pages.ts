import type { PublicTracking } from '@aduan/core';
import type { FieldIssue } from '@aduan/spec';
import type { DescribedError } from '../http/describe-error.js';
import { STATUS_LABELS_ID } from '../status-labels.js';
import { escapeHtml, htmlPage } from './html-page.js';

/** Form labels by the issue paths the desk reports, so a resident sees the field they filled. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Judul pengaduan',
  description: 'Uraian pengaduan',
  classification: 'Jenis laporan',
  category: 'Kategori',
  occurredAt: 'Waktu kejadian',
  'location.address': 'Alamat',
  'location.kelurahan': 'Kelurahan',
  'location.kecamatan': 'Kecamatan',
  'location.lat': 'Garis lintang',
  'location.long': 'Garis bujur',
  'contact.name': 'Nama',
  'contact.phone': 'Nomor telepon',
  'contact.email': 'Email',
  'contact.whatsapp': 'Nomor WhatsApp',
  anonim: 'Anonim',
  rahasia: 'Rahasia',
  attachments: 'Lampiran',
};

export interface Links {
  form: string;
  tracking: (trackingNumber: string) => string;
}

export function confirmationPage(outcome: { trackingNumber: string; status: PublicTracking['status']; duplicate: boolean }, links: Links): string {
  const lead = outcome.duplicate
    ? 'Pengaduan ini sudah pernah dikirim sebelumnya, jadi tidak dicatat dua kali.'
    : 'Terima kasih, pengaduan Anda telah kami terima.';
  return htmlPage(
    'Pengaduan diterima',
    `<h1>Pengaduan diterima</h1>
<div role="status">
<p>${lead}</p>
<p>Nomor pelacakan: <strong id="tracking-number">${escapeHtml(outcome.trackingNumber)}</strong></p>
</div>
<p>Simpan nomor ini untuk memantau perkembangan pengaduan Anda.</p>
<p>Status: ${escapeHtml(STATUS_LABELS_ID[outcome.status])}</p>
<p><a href="${escapeHtml(links.tracking(outcome.trackingNumber))}">Lihat status pengaduan</a></p>
<p><a href="${escapeHtml(links.form)}">Kirim pengaduan lain</a></p>`,
  );
}

const DATE_FORMAT = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' });

export function trackingPage(tracking: PublicTracking): string {
  const title = tracking.title === undefined ? '' : `<p>Judul: ${escapeHtml(tracking.title)}</p>\n`;
  return htmlPage(
    `Status pengaduan ${tracking.trackingNumber}`,
    `<h1>Status pengaduan</h1>
<p>Nomor pelacakan: <strong>${escapeHtml(tracking.trackingNumber)}</strong></p>
${title}<p>Status: <strong>${escapeHtml(STATUS_LABELS_ID[tracking.status])}</strong></p>
<p>Diterima: ${escapeHtml(DATE_FORMAT.format(new Date(tracking.createdAt)))} WIB</p>
<p>Terakhir diperbarui: ${escapeHtml(DATE_FORMAT.format(new Date(tracking.updatedAt)))} WIB</p>`,
  );
}

function issueItem(issue: FieldIssue): string {
  const label = FIELD_LABELS[issue.path] ?? issue.path;
  return `<li>${label ? `${escapeHtml(label)}: ` : ''}${escapeHtml(issue.message)}</li>`;
}

const HEADLINES: Record<number, string> = {
  400: 'Mohon periksa kembali isian berikut.',
  404: 'Halaman atau pengaduan yang Anda cari tidak ditemukan.',
  413: 'Kiriman Anda terlalu besar. Kurangi ukuran atau jumlah lampiran, lalu coba lagi.',
  415: 'Formulir dikirim dalam format yang tidak dikenal.',
};

/** The page a browser sees when its submission was refused: what to fix, and the way back. */
export function errorPage(error: DescribedError, links: Links): string {
  const headline = HEADLINES[error.status] ?? 'Maaf, pengaduan belum dapat diproses. Silakan coba beberapa saat lagi.';
  const issues = error.issues && error.issues.length > 0 ? `\n<ul>\n${error.issues.map(issueItem).join('\n')}\n</ul>` : '';
  return htmlPage(
    'Pengaduan belum terkirim',
    `<h1>Pengaduan belum terkirim</h1>
<div class="alert" role="alert">
<p>${escapeHtml(headline)}</p>${issues}
</div>
<p><a href="${escapeHtml(links.form)}">Kembali ke formulir</a></p>`,
  );
}
