import { readFile, rename, writeFile } from 'node:fs/promises';
import { createDesk } from '@aduan/core';
import { createLaporBridge } from '@aduan/lapor';
import { LaporApiError, type LaporPullReportV1 } from '@aduan/spec';
import type { Command } from 'commander';
import { runAction, storeLocation, withStoreOptions, type CommandContext, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeImport } from '../import-report.js';
import { statusMapping, stringTable } from '../lapor-maps.js';
import { openStore } from '../open-store.js';
import { createProgress } from '../progress.js';
import { UsageError } from '../usage-error.js';

interface SyncLaporOptions extends StoreOptions {
  api: string;
  cursor?: string;
  cursorFile?: string;
  pageSize?: string;
  statusMap?: string;
  unitMap?: string;
}

/** The environment variable holding the LAPOR! token: never an argument, which `ps` and shell history would show. */
const LAPOR_TOKEN_VARIABLE = 'ADUAN_LAPOR_TOKEN';

/** The cursor saved by an earlier run, or undefined when the file does not exist yet. */
async function savedCursor(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`--cursor-file ${path} tidak dapat dibaca (cannot be read): ${(error as NodeJS.ErrnoException).code}`, {
      cause: error,
    });
  }
  const cursor = text.trim();
  if (cursor.length > 1_000 || /\s/.test(cursor)) throw new UsageError(`--cursor-file ${path} tidak berisi kursor (holds no cursor)`);
  return cursor === '' ? undefined : cursor;
}

/** Replaces the cursor file whole (a crash leaves the old cursor or the new one, never half of one). */
async function saveCursor(path: string, cursor: string): Promise<void> {
  const partial = `${path}.${process.pid}.tmp`;
  await writeFile(partial, `${cursor}\n`);
  await rename(partial, path);
}

function pageSizeOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1 || size > 500)
    throw new UsageError(`--page-size harus 1 sampai 500 (must be 1 to 500), bukan "${text}"`);
  return size;
}

/** `aduan sync lapor --api <url>`: pulls the reports SP4N-LAPOR! changed since the saved cursor, through the desk. */
export function registerSyncLapor(parent: Command, context: CommandContext): void {
  withStoreOptions(parent.command('lapor'))
    .description('Tarik laporan SP4N-LAPOR! lewat API (format diasumsikan) / pull SP4N-LAPOR! reports through the (assumed) API')
    .requiredOption('--api <url>', 'URL dasar API SP4N-LAPOR! / base URL of the SP4N-LAPOR! API')
    .option('--cursor <cursor>', 'mulai setelah kursor ini / start after this cursor')
    .option('--cursor-file <file>', 'baca dan simpan kursor di berkas ini setiap halaman / read and save the cursor here after each page')
    .option('--page-size <n>', 'laporan per halaman, 1–500 (bawaan 100) / reports per page')
    .option('--status-map <file.json>', 'tabel status LAPOR! → status aduan / LAPOR! status mapping (JSON)')
    .option('--unit-map <file.json>', 'Instansi Terdisposisi → id unit / agency to unit id (JSON)')
    .action((options: SyncLaporOptions) =>
      runAction(context, options.json, async (output) => {
        const token = context.env[LAPOR_TOKEN_VARIABLE];
        if (!token) {
          throw new UsageError(
            `Isi variabel ${LAPOR_TOKEN_VARIABLE} dengan token integrasi SP4N-LAPOR! (set ${LAPOR_TOKEN_VARIABLE} to the integration token)`,
          );
        }
        if (options.cursor !== undefined && options.cursorFile !== undefined) {
          throw new UsageError('Pilih --cursor atau --cursor-file, bukan keduanya (give --cursor or --cursor-file, not both)');
        }
        const mapping = statusMapping(options.statusMap);
        const units = options.unitMap === undefined ? undefined : stringTable(options.unitMap, '--unit-map');
        const pageSize = pageSizeOf(options.pageSize);
        const start = options.cursorFile === undefined ? options.cursor : await savedCursor(options.cursorFile);
        const store = await openStore(storeLocation(options, context));
        const desk = createDesk({ store });
        const progress = createProgress(output, 'Menarik laporan', { counting: true });
        let reached = start;
        let report: LaporPullReportV1;
        try {
          const bridge = createLaporBridge({
            desk,
            store,
            statusMapping: mapping,
            unitFor: units ? (agency) => units[agency] : undefined,
            api: { baseUrl: options.api, token, pageSize },
          });
          progress.start(0);
          report = await bridge.pull({
            cursor: start,
            onProgress: (rows) => progress.update(rows),
            onCursor: async (cursor) => {
              reached = cursor;
              if (options.cursorFile !== undefined) await saveCursor(options.cursorFile, cursor);
            },
          });
        } catch (error) {
          if (LaporApiError.isInstance(error) && reached !== start) {
            output.problem(
              options.cursorFile === undefined
                ? `Halaman sebelumnya sudah masuk; lanjutkan dengan --cursor ${reached} (the pages before went in; resume with --cursor)`
                : `Halaman sebelumnya sudah masuk; kursor tersimpan di ${options.cursorFile} (the pages before went in; the cursor is saved)`,
            );
          }
          throw error;
        } finally {
          progress.stop();
          await desk.close();
        }
        output.result(report, (value) => [
          ...describeImport(value),
          `kursor (cursor): ${value.cursor ?? '-'}; ${value.pages} halaman (pages)`,
        ]);
        return report.problems.length === 0 ? EXIT.ok : EXIT.someProblems;
      }),
    );
}
