import { createDesk } from '@aduan/core';
import { importLaporExport, type LaporImportReport } from '@aduan/lapor';
import type { Command } from 'commander';
import { runAction, storeLocation, withStoreOptions, type CommandContext, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeImport, unreadableFileAsUsage } from '../import-report.js';
import { statusMapping, stringTable } from '../lapor-maps.js';
import { openStore } from '../open-store.js';
import { createProgress } from '../progress.js';

interface ImportLaporOptions extends StoreOptions {
  statusMap?: string;
  unitMap?: string;
  dryRun?: boolean;
}

/** `aduan import lapor <file>`: the SP4N-LAPOR! admin export (.xlsx or .csv) into the store, through the desk. */
export function registerImportLapor(parent: Command, context: CommandContext): void {
  withStoreOptions(parent.command('lapor <file>'))
    .description('Impor ekspor admin SP4N-LAPOR! (.xlsx atau .csv) / import the SP4N-LAPOR! admin export')
    .option('--status-map <file.json>', 'tabel status LAPOR! → status aduan / LAPOR! status mapping (JSON)')
    .option('--unit-map <file.json>', 'Instansi Terdisposisi → id unit / agency to unit id (JSON)')
    .option('--dry-run', 'periksa dan laporkan tanpa menulis / validate and report without writing')
    .action((file: string, options: ImportLaporOptions) =>
      runAction(context, options.json, async (output) => {
        const mapping = statusMapping(options.statusMap);
        const units = options.unitMap === undefined ? undefined : stringTable(options.unitMap, '--unit-map');
        const store = await openStore(storeLocation(options, context));
        const desk = createDesk({ store });
        const progress = createProgress(output, options.dryRun ? 'Memeriksa baris' : 'Mengimpor baris', { counting: true });
        let report: LaporImportReport;
        try {
          progress.start(0);
          report = await importLaporExport(file, {
            desk,
            store,
            statusMapping: mapping,
            unitFor: units ? (agency) => units[agency] : undefined,
            onProgress: (rows) => progress.update(rows),
            dryRun: options.dryRun,
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
