import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { InvalidInputError } from '@aduan/spec';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** One row of a spreadsheet or CSV file: its 1-based number as the file shows it, and its cells as text. */
export interface TableRow {
  row: number;
  cells: string[];
}

/** The longest CSV record read (characters); a longer one means a broken file, not a complaint. */
const MAX_CSV_RECORD = 1_000_000;

/** A problem with the whole file: refused as `invalid_input` on the path `file`, in Bahasa Indonesia. */
export function fileProblem(message: string, cause?: unknown): InvalidInputError {
  const error = new InvalidInputError('file', [{ path: 'file', message }]);
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
  return error;
}

type Format = { kind: 'xlsx' } | { kind: 'csv'; delimiter: string };

/** The CSV separator is the one after the first header (`;` where Excel runs in an Indonesian locale); `,` when not seen. */
function separatorAfter(head: string, firstHeader: string): string {
  const escaped = firstHeader.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}"?[ \\t]*([;,\\t|])`, 'i').exec(head)?.[1] ?? ',';
}

/** Tells the format from the first bytes: a ZIP is XLSX, an OLE container is an encrypted workbook or an old .xls. */
async function sniff(path: string, firstHeader: string): Promise<Format> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileProblem(`berkas ${path} tidak dapat dibuka (${(error as NodeJS.ErrnoException).code ?? 'error'})`, error);
  }
  try {
    const head = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytesRead === 0) throw fileProblem('berkas kosong');
    if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return { kind: 'xlsx' };
    if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
      throw fileProblem(
        'berkas terenkripsi (berkata sandi) atau berformat .xls lama: buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx',
      );
    }
    if (bytes.includes(0)) throw fileProblem('bukan lembar kerja: simpan berkas sebagai .xlsx atau .csv');
    return { kind: 'csv', delimiter: separatorAfter(bytes.toString('utf8'), firstHeader) };
  } finally {
    await handle.close();
  }
}

/** Text of an exceljs cell value (rich text, hyperlinks and formula results included); dates as ISO text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

async function* xlsxRows(path: string): AsyncGenerator<TableRow> {
  // Streaming: rows are read as the file is unzipped; shared strings are kept, cells are not.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        yield { row: row.number, cells: Array.from(values, (value) => cellText(value as ExcelJS.CellValue)) };
      }
      return; // the export has one sheet; others (notes, pivots) are not reports
    }
  } catch (error) {
    if (InvalidInputError.isInstance(error)) throw error;
    throw fileProblem('bukan lembar kerja .xlsx yang dapat dibaca: simpan ulang berkas dari Excel sebagai .xlsx', error);
  }
}

async function* csvRows(path: string, delimiter: string): AsyncGenerator<TableRow> {
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_CSV_RECORD,
    }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } catch (error) {
    throw fileProblem(`CSV tidak dapat dibaca setelah baris ${row}: periksa tanda kutip dan pemisah kolom`, error);
  }
}

/**
 * Reads a spreadsheet (.xlsx) or CSV file row by row without holding it in memory. The format comes
 * from the content, not the name; a CSV's separator is the one after `firstHeader`, the header
 * row's first cell. Throws `invalid_input` (path `file`) when the file cannot be read
 * as either: missing, empty, encrypted, an old .xls, binary, or broken.
 */
export async function* readTable(path: string, options: { firstHeader: string }): AsyncGenerator<TableRow> {
  const format = await sniff(path, options.firstHeader);
  yield* format.kind === 'xlsx' ? xlsxRows(path) : csvRows(path, format.delimiter);
}
