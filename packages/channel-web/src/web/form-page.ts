import { randomUUID } from 'node:crypto';
import { ATTACHMENT_TYPE_NAMES, type AttachmentType } from '../attachments/attachment-types.js';
import { ATTACHMENT_FIELD } from '../attachments/check-uploads.js';
import { IDEMPOTENCY_FIELD } from './form-to-intake.js';
import { formatBytes } from './format-bytes.js';
import { escapeHtml, htmlPage } from './html-page.js';

/**
 * Fields the form sends besides its files: every named input, with the hidden `false` before each
 * of the two checkboxes. `maxFields` must leave room for them.
 */
export const FORM_FIELD_COUNT = 14;

export interface FormPageOptions {
  action: string;
  /** 0 hides the file input. */
  maxAttachments: number;
  maxAttachmentBytes: number;
  /** The file types uploads may have (the file picker offers only these). */
  acceptedTypes: readonly AttachmentType[];
}

function textField(name: string, label: string, attributes = '', hint?: string): string {
  const described = hint ? ` aria-describedby="${name}-hint"` : '';
  const hintHtml = hint ? `\n<span class="hint" id="${name}-hint">${escapeHtml(hint)}</span>` : '';
  return `<label for="${name}">${escapeHtml(label)}</label>\n<input id="${name}" name="${name}"${attributes}${described}>${hintHtml}`;
}

/**
 * A checkbox that is checked by default (the safe choice) and still reports `false` when the
 * resident unchecks it: the hidden field before it carries the `false`.
 */
function flag(name: string, label: string): string {
  return `<input type="hidden" name="${name}" value="false">
<div class="check"><input type="checkbox" id="${name}" name="${name}" value="true" checked>
<label for="${name}">${escapeHtml(label)}</label></div>`;
}

function attachmentInput(options: FormPageOptions): string {
  if (options.maxAttachments === 0) return '';
  const types = options.acceptedTypes.map((type) => ATTACHMENT_TYPE_NAMES[type]).join(', ');
  const hint = `Berkas ${types}, paling banyak ${options.maxAttachments} berkas, masing-masing paling besar ${formatBytes(options.maxAttachmentBytes)}.`;
  return `<label for="${ATTACHMENT_FIELD}">Lampiran (tidak wajib)</label>
<input type="file" id="${ATTACHMENT_FIELD}" name="${ATTACHMENT_FIELD}" multiple accept="${options.acceptedTypes.join(',')}" aria-describedby="${ATTACHMENT_FIELD}-hint">
<span class="hint" id="${ATTACHMENT_FIELD}-hint">${escapeHtml(hint)}</span>`;
}

/**
 * The complaint form. Each rendering carries a fresh idempotency key, so a double click or a
 * resubmitted page yields one complaint.
 */
export function formPage(options: FormPageOptions): string {
  const encoding = options.maxAttachments > 0 ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
  return htmlPage(
    'Sampaikan Pengaduan',
    `<h1>Sampaikan Pengaduan</h1>
<p>Kolom bertanda * wajib diisi.</p>
<form method="post" action="${escapeHtml(options.action)}" enctype="${encoding}">
<input type="hidden" name="${IDEMPOTENCY_FIELD}" value="${randomUUID()}">
${textField('title', 'Judul pengaduan *', ' required maxlength="200"')}
<label for="description">Uraian pengaduan *</label>
<textarea id="description" name="description" rows="6" required maxlength="10000" aria-describedby="description-hint"></textarea>
<span class="hint" id="description-hint">Ceritakan apa yang terjadi, kapan, dan di mana.</span>
<label for="classification">Jenis laporan</label>
<select id="classification" name="classification">
<option value="pengaduan" selected>Pengaduan</option>
<option value="aspirasi">Aspirasi</option>
<option value="permintaan_informasi">Permintaan informasi</option>
</select>
<fieldset>
<legend>Lokasi kejadian (tidak wajib)</legend>
${textField('address', 'Alamat', ' maxlength="500" autocomplete="street-address"')}
${textField('kelurahan', 'Kelurahan', ' maxlength="120"')}
${textField('kecamatan', 'Kecamatan', ' maxlength="120"')}
</fieldset>
<fieldset>
<legend>Data pelapor (tidak wajib)</legend>
<p class="hint">Agar petugas dapat menghubungi Anda. Data ini tidak pernah ditampilkan kepada publik.</p>
${textField('name', 'Nama', ' maxlength="200" autocomplete="name"')}
${textField('phone', 'Nomor telepon', ' type="tel" autocomplete="tel"', 'Contoh: 0812 3456 7890')}
${textField('email', 'Email', ' type="email" autocomplete="email"')}
</fieldset>
<fieldset>
<legend>Kerahasiaan</legend>
${flag('anonim', 'Anonim: sembunyikan identitas saya dari instansi yang menangani')}
${flag('rahasia', 'Rahasia: jangan tampilkan isi laporan saya kepada publik')}
</fieldset>
${attachmentInput(options)}
<button type="submit">Kirim pengaduan</button>
</form>`,
  );
}
