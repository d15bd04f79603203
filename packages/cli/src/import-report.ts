import type { ImportReportV1 } from '@aduan/spec';

/** An import's report as lines for people: the counts, then one line per problem (row, column, message). */
export function describeImport(report: ImportReportV1): string[] {
  return [
    `${report.inserted} baru (inserted), ${report.updated} diperbarui (updated), ${report.unchanged} tetap (unchanged), ` +
      `${report.skipped} dilewati (skipped)`,
    ...report.problems.map((problem) =>
      problem.row === 0
        ? `  berkas: ${problem.message}`
        : `  baris ${problem.row}${problem.column ? `, kolom "${problem.column}"` : ''}: ${problem.message}`,
    ),
  ];
}
