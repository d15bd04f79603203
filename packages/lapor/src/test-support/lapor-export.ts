import { createWriteStream } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** One report row of a LAPOR! admin export, by header; missing headers are written empty. */
export type ExportRow = Partial<Record<(typeof EXPORT_HEADERS)[number], string>>;

/** The headers of the LAPOR! admin export, in its order (with columns the bridge ignores). */
const EXPORT_HEADERS = [
  'Tracking ID',
  'Tanggal Laporan Masuk',
  'Waktu Laporan Masuk',
  'Nama Pelapor',
  'Klasifikasi Laporan',
  'ID Kategori',
  'Kategori',
  'Judul Laporan',
  'Isi Laporan Awal',
  'Isi Laporan Akhir',
  'Tipe Laporan (Anonim/Rahasia)',
  'Sumber Laporan',
  'Instansi Induk',
  'Instansi Terdisposisi',
  'Status Laporan',
  'Alasan Tunda/Arsip',
  'Provinsi',
  'Kota/Kabupaten',
  'Kecamatan',
  'Kelurahan',
  'Nomor SK',
  'Rating',
] as const;

/** The info block LAPOR! puts above the table. */
const INFO_ROWS = [
  ['Daftar Laporan SP4N-LAPOR!'],
  ['Nama Instansi', 'Pemerintah Kota Pekalongan'],
  ['Tanggal Generate', '3 Des 2026 09:15'],
  [],
];

/** A realistic report row: Tracking ID `id`, defaults for the rest. */
export function reportRow(id: number | string, extra: ExportRow = {}): ExportRow {
  return {
    'Tracking ID': String(id),
    'Tanggal Laporan Masuk': '3 Jan 2026',
    'Waktu Laporan Masuk': '08:30',
    'Nama Pelapor': 'Siti Aminah',
    'Klasifikasi Laporan': 'Pengaduan',
    'ID Kategori': '17',
    Kategori: 'Infrastruktur',
    'Judul Laporan': `Jalan berlubang ${id}`,
    'Isi Laporan Awal': 'Jalan di depan SD Podosugih berlubang dalam, sudah ada pengendara jatuh.',
    'Isi Laporan Akhir': 'Jalan di depan SD Podosugih berlubang dalam; sudah ada pengendara jatuh.',
    'Tipe Laporan (Anonim/Rahasia)': '',
    'Sumber Laporan': 'Website',
    'Instansi Induk': 'Pemerintah Kota Pekalongan',
    'Instansi Terdisposisi': '',
    'Status Laporan': 'Terverifikasi',
    Provinsi: 'Jawa Tengah',
    'Kota/Kabupaten': 'Kota Pekalongan',
    Kecamatan: 'Pekalongan Barat',
    Kelurahan: 'Podosugih',
    'Nomor SK': '050/123/2025',
    ...extra,
  };
}

const cells = (row: ExportRow) => EXPORT_HEADERS.map((header) => row[header] ?? '');

/** Writes an .xlsx export (info rows, header, the rows) with exceljs' streaming writer. */
export async function writeExportXlsx(path: string, rows: Iterable<ExportRow>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(path), useSharedStrings: true });
  const sheet = workbook.addWorksheet('Laporan');
  for (const info of INFO_ROWS) sheet.addRow(info).commit();
  sheet.addRow([...EXPORT_HEADERS]).commit();
  for (const row of rows) sheet.addRow(cells(row)).commit();
  sheet.commit();
  await workbook.commit();
}

/** The same export as CSV text (`;` separated, as Excel writes it in an Indonesian locale). */
export function exportCsv(rows: Iterable<ExportRow>): string {
  return stringify([...INFO_ROWS, [...EXPORT_HEADERS], ...[...rows].map(cells)], { delimiter: ';' });
}

/** Statuses through the lifecycle, mixed privacy: the rows of a realistic month. */
export const MONTH: ExportRow[] = [
  reportRow(5049672, { 'Status Laporan': 'Belum Terverifikasi' }),
  reportRow(5049673, { 'Status Laporan': 'Terverifikasi', 'Tipe Laporan (Anonim/Rahasia)': 'Anonim', 'Nama Pelapor': '' }),
  reportRow(5049674, { 'Status Laporan': 'Terdisposisi', 'Instansi Terdisposisi': 'Dinas Pekerjaan Umum' }),
  reportRow(5049675, {
    'Status Laporan': 'Ditutup oleh Sistem',
    'Instansi Terdisposisi': 'Dinas Pekerjaan Umum',
    'Tipe Laporan (Anonim/Rahasia)': 'Rahasia',
    'Nama Pelapor': 'Nama yang tidak boleh terbawa',
    Rating: '4',
  }),
  reportRow(5049676, { 'Status Laporan': 'Diarsipkan oleh Admin', 'Alasan Tunda/Arsip': 'Tidak relevan dengan kinerja pemerintah' }),
  reportRow(15049677, { 'Tanggal Laporan Masuk': '28 Agu 2026', 'Waktu Laporan Masuk': '23.59.30', 'Status Laporan': 'Tertunda' }),
];
