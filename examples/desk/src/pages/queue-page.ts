import type { ComplaintSummary } from '@aduan/spec';
import { COMPLAINT_STATUSES } from '@aduan/spec';
import { CHANNEL_LABELS, channelLabel, STATUS_LABELS, wibDate } from '../format.js';
import { html, page, type Html } from '../html.js';
import { filterQuery, type FilterForm } from '../list-filter.js';
import type { Queue } from '../queues.js';
import type { Officer } from '../session.js';
import { CATEGORIES, UNITS, unitName } from '../units.js';

export interface QueuePageInput {
  officer: Officer;
  csrf: string;
  queues: { queue: Queue; count: number }[];
  current: Queue;
  form: FilterForm;
  items: ComplaintSummary[];
  nextCursor: string | null;
  /** Whether this page is past the first. */
  paged: boolean;
  notice?: { kind: 'error' | 'ok'; text: string };
  /** The outcome of a bulk action, one line per complaint. */
  bulkResults?: { trackingNumber: string; ok: boolean; message: string }[];
}

const option = (value: string, label: string, selected: string | undefined) =>
  html`<option value="${value}"${value === selected ? html` selected` : ''}>${label}</option>`;

function filters(input: QueuePageInput): Html {
  const { form } = input;
  const unitScoped = input.officer.actor.role === 'unit_officer';
  return html`<details class="filters"${Object.keys(form).length > 0 ? html` open` : ''}>
<summary>Saring daftar</summary>
<form method="get" action="/petugas/antrean/${input.current.slug}" class="grid">
  <div><label for="f-status">Status</label><select id="f-status" name="status">${option('', 'Semua status', form.status)}${COMPLAINT_STATUSES.map((s) => option(s, STATUS_LABELS[s], form.status))}</select></div>
  ${
    unitScoped
      ? ''
      : html`<div><label for="f-unit">Unit</label><select id="f-unit" name="unit">${option('', 'Semua unit', form.unit)}${UNITS.map((u) => option(u.id, u.name, form.unit))}</select></div>`
  }
  <div><label for="f-category">Kategori</label><select id="f-category" name="category">${option('', 'Semua kategori', form.category)}${CATEGORIES.map((c) => option(c, c, form.category))}</select></div>
  <div><label for="f-channel">Kanal</label><select id="f-channel" name="channel">${option('', 'Semua kanal', form.channel)}${Object.entries(CHANNEL_LABELS).map(([value, label]) => option(value, label, form.channel))}</select></div>
  <div><label for="f-kelurahan">Kelurahan</label><input id="f-kelurahan" name="kelurahan" maxlength="120" value="${form.kelurahan ?? ''}"></div>
  <div><label for="f-dari">Masuk dari tanggal</label><input id="f-dari" name="dari" type="date" value="${form.dari ?? ''}"></div>
  <div><label for="f-sampai">Sampai tanggal</label><input id="f-sampai" name="sampai" type="date" value="${form.sampai ?? ''}"></div>
  <div><label for="f-cari">Cari nomor atau judul</label><input id="f-cari" name="cari" type="search" maxlength="100" value="${form.cari ?? ''}"></div>
  <div class="actions"><button type="submit">Terapkan saringan</button> <a href="/petugas/antrean/${input.current.slug}">Hapus saringan</a></div>
</form>
</details>`;
}

function rows(input: QueuePageInput): Html {
  const bulk = input.officer.actor.role === 'coordinator';
  if (input.items.length === 0) return html`<p class="empty">Tidak ada aduan di antrean ini.</p>`;
  return html`<div class="table-wrap"><table class="list">
<caption class="sr-only">Daftar aduan ${input.current.label}</caption>
<thead><tr>${bulk ? html`<th scope="col"><span class="sr-only">Pilih</span></th>` : ''}<th scope="col">Nomor</th><th scope="col">Judul</th><th scope="col">Status</th><th scope="col">Unit</th><th scope="col">Kanal</th><th scope="col">Masuk</th><th scope="col">Batas terdekat</th></tr></thead>
<tbody>
${input.items.map(
  (item) => html`<tr>
  ${bulk ? html`<td data-label="Pilih"><input type="checkbox" name="id" value="${item.id}" form="bulk" aria-label="Pilih ${item.trackingNumber}"></td>` : ''}
  <td data-label="Nomor"><a href="/petugas/aduan/${item.id}">${item.trackingNumber}</a></td>
  <td data-label="Judul">${item.title}</td>
  <td data-label="Status"><span class="status s-${item.status}">${STATUS_LABELS[item.status]}</span></td>
  <td data-label="Unit">${unitName(item.unitId)}</td>
  <td data-label="Kanal">${channelLabel(item.channel)}</td>
  <td data-label="Masuk">${wibDate(item.createdAt)}</td>
  <td data-label="Batas terdekat">${item.dueAt ? wibDate(item.dueAt) : '—'}</td>
</tr>`,
)}
</tbody></table></div>`;
}

function bulkForm(input: QueuePageInput): Html {
  if (input.officer.actor.role !== 'coordinator' || input.items.length === 0) return html``;
  return html`<form id="bulk" method="post" action="/petugas/massal" class="bulk">
  <input type="hidden" name="_csrf" value="${input.csrf}">
  <input type="hidden" name="kembali" value="/petugas/antrean/${input.current.slug}">
  <details><summary>Tindakan massal untuk aduan yang dipilih</summary>
  <fieldset><legend class="sr-only">Tindakan massal</legend>
  <label for="bulk-action">Tindakan</label>
  <select id="bulk-action" name="tindakan">
    <option value="dispose">Disposisi ke unit</option>
    <option value="rejectSpam">Tolak sebagai spam</option>
    <option value="requestInfo">Minta kelengkapan data</option>
  </select>
  <label for="bulk-unit">Unit tujuan (untuk disposisi)</label>
  <select id="bulk-unit" name="unitId">${UNITS.map((u) => option(u.id, u.name, undefined))}</select>
  <label for="bulk-message">Pesan ke warga (untuk minta data)</label>
  <input id="bulk-message" name="pesan" maxlength="2000" value="Mohon lengkapi lokasi dan waktu kejadian.">
  <button type="submit">Jalankan untuk yang dipilih</button>
  </fieldset>
  </details>
</form>`;
}

/** A queue: tabs with live counts, filters, the list, paging, exports and (for coordinators) bulk actions. */
export function queuePage(input: QueuePageInput): Html {
  const query = filterQuery(input.form);
  const exportQuery = query ? `?${query}` : '';
  return page(
    { title: input.current.label, officer: input.officer, csrf: input.csrf, ...(input.notice ? { notice: input.notice } : {}) },
    html`<nav class="queues" aria-label="Antrean">
${input.queues.map(
  ({ queue, count }) =>
    html`<a href="/petugas/antrean/${queue.slug}"${queue.slug === input.current.slug ? html` aria-current="page"` : ''}>${queue.label} <span class="count">${count.toLocaleString('id-ID')}</span></a>`,
)}
</nav>
<h1>${input.current.label}</h1>
${
  input.bulkResults
    ? html`<section class="card" aria-labelledby="bulk-title"><h2 id="bulk-title">Hasil tindakan massal</h2><ul class="results">${input.bulkResults.map(
        (r) => html`<li class="${r.ok ? 'ok' : 'error'}">${r.trackingNumber}: ${r.message}</li>`,
      )}</ul></section>`
    : ''
}
${filters(input)}
<p class="exports">Unduh daftar tersaring: <a href="/petugas/ekspor/${input.current.slug}.csv${exportQuery}">CSV</a> · <a href="/petugas/ekspor/${input.current.slug}.xlsx${exportQuery}">XLSX</a></p>
${bulkForm(input)}
${rows(input)}
<nav class="paging" aria-label="Halaman">
${input.paged ? html`<a href="/petugas/antrean/${input.current.slug}${query ? `?${query}` : ''}">« Halaman pertama</a>` : ''}
${input.nextCursor ? html`<a href="/petugas/antrean/${input.current.slug}?${query ? `${query}&` : ''}setelah=${encodeURIComponent(input.nextCursor)}">Halaman berikutnya »</a>` : ''}
</nav>`,
  );
}
