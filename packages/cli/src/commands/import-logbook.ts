import { createDesk } from '@aduan/core';
import { importLogbook, type LogbookImportReport } from '@aduan/logbook';
import type { Command } from 'commander';
import { runAction, storeLocation, withStoreOptions, type CommandContext, type StoreOptions } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeImport, unreadableFileAsUsage } from '../import-report.js';
import { openStore } from '../open-store.js';
import { createProgress } from '../progress.js';

interface ImportLogbookOptions extends StoreOptions {
  dryRun?: boolean;
}

/** `aduan import logbook <file>`: the in-person logbook (.xlsx or .csv, from the template) into the store, through the desk. */
export function registerImportLogbook(parent: Command, context: CommandContext): void {
  withStoreOptions(parent.command('logbook <file>'))
    .description('Impor buku catatan aduan tatap muka (.xlsx atau .csv) / import the in-person logbook')
    .option('--dry-run', 'periksa dan laporkan tanpa menulis / validate and report without writing')
    .action((file: string, options: ImportLogbookOptions) =>
      runAction(context, options.json, async (output) => {
        const store = await openStore(storeLocation(options, context));
        const desk = createDesk({ store });
        const progress = createProgress(output, 'Mengimpor baris', { counting: true });
        let report: LogbookImportReport;
        try {
          progress.start(0);
          report = await importLogbook(file, { desk, store, dryRun: options.dryRun, onProgress: (rows) => progress.update(rows) });
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
