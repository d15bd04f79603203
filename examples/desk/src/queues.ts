import type { WorkingCalendar } from '@aduan/core/calendar';
import type { Actor, CountFilter } from '@aduan/spec';

/** The statuses in which a complaint is still being worked on (its clocks may run). */
export const OPEN_STATUSES = ['received', 'needs_info', 'verified', 'disposed', 'responded', 'escalated'] as const;

/** One queue of the desk: a name officers know, and the list filter that makes it. */
export interface Queue {
  slug: string;
  label: string;
  /** Who sees the queue in the menu (every officer may still open it; the desk scopes what it lists). */
  forRoles: readonly Actor['role'][];
  filter(now: Date, calendar: WorkingCalendar): CountFilter;
  /** Only the complaints of the reopened index (`reopened-index.ts`), narrowed by `filter`. */
  reopenedOnly?: boolean;
}

const ALL: readonly Actor['role'][] = ['coordinator', 'unit_officer', 'supervisor', 'auditor'];
const CITY: readonly Actor['role'][] = ['coordinator', 'supervisor', 'auditor'];

/**
 * The desk's queues, in menu order. "Akan Lewat Batas" holds what has at most one working day of
 * its nearest stage clock left; "Lewat Batas" what has none. "Dibuka Kembali" holds the complaints
 * reopened and not answered again (the reopened index: the desk's filters cannot tell a reopen from
 * a first disposition); "Eskalasi" the escalated ones.
 */
export const QUEUES: readonly Queue[] = [
  { slug: 'baru', label: 'Baru', forRoles: CITY, filter: () => ({ status: ['received'] }) },
  { slug: 'perlu-data', label: 'Perlu Data', forRoles: CITY, filter: () => ({ status: ['needs_info'] }) },
  { slug: 'siap-disposisi', label: 'Siap Disposisi', forRoles: CITY, filter: () => ({ status: ['verified'] }) },
  { slug: 'unit-saya', label: 'Aduan Unit Saya', forRoles: ALL, filter: () => ({ status: ['disposed'] }) },
  {
    slug: 'akan-lewat-batas',
    label: 'Akan Lewat Batas',
    forRoles: ALL,
    filter: (now, calendar) => ({
      status: [...OPEN_STATUSES],
      dueFrom: now.toISOString(),
      // Through the end of the next working day: what the complaint page calls "sisa 1 hari kerja" or less.
      dueBefore: new Date(calendar.addWorkingDays(now, 1).getTime() + 1).toISOString(),
    }),
  },
  {
    slug: 'lewat-batas',
    label: 'Lewat Batas',
    forRoles: ALL,
    filter: (now) => ({ status: [...OPEN_STATUSES], dueBefore: now.toISOString() }),
  },
  { slug: 'menunggu-konfirmasi', label: 'Menunggu Konfirmasi Warga', forRoles: ALL, filter: () => ({ status: ['responded'] }) },
  {
    slug: 'dibuka-kembali',
    label: 'Dibuka Kembali',
    forRoles: ALL,
    filter: () => ({ status: ['disposed', 'escalated'] }),
    reopenedOnly: true,
  },
  { slug: 'eskalasi', label: 'Eskalasi', forRoles: ALL, filter: () => ({ status: ['escalated'] }) },
  { slug: 'semua', label: 'Semua Aduan', forRoles: ALL, filter: () => ({}) },
];

export const queueBySlug = (slug: string) => QUEUES.find((queue) => queue.slug === slug);
