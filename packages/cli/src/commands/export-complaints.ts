import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ComplaintProjection, StoreV1 } from '@aduan/spec';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { runAction, storeLocation, withStoreOptions, type CommandRegistrar, type StoreOptions } from '../command.js';
import { COMPLAINT_COLUMNS } from '../complaint-table.js';
import { EXIT } from '../exit-codes.js';
import { openStore } from '../open-store.js';
import { createProgress, type Progress } from '../progress.js';
import { UsageError } from '../usage-error.js';

interface ExportOptions extends StoreOptions {
  format: string;
  output?: string;
}

/** What `aduan export complaints` wrote. */
interface ExportResult {
  exported: number;
  format: 'csv' | 'xlsx';
  file: string | null;
}

const PAGE = 500;

/** Every complaint, newest first, page by page: the export never holds more than one page. */
async function* allComplaints(store: StoreV1): AsyncGenerator<ComplaintProjection> {
  let cursor: string | undefined;
  do {
    const page = await store.doQuery({ limit: PAGE, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const cells = (complaint: ComplaintProjection) => COMPLAINT_COLUMNS.map((column) => column.value(complaint));

/** Writes CSV (with a byte order mark, so Excel reads it as UTF-8) to `out`, closing it only when it is a file. */
async function writeCsv(complaints: AsyncIterable<ComplaintProjection>, out: Writable, file: boolean, progress: Progress): Promise<number> {
  const csv = stringify({ bom: true });
  csv.pipe(out, { end: file });
  let count = 0;
  const write = async (row: string[]) => {
    if (!csv.write(row)) await once(csv, 'drain');
  };
  await write(COMPLAINT_COLUMNS.map((column) => column.header));
  for await (const complaint of complaints) {
    await write(cells(complaint));
    progress.update(++count);
  }
  csv.end();
  await finished(file ? out : csv);
  return count;
}

async function writeXlsx(complaints: AsyncIterable<ComplaintProjection>, path: string, progress: Progress): Promise<number> {
  // Streaming writer: each row is committed to the file as it is made.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Aduan');
  sheet.addRow(COMPLAINT_COLUMNS.map((column) => column.header)).commit();
  let count = 0;
  for await (const complaint of complaints) {
    sheet.addRow(cells(complaint)).commit();
    progress.update(++count);
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/** `aduan export complaints`: every complaint as CSV or XLSX, without identities, times in WIB. */
export const registerExport: CommandRegistrar = (program, context) => {
  const parent = program.command('export').description('Ekspor data / export data');
  withStoreOptions(parent.command('complaints'))
    .description('Ekspor semua aduan ke CSV atau XLSX / export every complaint as CSV or XLSX')
    .option('--format <format>', 'csv atau xlsx', 'csv')
    .option('--output <file>', 'berkas tujuan (wajib untuk xlsx; CSV tanpa ini ke stdout) / output file')
    .action((options: ExportOptions) =>
      runAction(context, options.json, async (output) => {
        const format = options.format;
        if (format !== 'csv' && format !== 'xlsx')
          throw new UsageError(`--format harus csv atau xlsx, bukan "${format}" (must be csv or xlsx)`);
        if (options.output === undefined && (format === 'xlsx' || output.json)) {
          throw new UsageError('Tentukan --output <berkas> (name the output file): XLSX, dan CSV dengan --json, tidak ditulis ke stdout');
        }
        const store = await openStore(storeLocation(options, context));
        const progress = createProgress(output, 'Mengekspor aduan');
        let exported: number;
        try {
          progress.start((await store.doCount({}, 'status').then(Object.values)).reduce((sum, n) => sum + n, 0));
          if (format === 'xlsx') exported = await writeXlsx(allComplaints(store), options.output!, progress);
          else {
            const file = options.output !== undefined;
            const out = file ? createWriteStream(options.output!) : output.stdout;
            exported = await writeCsv(allComplaints(store), out, file, progress);
          }
        } finally {
          progress.stop();
          await store.close();
        }
        const result: ExportResult = { exported, format, file: options.output ?? null };
        if (options.output !== undefined) {
          output.result(result, ({ exported: n, file }) => [`${n} aduan diekspor ke ${file} (complaints exported)`]);
        }
        return EXIT.ok;
      }),
    );
};
