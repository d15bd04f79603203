import { createHash } from 'node:crypto';
import { parseLaporDateTime } from '@aduan/lapor';
import type { ImportProblemV1, IntakeInput } from '@aduan/spec';
import { LOGBOOK_COLUMNS, LOGBOOK_MAX_LENGTH, type LogbookField } from './logbook-columns.js';

/** Where each field sits in a row (0-based), from the header row. */
export type LogbookColumnIndex = Partial<Record<LogbookField, number>>;

const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `Tipe`: an empty cell hides (rahasia), as a forgotten flag must never expose a resident. */
function privacyOf(text: string): { anonim: boolean; rahasia: boolean } | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'biasa') return { anonim: false, rahasia: false };
  if (value === 'anonim') return { anonim: true, rahasia: false };
  if (value === 'rahasia' || value === '') return { anonim: true, rahasia: true };
  return undefined;
}

/**
 * The channel message id of an entry: a digest of what identifies it (date, place, title,
 * description), so the same entry imported again is found and not created twice.
 */
function entryId(parts: readonly string[]): string {
  return `logbook-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`;
}

/** One row's reading: the intake, or every problem in it. */
export type ParsedEntry = { intake: IntakeInput } | { problems: ImportProblemV1[] };

/**
 * Validates one logbook row into an intake on channel `in_person`: the date (and time) in WIB,
 * where it was heard, the title and description; optional name, contact (a phone number or an
 * e-mail address), privacy type, kelurahan and category. Problems name the row and the column.
 */
export function parseEntry(row: number, cells: readonly string[], columns: LogbookColumnIndex): ParsedEntry {
  const problems: ImportProblemV1[] = [];
  const problem = (field: LogbookField, message: string) => problems.push({ row, column: LOGBOOK_COLUMNS[field], message });
  const value = (field: LogbookField, required?: string): string | undefined => {
    const index = columns[field];
    const text = index === undefined ? '' : (cells[index] ?? '').trim();
    if (text.length > LOGBOOK_MAX_LENGTH[field]) {
      problem(field, `terlalu panjang: ${text.length} karakter, paling banyak ${LOGBOOK_MAX_LENGTH[field]}`);
      return undefined;
    }
    if (text === '' && required) problem(field, `kosong: ${required} wajib diisi`);
    return text === '' ? undefined : text;
  };
  const date = value('date', 'tanggal') ?? '';
  const time = value('time') ?? '';
  const place = value('place', 'tempat atau acara');
  const title = value('title', 'judul');
  const description = value('description', 'uraian');
  const name = value('name');
  const contact = value('contact');
  const kelurahan = value('kelurahan');
  const category = value('category');
  const privacyCell = columns.privacy === undefined ? '' : (cells[columns.privacy] ?? '');
  const privacy = privacyOf(privacyCell);
  if (privacy === undefined) problem('privacy', `tipe "${privacyCell.trim().slice(0, 20)}" tidak dikenal: isi Biasa, Anonim atau Rahasia`);
  if (contact !== undefined && !PHONE.test(contact) && !EMAIL.test(contact)) {
    problem('contact', `"${contact.slice(0, 40)}" bukan nomor telepon atau alamat e-mail`);
  }
  const when = date === '' ? undefined : parseLaporDateTime(date, time);
  if (when && 'message' in when) problem(when.cell === 'date' ? 'date' : 'time', when.message);
  if (problems.length > 0 || !when || !('at' in when) || !privacy || !place || !title || !description) return { problems };

  const details = {
    ...(name ? { name } : {}),
    ...(contact ? (EMAIL.test(contact) ? { email: contact } : { phone: contact }) : {}),
  };
  return {
    intake: {
      channel: 'in_person',
      channelMessageId: entryId([when.at, place, title, description]),
      title,
      // Where it was heard stays with the complaint's text: an officer reading it needs it.
      description: `${description}\n\n(Disampaikan langsung di ${place}.)`,
      category,
      location: kelurahan ? { kelurahan } : undefined,
      occurredAt: when.at,
      contact: Object.keys(details).length > 0 ? details : undefined,
      ...privacy,
    },
  };
}
