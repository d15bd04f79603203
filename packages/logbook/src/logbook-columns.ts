/** The logbook template's headers, by the field they fill (templates/logbook-template.csv and .xlsx). */
export const LOGBOOK_COLUMNS = {
  date: 'Tanggal',
  time: 'Waktu',
  place: 'Tempat atau Acara',
  name: 'Nama',
  contact: 'Kontak',
  privacy: 'Tipe (Biasa/Anonim/Rahasia)',
  title: 'Judul',
  description: 'Uraian',
  kelurahan: 'Kelurahan',
  category: 'Kategori',
} as const;

export type LogbookField = keyof typeof LOGBOOK_COLUMNS;

/** Columns the header row must have. */
export const REQUIRED_LOGBOOK_FIELDS: readonly LogbookField[] = ['date', 'place', 'title', 'description'];

/** The longest text each cell may hold; longer is reported, never cut. */
export const LOGBOOK_MAX_LENGTH: Record<LogbookField, number> = {
  date: 40,
  time: 20,
  place: 200,
  name: 200,
  contact: 200,
  privacy: 20,
  title: 200,
  description: 9_800,
  kelurahan: 120,
  category: 120,
};

/** A header as compared: lower case, spaces collapsed. */
export const headerKey = (header: string): string => header.trim().replace(/\s+/g, ' ').toLowerCase();
