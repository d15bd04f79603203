import type { WorkingCalendar } from '@aduan/core/calendar';
import type { ComplaintStatus, DeadlineClockV1, OfficerRole } from '@aduan/spec';

/** Status names as the city's staff say them (docs/lifecycle.md). */
export const STATUS_LABELS: Readonly<Record<ComplaintStatus, string>> = {
  received: 'Menunggu verifikasi',
  needs_info: 'Menunggu kelengkapan data',
  verified: 'Terverifikasi',
  disposed: 'Terdisposisi',
  responded: 'Ditindaklanjuti',
  resolved: 'Selesai',
  escalated: 'Dieskalasi',
  handed_over: 'Dialihkan lewat SP4N-LAPOR!',
  rejected: 'Ditolak',
  merged: 'Digabungkan',
};

export const ROLE_LABELS: Readonly<Record<OfficerRole, string>> = {
  coordinator: 'Koordinator',
  unit_officer: 'Petugas unit',
  supervisor: 'Pimpinan',
  auditor: 'Auditor',
};

export const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  whatsapp: 'WhatsApp',
  sms: 'SMS',
  web: 'Formulir web',
  open311: 'Open311',
  lapor: 'SP4N-LAPOR!',
  laporgub: 'LaporGub',
  in_person: 'Datang langsung',
};

export const channelLabel = (channel: string) => CHANNEL_LABELS[channel] ?? channel;

const dateTime = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const shortDate = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'short', year: 'numeric' });

/** "Jumat, 14 November 2025 14.00 WIB". */
export function wib(instant: string | Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year} ${parts.hour}.${parts.minute} WIB`;
}

/** "14 Nov 2025". */
export const wibDate = (instant: string | Date) => shortDate.format(new Date(instant));

/** The colour of a clock's state: green < 50 % of its budget, yellow 50–80 %, orange 80–100 %, red breached, grey paused. */
export type ClockTone = 'green' | 'yellow' | 'orange' | 'red' | 'grey';

export function clockTone(clock: Pick<DeadlineClockV1, 'state' | 'usedFraction'>): ClockTone {
  if (clock.state === 'breached' || clock.usedFraction >= 1) return 'red';
  if (clock.state === 'paused' || clock.state === 'met') return 'grey';
  if (clock.usedFraction >= 0.8) return 'orange';
  if (clock.usedFraction >= 0.5) return 'yellow';
  return 'green';
}

export const TONE_LABELS: Readonly<Record<ClockTone, string>> = {
  green: 'aman',
  yellow: 'perhatian',
  orange: 'hampir lewat batas',
  red: 'lewat batas',
  grey: 'berhenti',
};

/**
 * The time left on a clock in words, in working days where a whole one remains:
 * "sisa 2 hari kerja — Jumat, 14 November 2025 14.00 WIB", "sisa 3 jam — …", "lewat 1 hari kerja — …".
 */
export function timeLeft(clock: Pick<DeadlineClockV1, 'state' | 'dueAt'>, now: Date, calendar: WorkingCalendar): string {
  if (clock.dueAt === null) return clock.state === 'paused' ? 'jam berhenti (menunggu warga)' : 'tanpa batas waktu';
  const due = new Date(clock.dueAt);
  const when = wib(due);
  if (clock.state === 'met') return `terpenuhi — batas ${when}`;
  const late = due.getTime() < now.getTime();
  const days = Math.abs(late ? calendar.workingDaysBetween(due, now) : calendar.workingDaysBetween(now, due));
  const prefix = clock.state === 'paused' ? 'berhenti, ' : '';
  if (days >= 1) return `${prefix}${late ? 'lewat' : 'sisa'} ${days} hari kerja — ${when}`;
  const hours = Math.max(1, Math.round(Math.abs(due.getTime() - now.getTime()) / 3_600_000));
  return `${prefix}${late ? 'lewat' : 'sisa'} ${hours} jam — ${when}`;
}
