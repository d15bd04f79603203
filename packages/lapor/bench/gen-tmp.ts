import { reportRow, writeExportXlsx } from '../src/test-support/lapor-export.js';
const ROWS = Number(process.argv[3]);
const STATUSES = ['Belum Terverifikasi', 'Terverifikasi', 'Terdisposisi', 'Ditutup oleh Sistem', 'Diarsipkan oleh Admin'];
const PRIVACY = ['', 'Anonim', 'Rahasia'];
function* exportRows() {
  for (let index = 0; index < ROWS; index += 1) {
    yield reportRow(10_000_000 + index, {
      'Status Laporan': STATUSES[index % STATUSES.length]!,
      'Tipe Laporan (Anonim/Rahasia)': PRIVACY[index % PRIVACY.length]!,
      'Instansi Terdisposisi': 'Dinas Pekerjaan Umum',
    });
  }
}
await writeExportXlsx(process.argv[2]!, exportRows());
