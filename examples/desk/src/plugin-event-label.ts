import type { StoredEvent } from '@aduan/spec';

/** The reply-review rules as an officer reads them: what the answer lacked or did. */
const RULE_LABELS: Readonly<Record<string, string>> = {
  shouting: 'huruf kapital berlebihan',
  exclamations: 'tanda seru beruntun',
  'harsh-words': 'kata kasar',
  blaming: 'menyalahkan warga',
  normatif: 'normatif (tanpa tindakan, waktu, atau unit)',
  authority: 'tidak menyebut instansi yang berwenang',
  apology: 'tanpa permohonan maaf',
  greeting: 'tanpa salam',
  thanks: 'tanpa ucapan terima kasih',
  informal: 'bahasa tidak baku',
  closing: 'tanpa penutup dengan nama unit',
};

const FIXED: Readonly<Record<string, string>> = { true: 'sudah beres', false: 'belum beres', null: 'tidak tahu' };

const LABELS: Readonly<Record<string, (payload: Record<string, unknown>) => string>> = {
  'complaint-handed-over': (p) => `Dialihkan ke SP4N-LAPOR!${typeof p.authority === 'string' ? `: ${p.authority}` : ''}`,
  'complaint-linked': () => 'Ditautkan ke sistem lain',
  'complaint-synced': () => 'Kabar dari sistem lain',
  'satisfaction/asked': (p) => (p.round === 'recheck' ? 'Warga ditanya lagi: masih beres?' : 'Warga ditanya: sudah beres?'),
  'satisfaction/answered': (p) => {
    const parts = [FIXED[String(p.fixed)] ?? 'tidak tahu'];
    if (typeof p.rating === 'number') parts.push(`nilai ${p.rating}`);
    return `Warga menjawab: ${parts.join(', ')}`;
  },
  'reply-review/reviewed': (p) => {
    const rules = Array.isArray(p.rules) ? p.rules.map((rule) => RULE_LABELS[String(rule)] ?? String(rule)) : [];
    return `Tinjauan jawaban: skor ${typeof p.score === 'number' ? p.score : '—'}${rules.length > 0 ? ` — ${rules.join('; ')}` : ''}`;
  },
  'sign-off/draft-submitted': () => 'Draf jawaban diajukan untuk persetujuan',
  'sign-off/draft-approved': () => 'Draf jawaban disetujui dan dikirim',
  'sign-off/draft-returned': () => 'Draf jawaban dikembalikan untuk diperbaiki',
  'templates/used': () => 'Templat jawaban dipakai',
  'templates/acknowledged': () => 'Tanda terima otomatis dikirim ke warga',
  'duplicates/grouped': (p) => `Dikelompokkan dalam satu perintah kerja${typeof p.title === 'string' ? `: ${p.title}` : ''}`,
};

/**
 * A readable Indonesian label for the lifecycle's LAPOR! events and the switched-on plugins' events
 * ("Warga menjawab: sudah beres, nilai 4"); undefined for an event it does not know.
 */
export function pluginEventLabel(event: Pick<StoredEvent, 'type' | 'payload'>): string | undefined {
  return LABELS[event.type]?.(event.payload as Record<string, unknown>);
}
