import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A streaming workbook on `output`: rows are written out as they are committed, never held all at once. */
export function streamingWorkbook(output: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'aduan';
  return workbook;
}

/** Bold header row, frozen under the title rows, so that the columns stay named while scrolling. */
export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };

/** Excel's limits on a sheet name: 31 characters, none of `[]:*?/\`. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}
