import { describe, expect, it } from 'vitest';
import { describeImport } from './import-report.js';

describe('describeImport', () => {
  it('says how many problems the importer left out of its list', () => {
    const lines = describeImport({
      inserted: 0,
      updated: 0,
      unchanged: 0,
      skipped: 1_005,
      problems: [{ row: 6, column: 'Status Laporan', message: 'status "Entah" tidak dikenal' }],
      problemsOmitted: 1_004,
    });

    expect(lines).toEqual([
      '0 baru (inserted), 0 diperbarui (updated), 0 tetap (unchanged), 1005 dilewati (skipped)',
      '  baris 6, kolom "Status Laporan": status "Entah" tidak dikenal',
      '  … dan 1004 masalah lain tidak ditampilkan (1004 more problems not listed)',
    ]);
  });

  it('adds no such line when every problem is listed', () => {
    expect(describeImport({ inserted: 2, updated: 0, unchanged: 0, skipped: 0, problems: [] })).toEqual([
      '2 baru (inserted), 0 diperbarui (updated), 0 tetap (unchanged), 0 dilewati (skipped)',
    ]);
  });

  it('says first that a dry run wrote nothing', () => {
    expect(describeImport({ inserted: 2, updated: 0, unchanged: 0, skipped: 0, problems: [], dryRun: true })).toEqual([
      'Uji coba: tidak ada yang ditulis (dry run: nothing written)',
      '2 baru (inserted), 0 diperbarui (updated), 0 tetap (unchanged), 0 dilewati (skipped)',
    ]);
  });
});
