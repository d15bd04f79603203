import type { PendingDraft } from '@aduan/plugin-sign-off';
import type { ComplaintView } from '@aduan/spec';
import type { ComplaintPlugins, OfferedTemplate } from '../complaint-plugins.js';
import { wib } from '../format.js';
import { html, type Html } from '../html.js';

/** What the duplicates panel needs beyond the plugins' reads: who may do what, and the form's token. */
export interface DuplicatesPanelInput {
  complaint: ComplaintView;
  plugins: ComplaintPlugins;
  csrf: string;
  /** Coordinators merge (the desk's `merge`); coordinators and unit officers group and answer work orders. */
  mayMerge: boolean;
  mayGroup: boolean;
  /** A work order's members may be answered from here (sign-off units answer through drafts instead). */
  mayAnswerWorkOrder: boolean;
}

/** The draft waiting for approval, for the unit's own officers: its text, who wrote it and when. */
export function pendingDraftCard(draft: PendingDraft, author: string): Html {
  return html`<section class="card draft" aria-labelledby="draf"><h2 id="draf">Draf jawaban menunggu persetujuan</h2>
<p class="muted">Ditulis oleh ${author}, ${wib(draft.at)}. Belum terlihat oleh warga (Draft answer awaiting approval; not visible to the resident).</p>
<blockquote class="words">${draft.message}</blockquote>
</section>`;
}

/** The templates that fit the complaint's category and stage, each filled in, with a link that puts it in the answer form. */
export function templateList(complaintId: string, templates: readonly OfferedTemplate[]): Html {
  if (templates.length === 0) return html`<p class="muted">Belum ada templat jawaban untuk kategori dan tahap ini.</p>`;
  return html`<div class="templates"><p>Templat jawaban (Reply templates):</p><ul>${templates.map(
    ({ template, rendered }) => html`<li><details><summary>${template.name}${rendered.short ? ' (versi singkat)' : ''}</summary>
<p class="words">${rendered.text}</p></details>
<a href="/petugas/aduan/${complaintId}?templat=${encodeURIComponent(template.id)}#jawab">Pakai templat ini<span class="sr-only">: ${template.name}</span></a></li>`,
  )}</ul></div>`;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Duplicate suggestions with their reasons, the forms to merge or group them, and the work order this complaint is part of. */
export function duplicatesCard(input: DuplicatesPanelInput): Html {
  const { complaint: c, plugins } = input;
  const suggestions = plugins.suggestions ?? [];
  const workOrder = plugins.workOrder;
  const hidden = html`<input type="hidden" name="_csrf" value="${input.csrf}">`;
  const membership = workOrder
    ? html`<p class="notice ok">Bagian dari perintah kerja “${workOrder.title}” (${workOrder.workOrderId}).</p>
${
  input.mayAnswerWorkOrder
    ? html`<details class="action"><summary>Jawab semua aduan dalam perintah kerja ini</summary>
<form method="post" action="/petugas/aduan/${c.id}/perintah-kerja/jawab" class="stack">${hidden}
<input type="hidden" name="workOrderId" value="${workOrder.workOrderId}">
<label for="wo-msg">Jawaban untuk setiap aduan anggota (Answer sent to every member)</label><textarea id="wo-msg" name="message" required maxlength="10000"></textarea>
<button type="submit">Jawab perintah kerja</button></form></details>`
    : ''
}`
    : '';
  const list =
    suggestions.length === 0
      ? html`<p class="muted">Tidak ada aduan serupa yang masih terbuka.</p>`
      : html`<ul class="suggestions">${suggestions.map(
          (s) => html`<li><a href="/petugas/aduan/${s.complaintId}">${s.trackingNumber}</a> — ${s.title}
<span class="badge">${s.strength === 'likely' ? 'kemungkinan besar duplikat' : 'mungkin duplikat'} · kemiripan ${percent(s.textSimilarity)}</span>
<p class="muted">${s.reason} Masuk ${wib(s.createdAt)}.${s.workOrderId ? html` Sudah dalam perintah kerja ${s.workOrderId}.` : ''}</p>
${
  input.mayMerge
    ? html`<form method="post" action="/petugas/aduan/${c.id}/duplikat/gabung" class="inline">${hidden}
<input type="hidden" name="duplicateId" value="${s.complaintId}"><button type="submit">Gabungkan ke aduan ini<span class="sr-only">: ${s.trackingNumber}</span></button></form>`
    : ''
}</li>`,
        )}</ul>`;
  const group =
    input.mayGroup && suggestions.length > 0
      ? html`<details class="action"><summary>Kelompokkan dalam satu perintah kerja</summary>
<form method="post" action="/petugas/aduan/${c.id}/duplikat/kelompok" class="stack">${hidden}
<fieldset><legend>Aduan yang ikut dikelompokkan bersama aduan ini</legend>
${suggestions.map(
  (s) =>
    html`<label class="check"><input type="checkbox" name="anggota" value="${s.complaintId}" checked> ${s.trackingNumber} — ${s.title}</label>`,
)}</fieldset>
<label for="wo-title">Judul perintah kerja</label><input id="wo-title" name="title" required maxlength="200" value="${c.title}">
<button type="submit">Buat perintah kerja</button></form></details>`
      : '';
  return html`<section class="card" aria-labelledby="duplikat"><h2 id="duplikat">Aduan serupa (Possible duplicates)</h2>
${membership}${list}${group}</section>`;
}
