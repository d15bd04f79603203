import type { WorkingCalendar } from '@aduan/core/calendar';
import type { ChainVerdict } from '@aduan/core/history';
import { REJECTION_REASONS, type ComplaintView, type OfficerRole, type StoredEvent } from '@aduan/spec';
import type { DeskAction } from '../allowed-actions.js';
import { DRAFT_SUBMITTED } from '@aduan/plugin-sign-off';
import type { ComplaintPlugins } from '../complaint-plugins.js';
import { channelLabel, clockTone, ROLE_LABELS, STATUS_LABELS, TONE_LABELS, timeLeft, wib } from '../format.js';
import { html, page, raw, type Html } from '../html.js';
import { pluginEventLabel } from '../plugin-event-label.js';
import { duplicatesCard, pendingDraftCard, templateList } from './plugin-panels.js';
import type { Officer } from '../session.js';
import { UNITS, unitName } from '../units.js';

const EVENT_LABELS: Readonly<Record<string, string>> = {
  'complaint-received': 'Aduan diterima',
  'complaint-info-requested': 'Diminta kelengkapan data',
  'complaint-info-provided': 'Warga melengkapi data',
  'complaint-verified': 'Diverifikasi',
  'complaint-rejected': 'Ditolak',
  'complaint-disposed': 'Didisposisikan',
  'complaint-returned': 'Dikembalikan: bukan wewenang',
  'complaint-responded': 'Ditindaklanjuti unit',
  'complaint-confirmed': 'Dikonfirmasi warga',
  'complaint-reopened': 'Dibuka kembali',
  'complaint-resolved': 'Diselesaikan',
  'complaint-escalated': 'Dieskalasi',
  'complaint-merged': 'Digabungkan',
  'complaint-deadline-approaching': 'Peringatan batas waktu',
  'complaint-deadline-missed': 'Batas waktu terlewati',
  'complaint-follow-up-received': 'Pesan lanjutan warga',
};

const REJECTION_LABELS: Readonly<Record<string, string>> = {
  spam: 'Spam',
  not_eligible: 'Tidak memenuhi syarat',
  duplicate: 'Duplikat',
  incomplete: 'Data tidak lengkap',
  other: 'Lainnya',
};

export interface ComplaintPageInput {
  officer: Officer;
  csrf: string;
  complaint: ComplaintView;
  history: StoredEvent[];
  verdict: ChainVerdict;
  actions: DeskAction[];
  /** Display names of the officers in the history, by account id. */
  names: ReadonlyMap<string, string>;
  now: Date;
  calendar: WorkingCalendar;
  notice?: { kind: 'error' | 'ok'; text: string };
  /** What the switched-on plugins add (sign-off, templates, duplicates); absent without plugins. */
  plugins?: ComplaintPlugins;
  /** What this officer may do with duplicates and work orders. */
  duplicateRights?: { mayMerge: boolean; mayGroup: boolean; mayAnswerWorkOrder: boolean };
}

function actorName(event: StoredEvent, names: ReadonlyMap<string, string>): string {
  if (event.actor.role === 'complainant') return 'Warga';
  if (event.actor.role === 'system') return 'Sistem';
  const unit = event.actor.unitId ? ` ${unitName(event.actor.unitId)}` : '';
  return names.get(event.actor.id) ?? `${ROLE_LABELS[event.actor.role as OfficerRole] ?? event.actor.role}${unit}`;
}

function complainant(view: ComplaintView): Html {
  const who = view.complainant;
  if (who.visibility === 'none')
    return html`<p>Identitas pelapor dirahasiakan${view.anonim ? ' (anonim)' : ''}${view.rahasia ? ' (rahasia)' : ''}.</p>`;
  if (who.visibility === 'name') return html`<p>Pelapor: ${who.name ?? 'tanpa nama'}</p>`;
  const identity = who.identity;
  return html`<p>Pelapor: ${identity?.name ?? 'tanpa nama'}${identity?.phone ? html` · ${identity.phone}` : ''}${identity?.email ? html` · ${identity.email}` : ''}</p>`;
}

function clocks(input: ComplaintPageInput): Html {
  if (input.complaint.clocks.length === 0) return html`<p class="muted">Tidak ada jam batas waktu untuk aduan ini.</p>`;
  return html`<ul class="clocks">${input.complaint.clocks.map((clock) => {
    const tone = clockTone(clock);
    const percent = Math.round(Math.min(clock.usedFraction, 1.5) * 100);
    return html`<li class="clock tone-${tone}">
  <span class="clock-name">${clock.label.id}</span>
  <span class="badge">${clock.state === 'met' ? 'terpenuhi' : TONE_LABELS[tone]}</span>
  <span class="bar" role="img" aria-label="${percent}% waktu terpakai"><span style="width:${Math.min(percent, 100)}%"></span></span>
  <span class="left">${timeLeft(clock, input.now, input.calendar)}</span>
</li>`;
  })}</ul>`;
}

function timeline(input: ComplaintPageInput): Html {
  return html`<ol class="timeline">${input.history.map((event) => {
    const payload = event.payload as Record<string, unknown>;
    // A draft's text stays on the unit's own draft card: the timeline is read beyond the unit.
    const said = event.type === DRAFT_SUBMITTED ? [] : [payload.message, payload.reason, payload.note, payload.comment];
    const words = said.find((value) => typeof value === 'string' && value !== '');
    const unit = typeof payload.unitId === 'string' ? html` → ${unitName(payload.unitId)}` : '';
    const channel = typeof payload.channel === 'string' ? html` · lewat ${channelLabel(payload.channel)}` : '';
    return html`<li><time datetime="${event.at}">${wib(event.at)}</time> <strong>${EVENT_LABELS[event.type] ?? pluginEventLabel(event) ?? event.type}</strong>${unit} — ${actorName(event, input.names)}${channel}${words ? html`<p class="words">${String(words)}</p>` : ''}</li>`;
  })}</ol>`;
}

const unitOptions = html`${UNITS.map((unit) => html`<option value="${unit.id}">${unit.name}</option>`)}`;

/** The answer text area, filled with the chosen template, and the templates to start from. */
function answerBody(fieldId: string, input: ComplaintPageInput): Html {
  const chosen = input.plugins?.chosenTemplate;
  return html`${input.plugins && input.plugins.templates.length > 0 ? templateList(input.complaint.id, input.plugins.templates) : ''}
${chosen ? html`<input type="hidden" name="templateId" value="${chosen.templateId}"><p class="muted">Diisi dari templat “${input.plugins?.templates.find((t) => t.template.id === chosen.templateId)?.template.name ?? chosen.templateId}”; ubah seperlunya sebelum dikirim.</p>` : ''}
<label for="${fieldId}">Jawaban</label><textarea id="${fieldId}" name="message" required maxlength="10000" rows="6">${chosen?.text ?? ''}</textarea>`;
}

/** One form per allowed action, each with labelled inputs and a button named after the action. */
function actionForm(action: DeskAction, input: ComplaintPageInput): Html {
  const c = input.complaint;
  const id = (name: string) => `${action}-${name}`;
  const fields: Record<DeskAction, { title: string; button: string; body: Html }> = {
    verify: {
      title: 'Verifikasi dan klasifikasi',
      button: 'Verifikasi',
      body: html`<label for="${id('class')}">Klasifikasi</label><select id="${id('class')}" name="classification"><option value="pengaduan">Pengaduan</option><option value="aspirasi">Aspirasi</option><option value="permintaan_informasi">Permintaan informasi</option></select>
<label for="${id('cat')}">Kategori</label><input id="${id('cat')}" name="category" maxlength="120" value="${c.category ?? ''}">`,
    },
    requestInfo: {
      title: 'Minta kelengkapan data',
      button: 'Minta data',
      body: html`<label for="${id('msg')}">Pesan ke warga</label><textarea id="${id('msg')}" name="message" required maxlength="2000">Mohon lengkapi lokasi dan waktu kejadian.</textarea>`,
    },
    reject: {
      title: 'Tolak aduan',
      button: 'Tolak',
      body: html`<label for="${id('reason')}">Alasan</label><select id="${id('reason')}" name="reason">${REJECTION_REASONS.map((r) => html`<option value="${r}">${REJECTION_LABELS[r]}</option>`)}</select>
<label for="${id('note')}">Catatan</label><input id="${id('note')}" name="note" maxlength="2000">`,
    },
    dispose: {
      title: c.unitId ? 'Disposisi ulang ke unit lain' : 'Disposisi ke unit',
      button: 'Disposisikan',
      body: html`<label for="${id('unit')}">Unit tujuan</label><select id="${id('unit')}" name="unitId">${unitOptions}</select>
<label for="${id('note')}">Catatan untuk unit</label><input id="${id('note')}" name="note" maxlength="2000">`,
    },
    returnNotOurs: {
      title: 'Kembalikan: bukan wewenang unit',
      button: 'Kembalikan',
      body: html`<label for="${id('reason')}">Alasan</label><textarea id="${id('reason')}" name="reason" required maxlength="2000"></textarea>
<label for="${id('unit')}">Usulan unit yang berwenang</label><select id="${id('unit')}" name="suggestedUnitId"><option value="">— tidak ada usulan —</option>${unitOptions}</select>`,
    },
    respond: {
      title: 'Tindak lanjut (jawaban untuk warga)',
      button: 'Kirim tindak lanjut',
      body: answerBody(id('msg'), input),
    },
    submitDraft: {
      title: input.plugins?.signOff.pendingDraftBy ? 'Kirim draf baru (menggantikan draf yang menunggu)' : 'Kirim draf untuk persetujuan',
      button: 'Kirim draf untuk persetujuan',
      body: html`<p class="muted">Jawaban unit ini terbit setelah disetujui pimpinan unit (Answers of this unit are published once approved).</p>${answerBody(id('msg'), input)}`,
    },
    approveDraft: {
      title: 'Setujui dan terbitkan',
      button: 'Setujui dan terbitkan',
      body: html`<label for="${id('comment')}">Catatan persetujuan (opsional)</label><input id="${id('comment')}" name="comment" maxlength="2000">`,
    },
    returnDraft: {
      title: 'Kembalikan dengan catatan',
      button: 'Kembalikan draf',
      body: html`<label for="${id('comment')}">Catatan: apa yang perlu diperbaiki</label><textarea id="${id('comment')}" name="comment" required maxlength="2000"></textarea>`,
    },
    resolve: {
      title: 'Selesaikan aduan',
      button: 'Selesaikan',
      body: html`<label for="${id('note')}">Catatan</label><input id="${id('note')}" name="note" maxlength="2000">`,
    },
    escalate: {
      title: 'Eskalasi ke tingkat lebih tinggi',
      button: 'Eskalasi',
      body: html`<label for="${id('level')}">Tingkat</label><input id="${id('level')}" name="level" type="number" min="${c.escalationLevel + 1}" max="10" value="${c.escalationLevel + 1}" required>
<label for="${id('reason')}">Alasan</label><textarea id="${id('reason')}" name="reason" required maxlength="2000"></textarea>`,
    },
    merge: {
      title: 'Gabungkan ke aduan lain (duplikat)',
      button: 'Gabungkan',
      body: html`<label for="${id('into')}">Nomor aduan tujuan</label><input id="${id('into')}" name="intoTrackingNumber" required maxlength="60">`,
    },
    handOver: {
      title: 'Alihkan ke SP4N-LAPOR! (bukan wewenang Pemerintah Kota)',
      button: 'Alihkan ke SP4N-LAPOR!',
      body: html`<label for="${id('authority')}">Instansi yang berwenang</label><input id="${id('authority')}" name="authority" required maxlength="200" placeholder="mis. Balai Besar Pelaksanaan Jalan Nasional Jawa Tengah">
<label for="${id('reason')}">Alasan pengalihan</label><textarea id="${id('reason')}" name="reason" required maxlength="2000"></textarea>
<label for="${id('tracking')}">Tracking ID SP4N-LAPOR! (bila sudah ada)</label><input id="${id('tracking')}" name="trackingId" inputmode="numeric" pattern="[0-9]{7,9}" maxlength="9">`,
    },
    reopen: {
      title: 'Buka kembali (atas sanggahan warga)',
      button: 'Buka kembali',
      body: html`<label for="${id('reason')}">Alasan</label><textarea id="${id('reason')}" name="reason" required maxlength="2000"></textarea>`,
    },
  };
  const form = fields[action];
  // The answer form opens by itself once a template was chosen for it.
  const open = input.plugins?.chosenTemplate && (action === 'respond' || action === 'submitDraft') ? ' open' : '';
  return html`<details class="action"${raw(open)}${action === 'respond' || action === 'submitDraft' ? html` id="jawab"` : ''}><summary>${form.title}</summary>
<form method="post" action="/petugas/aduan/${c.id}/${action}" class="stack">
<input type="hidden" name="_csrf" value="${input.csrf}">
<input type="hidden" name="expectedVersion" value="${c.version}">
${form.body}
<button type="submit">${form.button}</button>
</form></details>`;
}

/** The complaint page: what it is, who sent it (as far as this reader may see), every clock, the timeline, the chain verdict and the actions allowed now. */
export function complaintPage(input: ComplaintPageInput): Html {
  const c = input.complaint;
  const verdict = input.verdict.ok
    ? html`<p class="verdict ok">Rantai hash utuh: ${input.verdict.events} peristiwa terverifikasi.</p>`
    : html`<p class="verdict error" role="alert">Rantai hash RUSAK pada versi ${input.verdict.brokenAtVersion}: riwayat telah diubah di luar aplikasi.</p>`;
  return page(
    { title: `Aduan ${c.trackingNumber}`, officer: input.officer, csrf: input.csrf, ...(input.notice ? { notice: input.notice } : {}) },
    html`<p><a href="/petugas">« Kembali ke antrean</a></p>
<h1>${c.title}</h1>
<dl class="facts">
  <div><dt>Nomor</dt><dd>${c.trackingNumber}</dd></div>
  <div><dt>Status</dt><dd><span class="status s-${c.status}">${STATUS_LABELS[c.status]}</span></dd></div>
  <div><dt>Unit</dt><dd>${unitName(c.unitId)}</dd></div>
  <div><dt>Kanal</dt><dd>${channelLabel(c.channel)}</dd></div>
  <div><dt>Kategori</dt><dd>${c.category ?? '—'}</dd></div>
  <div><dt>Kelurahan</dt><dd>${c.kelurahan ?? '—'}</dd></div>
  <div><dt>Masuk</dt><dd>${wib(c.createdAt)}</dd></div>
  ${c.escalationLevel > 0 ? html`<div><dt>Tingkat eskalasi</dt><dd>${c.escalationLevel}</dd></div>` : ''}
</dl>
<div class="columns">
<section class="card" aria-labelledby="isi-aduan"><h2 id="isi-aduan">Isi aduan</h2>
${complainant(c)}
<p class="words">${c.description}</p>
${c.location?.address ? html`<p>Lokasi: ${c.location.address}</p>` : ''}
</section>
<section class="card" aria-labelledby="jam"><h2 id="jam">Batas waktu</h2>${clocks(input)}</section>
</div>
${input.plugins?.pendingDraft ? pendingDraftCard(input.plugins.pendingDraft, input.names.get(input.plugins.pendingDraft.by.id) ?? 'petugas unit') : ''}
<section class="card" aria-labelledby="tindakan"><h2 id="tindakan">Tindakan</h2>
${input.actions.length === 0 ? html`<p class="muted">Tidak ada tindakan yang dapat Anda lakukan pada tahap ini.</p>` : input.actions.map((action) => actionForm(action, input))}
</section>
${input.plugins?.suggestions !== undefined ? duplicatesCard({ complaint: c, plugins: input.plugins, csrf: input.csrf, ...(input.duplicateRights ?? { mayMerge: false, mayGroup: false, mayAnswerWorkOrder: false }) }) : ''}
<section class="card" aria-labelledby="riwayat"><h2 id="riwayat">Riwayat</h2>${verdict}${timeline(input)}</section>`,
  );
}
