import { InvalidInputError, type ImportReportV1 } from '@aduan/spec';
import { UsageError } from './usage-error.js';

/**
 * An import's report as lines for people: on a dry run first a line saying nothing was written,
 * then the counts, one line per listed problem (row, column, message), and how many were not listed.
 */
export function describeImport(report: ImportReportV1 & { dryRun?: boolean }): string[] {
  return [
    ...(report.dryRun ? ['Uji coba: tidak ada yang ditulis (dry run: nothing written)'] : []),
    `${report.inserted} baru (inserted), ${report.updated} diperbarui (updated), ${report.unchanged} tetap (unchanged), ` +
      `${report.skipped} dilewati (skipped)`,
    ...report.problems.map((problem) =>
      problem.row === 0
        ? `  berkas: ${problem.message}`
        : `  baris ${problem.row}${problem.column ? `, kolom "${problem.column}"` : ''}: ${problem.message}`,
    ),
    ...(report.problemsOmitted
      ? [`  … dan ${report.problemsOmitted} masalah lain tidak ditampilkan (${report.problemsOmitted} more problems not listed)`]
      : []),
  ];
}

/** An importer's refusal of the file itself (`invalid_input` on path `file`) becomes a usage error (exit 2); others pass unchanged. */
export function unreadableFileAsUsage(file: string, error: unknown): unknown {
  if (InvalidInputError.isInstance(error) && error.issues[0]?.path === 'file') {
    return new UsageError(`Berkas ${file} tidak dapat dibaca (the file cannot be read): ${error.issues[0].message}`, { cause: error });
  }
  return error;
}
