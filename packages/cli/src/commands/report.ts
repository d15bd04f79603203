import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createDesk } from '@aduan/core';
import { createReports, createSqlSource, GROUP_BYS, type GroupBy, type KpiReport } from '@aduan/reports';
import { writeKpiCsv } from '@aduan/reports/csv';
import { renderKpiHtml } from '@aduan/reports/html';
import { writeKpiXlsx, writeRecapXlsx } from '@aduan/reports/xlsx';
import type { Actor } from '@aduan/spec';
import { createReadOnlyAccess } from '@aduan/store-postgres';
import type { Command } from 'commander';
import { runAction, storeLocation, withStoreOptions, type CommandContext, type CommandRegistrar, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openStore } from '../open-store.js';
import type { Output } from '../output.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['json', 'csv', 'xlsx', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** The options both report commands take. */
interface ReportOptions extends StoreOptions {
  output?: string;
  unit?: string;
  unitNames?: string;
}

interface KpiOptions extends ReportOptions {
  from: string;
  to: string;
  asOf?: string;
  groupBy?: string;
  format: string;
}

interface RecapOptions extends ReportOptions {
  month: string[];
  onlyLinked?: boolean;
}

/**
 * Who the report is read as: the whole city, or with `--unit` a unit officer of that unit, so that
 * the report and the recap are limited as that officer's would be.
 */
const actorOf = (options: ReportOptions): Actor =>
  options.unit === undefined ? { id: 'aduan-cli', role: 'coordinator' } : { id: 'aduan-cli', role: 'unit_officer', unitId: options.unit };

/** Unit names from a JSON file `{ "dpupr": "Dinas Pekerjaan Umum dan Penataan Ruang", … }`. */
async function unitNamesFrom(path: string | undefined): Promise<Record<string, string> | undefined> {
  if (path === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as Record<string, string>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `--unit-names ${path} harus berkas JSON { "id unit": "nama unit" } (must be a JSON object of unit names): ${reason}`,
      { cause: error },
    );
  }
}

/**
 * Where a report is written: the `--output` file, or stdout (left open for whatever follows).
 * A file is written beside its name and renamed into place once complete, so that a failure
 * never leaves half a report under the name asked for.
 */
async function writeTo(path: string | undefined, output: Output, write: (stream: Writable) => Promise<void>): Promise<void> {
  if (path === undefined) {
    const relay = new PassThrough();
    relay.pipe(output.stdout, { end: false });
    await write(relay);
    await finished(relay);
    return;
  }
  const partial = `${path}.${process.pid}.part`;
  const file = createWriteStream(partial);
  try {
    await write(file);
    await finished(file);
    await rename(partial, path);
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeReport(report: KpiReport, format: Format, stream: Writable): Promise<void> {
  if (format === 'csv') return writeKpiCsv(report, stream);
  if (format === 'xlsx') return writeKpiXlsx(report, stream);
  stream.end(format === 'html' ? renderKpiHtml(report) : `${JSON.stringify(report, null, 2)}\n`);
}

function formatOf(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format harus salah satu dari ${FORMATS.join(', ')} (must be one of them), bukan "${value}"`);
}

function groupByOf(value: string | undefined): GroupBy | undefined {
  if (value === undefined || (GROUP_BYS as readonly string[]).includes(value)) return value as GroupBy | undefined;
  throw new UsageError(`--group-by harus salah satu dari ${GROUP_BYS.join(', ')} (must be one of them), bukan "${value}"`);
}

/** A binary workbook is never poured onto a terminal. */
function refuseWorkbookOnTerminal(path: string | undefined, output: Output): void {
  if (path === undefined && output.interactive) {
    throw new UsageError('Buku kerja XLSX perlu --output <berkas.xlsx> (an XLSX workbook needs --output)');
  }
}

function withReportOptions(command: Command): Command {
  return withStoreOptions(command)
    .option('--output <file>', 'tulis ke berkas ini, bukan stdout / write to this file instead of stdout')
    .option('--unit <id>', 'batasi pada satu unit, seperti yang dilihat petugas unit itu / limit to one unit, as its officer sees it')
    .option('--unit-names <file.json>', 'nama unit menurut id, berkas JSON / unit names by id, a JSON file');
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Runs a report body on the store its options name, closing the store whatever happens. */
function reportAction<O extends ReportOptions>(
  context: CommandContext,
  body: (options: O, output: Output, store: Awaited<ReturnType<typeof openStore>>) => Promise<void>,
) {
  return (options: O) =>
    runAction(context, options.json, async (output) => {
      const store = await openStore(storeLocation(options, context));
      try {
        await body(options, output, store);
      } finally {
        await store.close();
      }
      return EXIT.ok;
    });
}

/**
 * `aduan report kpi` (KPIs of a period, counted in SQL on the store, as JSON, CSV, XLSX or printable
 * HTML) and `aduan report recap` (the monthly Rekap SP4N-LAPOR! workbook).
 */
export const registerReport: CommandRegistrar = (program, context) => {
  const report = program.command('report').description('Laporan kinerja dan rekap SP4N-LAPOR! / KPI reports and the LAPOR! recap');

  withReportOptions(report.command('kpi'))
    .description('Indikator kinerja aduan yang diterima dalam periode / KPIs of the complaints received in a period')
    .requiredOption('--from <date>', 'awal periode, YYYY-MM-DD (00.00 WIB) / start of the period')
    .requiredOption('--to <date>', 'akhir periode, tidak termasuk, YYYY-MM-DD / end of the period, exclusive')
    .option('--as-of <instant>', 'saat pengukuran (default sekarang), mis. 2026-04-10T17:00:00+07:00 / when to measure (default now)')
    .option('--group-by <key>', `kelompokkan menurut ${GROUP_BYS.join(', ')} / group by`)
    .option('--format <format>', `${FORMATS.join(', ')}`, 'json')
    .action(
      reportAction<KpiOptions>(context, async (options, output, store) => {
        const format = formatOf(options.format);
        const groupBy = groupByOf(options.groupBy);
        if (format === 'xlsx') refuseWorkbookOnTerminal(options.output, output);
        if (options.json && options.output === undefined && format !== 'json') {
          throw new UsageError(
            '--json mencetak objek JSON: pakai --format json, atau --output <berkas> (--json prints JSON: use --format json or --output)',
          );
        }
        const reports = createReports({
          source: createSqlSource(createReadOnlyAccess(store)),
          unitNames: await unitNamesFrom(options.unitNames),
        });
        const result = await reports.kpis(actorOf(options), {
          from: options.from,
          to: options.to,
          ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
          ...(groupBy === undefined ? {} : { groupBy }),
        });
        await writeTo(options.output, output, (stream) => writeReport(result, format, stream));
        if (options.output !== undefined) {
          const summary = { output: options.output, format, received: result.total.figures.received.value, groups: result.groups.length };
          output.result(summary, (r) => [
            `${r.received} aduan, ${r.groups} kelompok; laporan ${r.format} ditulis ke ${r.output} (report written)`,
          ]);
        }
        for (const year of result.uncoveredYears) {
          output.problem(
            `Perhatian: hari libur tahun ${year} belum ada di kalender; HK tahun itu bisa terlalu besar (holidays of ${year} unknown).`,
          );
        }
      }),
    );

  withReportOptions(report.command('recap'))
    .description('Rekap SP4N-LAPOR! bulanan, satu lembar per bulan / the monthly LAPOR! recap, one sheet per month')
    .requiredOption('--month <YYYY-MM>', 'bulan rekap (boleh diulang) / month of the recap (repeatable)', collect, [])
    .option('--only-linked', 'hanya aduan yang punya Tracking ID SP4N-LAPOR! / only complaints linked to LAPOR!')
    .action(
      reportAction<RecapOptions>(context, async (options, output, store) => {
        if (!options.json) refuseWorkbookOnTerminal(options.output, output);
        const desk = createDesk({ store, keepStoreOpen: true });
        try {
          const reports = createReports({
            source: createSqlSource(createReadOnlyAccess(store)),
            desk,
            unitNames: await unitNamesFrom(options.unitNames),
          });
          const recap = await reports.recap(actorOf(options), { months: options.month, onlyLinked: options.onlyLinked === true });
          if (options.json && options.output === undefined) {
            output.result(recap, () => []);
            return;
          }
          await writeTo(options.output, output, (stream) => writeRecapXlsx(recap, stream));
          if (options.output !== undefined) {
            const months = recap.months.map((month) => ({ month: month.month, rows: month.rows.length }));
            output.result({ output: options.output, months }, (r) => [
              ...r.months.map((month) => `${month.month}: ${month.rows} aduan`),
              `Rekap ditulis ke ${r.output} (recap written)`,
            ]);
          }
        } finally {
          await desk.close();
        }
      }),
    );
};
