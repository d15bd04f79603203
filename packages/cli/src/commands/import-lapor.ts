import { readFileSync } from 'node:fs';
import { createDesk } from '@aduan/core';
import { importLaporExport } from '@aduan/lapor';
import type { ImportReportV1, LaporStatusTarget } from '@aduan/spec';
import type { Command } from 'commander';
import { runAction, storeLocation, withStoreOptions, type CommandContext, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeImport, unreadableFileAsUsage } from '../import-report.js';
import { openStore } from '../open-store.js';
import { createProgress } from '../progress.js';
import { UsageError } from '../usage-error.js';

interface ImportLaporOptions extends StoreOptions {
  statusMap?: string;
  unitMap?: string;
}

const TARGETS: readonly LaporStatusTarget[] = ['received', 'needs_info', 'verified', 'disposed', 'responded', 'resolved', 'rejected'];

/** A JSON object of strings from a file named by an option; anything else is a usage error naming the option. */
function stringTable(path: string, option: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${option} ${path} tidak dapat dibaca sebagai JSON (cannot be read as JSON): ${(error as Error).message}`, {
      cause: error,
    });
  }
  const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : undefined;
  if (!entries || entries.some(([, value]) => typeof value !== 'string')) {
    throw new UsageError(`${option} ${path} harus berisi objek JSON { "teks": "nilai" } (must hold a JSON object of strings)`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

function statusMapping(path: string | undefined): Record<string, LaporStatusTarget> | undefined {
  if (path === undefined) return undefined;
  const table = stringTable(path, '--status-map');
  const wrong = Object.entries(table).find(([, target]) => !TARGETS.includes(target as LaporStatusTarget));
  if (wrong) {
    throw new UsageError(`--status-map: status "${wrong[0]}" menuju "${wrong[1]}", padahal harus salah satu dari ${TARGETS.join(', ')}`);
  }
  return table as Record<string, LaporStatusTarget>;
}

/** `aduan import lapor <file>`: the SP4N-LAPOR! admin export (.xlsx or .csv) into the store, through the desk. */
export function registerImportLapor(parent: Command, context: CommandContext): void {
  withStoreOptions(parent.command('lapor <file>'))
    .description('Impor ekspor admin SP4N-LAPOR! (.xlsx atau .csv) / import the SP4N-LAPOR! admin export')
    .option('--status-map <file.json>', 'tabel status LAPOR! → status aduan / LAPOR! status mapping (JSON)')
    .option('--unit-map <file.json>', 'Instansi Terdisposisi → id unit / agency to unit id (JSON)')
    .action((file: string, options: ImportLaporOptions) =>
      runAction(context, options.json, async (output) => {
        const mapping = statusMapping(options.statusMap);
        const units = options.unitMap === undefined ? undefined : stringTable(options.unitMap, '--unit-map');
        const store = await openStore(storeLocation(options, context));
        const desk = createDesk({ store });
        const progress = createProgress(output, 'Mengimpor baris', { counting: true });
        let report: ImportReportV1;
        try {
          progress.start(0);
          report = await importLaporExport(file, {
            desk,
            store,
            statusMapping: mapping,
            unitFor: units ? (agency) => units[agency] : undefined,
            onProgress: (rows) => progress.update(rows),
          });
        } catch (error) {
          throw unreadableFileAsUsage(file, error);
        } finally {
          progress.stop();
          await desk.close();
        }
        output.result(report, describeImport);
        return report.problems.length === 0 ? EXIT.ok : EXIT.someProblems;
      }),
    );
}
