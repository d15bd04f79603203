import type { HttpErrorDescription } from '@aduan/adapter-utils';
import type { ComplaintStatus, FieldIssue, PublicTracking } from '@aduan/spec';
import { ATTACHMENT_TYPE_NAMES, type AttachmentType } from '../attachments/attachment-types.js';
import { STATUS_LABELS_ID } from '../status-labels.js';
import { escapeHtml, htmlPage } from './html-page.js';

/** Form labels by the issue paths the desk and this package report, so a resident sees the field they filled. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Judul pengaduan',
  description: 'Uraian pengaduan',
  classification: 'Jenis laporan',
  category: 'Kategori',
  occurredAt: 'Waktu kejadian',
  location: 'Lokasi kejadian',
  'location.address': 'Alamat',
  'location.kelurahan': 'Kelurahan',
  'location.kecamatan': 'Kecamatan',
  'location.lat': 'Garis lintang',
  'location.long': 'Garis bujur',
  contact: 'Data pelapor',
  'contact.name': 'Nama',
  'contact.phone': 'Nomor telepon',
  'contact.email': 'Email',
  'contact.whatsapp': 'Nomor WhatsApp',
  anonim: 'Anonim',
  rahasia: 'Rahasia',
  attachments: 'Lampiran',
  idempotency_key: 'Kode formulir',
  'Idempotency-Key': 'Kode formulir',
};

/** The label of an issue path; paths inside a list (`attachments.0.url`) take their list's label. */
function labelOf(path: string): string | undefined {
  if (path === '') return undefined;
  const exact = FIELD_LABELS[path];
  if (exact !== undefined) return exact;
  const parent = path.replace(/\.\d+(\..*)?$/, '');
  return FIELD_LABELS[parent] ?? FIELD_LABELS[path.split('.')[0]!] ?? 'Isian lain';
}

/** Where the pages link to: the form and a complaint's tracking page, below the base path. */
export interface Links {
  form: string;
  tracking: (trackingNumber: string) => string;
}

const DATE_FORMAT = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' });

/** An instant as residents read it: the date and time in WIB, in a `<time>` element. */
function wib(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(DATE_FORMAT.format(new Date(iso)))} WIB</time>`;
}

/** The page a browser sees once its complaint is filed: the tracking number, and a warning to keep it to oneself. */
export function confirmationPage(outcome: { trackingNumber: string; status: ComplaintStatus; duplicate: boolean }, links: Links): string {
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
<p>Simpan nomor ini dan jangan bagikan kepada orang lain: siapa pun yang memegangnya dapat melihat status pengaduan Anda.</p>
<p>Status: ${escapeHtml(STATUS_LABELS_ID[outcome.status])}</p>
<p><a href="${escapeHtml(links.tracking(outcome.trackingNumber))}">Lihat status pengaduan</a></p>
<p><a href="${escapeHtml(links.form)}">Kirim pengaduan lain</a></p>`,
  );
}

function answersSection(answers: PublicTracking['answers']): string {
  if (answers.length === 0) return '<h2>Tindak lanjut</h2>\n<p>Belum ada tindak lanjut yang dipublikasikan.</p>';
  const items = answers.map(
    (answer) => `<li><p class="meta">${wib(answer.at)}</p><p class="answer">${escapeHtml(answer.message)}</p></li>`,
  );
  return `<h2>Tindak lanjut</h2>\n<ol class="answers">\n${items.join('\n')}\n</ol>`;
}

/**
 * The resident's tracking page. A rahasia complaint shows its status, dates and the published
 * answers to the holder of the number, never its title or category.
 */
export function trackingPage(tracking: PublicTracking): string {
  const details = [
    tracking.title === undefined ? '' : `<dt>Judul</dt><dd>${escapeHtml(tracking.title)}</dd>`,
    tracking.category ? `<dt>Kategori</dt><dd>${escapeHtml(tracking.category)}</dd>` : '',
    `<dt>Status</dt><dd><strong>${escapeHtml(STATUS_LABELS_ID[tracking.status])}</strong></dd>`,
    `<dt>Diterima</dt><dd>${wib(tracking.createdAt)}</dd>`,
    `<dt>Terakhir diperbarui</dt><dd>${wib(tracking.updatedAt)}</dd>`,
    tracking.expectedResolutionAt ? `<dt>Perkiraan selesai</dt><dd>${wib(tracking.expectedResolutionAt)}</dd>` : '',
  ].filter((line) => line !== '');
  const secret = tracking.rahasia ? '<p>Pengaduan ini bersifat rahasia: judul dan isinya tidak ditampilkan di halaman ini.</p>\n' : '';
  return htmlPage(
    `Status pengaduan ${tracking.trackingNumber}`,
    `<h1>Status pengaduan</h1>
<p>Nomor pelacakan: <strong>${escapeHtml(tracking.trackingNumber)}</strong></p>
${secret}<dl>
${details.join('\n')}
</dl>
${answersSection(tracking.answers)}`,
  );
}

function issueItem(issue: FieldIssue): string {
  const label = labelOf(issue.path);
  return `<li>${label ? `${escapeHtml(label)}: ` : ''}${escapeHtml(issue.message)}</li>`;
}

/** What the page says for each kind of refusal; a server fault names only its incident. */
function headline(error: HttpErrorDescription, acceptedTypes: readonly AttachmentType[]): string {
  switch (error.status) {
    case 400:
      return 'Mohon periksa kembali isian berikut.';
    case 404:
      return 'Halaman atau pengaduan yang Anda cari tidak ditemukan.';
    case 413:
      return 'Kiriman Anda terlalu besar. Kurangi ukuran atau jumlah lampiran, lalu coba lagi.';
    case 415:
      return `Jenis berkas lampiran tidak diterima. Yang diterima: ${acceptedTypes.map((type) => ATTACHMENT_TYPE_NAMES[type]).join(', ')}.`;
    case 422:
      return 'Pengaduan belum dapat diterima dalam bentuk ini. Mohon periksa isinya, lalu coba lagi.';
    case 429:
      return `Terlalu banyak permintaan dari jaringan Anda. Silakan coba lagi dalam ${error.headers['retry-after'] ?? 'beberapa'} detik.`;
    default:
      return error.status >= 500
        ? `Maaf, layanan pengaduan sedang mengalami gangguan. Silakan coba beberapa saat lagi. Kode kejadian: ${error.incidentId ?? '-'}.`
        : 'Maaf, permintaan ini tidak dapat diproses.';
  }
}

/** The page a browser sees when its submission was refused: what to fix, and the way back. */
export function errorPage(error: HttpErrorDescription, links: Links, acceptedTypes: readonly AttachmentType[]): string {
  const issues = error.issues && error.issues.length > 0 ? `\n<ul>\n${error.issues.map(issueItem).join('\n')}\n</ul>` : '';
  return htmlPage(
    'Pengaduan belum terkirim',
    `<h1>Pengaduan belum terkirim</h1>
<div class="alert" role="alert">
<p>${escapeHtml(headline(error, acceptedTypes))}</p>${issues}
</div>
<p><a href="${escapeHtml(links.form)}">Kembali ke formulir</a></p>`,
  );
}
