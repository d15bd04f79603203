import { createDesk, type Desk } from '@aduan/core';
import type { ImportReportV1 } from '@aduan/spec';
import { createDryRunStore } from './dry-run-store.js';
import type { LaporImportOptions } from './import-lapor-reports.js';

/** An import's report; `dryRun` is true when nothing was written (absent on an import that wrote). */
export interface LaporImportReport extends ImportReportV1 {
  dryRun?: boolean;
}

/**
 * Runs an import as asked: as it is, or (with `dryRun`) through a desk of its own over a dry-run
 * view of the store, so every row is validated, planned against what the store holds and checked
 * by the lifecycle exactly as the import would, and nothing is written. The view drops what it
 * planned whenever a batch ends, so a dry run holds no more than the batches under way. That is
 * exact because a Tracking ID reaches the desk once per run (repeats are reported before), so no
 * batch depends on what another one planned. Marks the report `dryRun: true`.
 */
export async function runPlanned(
  options: LaporImportOptions,
  report: LaporImportReport,
  run: (options: LaporImportOptions) => Promise<void>,
): Promise<void> {
  if (options.dryRun !== true) return run(options);
  const store = createDryRunStore(options.store);
  // Default settings, as the CLI's desk has: validation messages in Bahasa Indonesia, no plugins.
  const planner = createDesk({ store, keepStoreOpen: true });
  const desk: Desk = {
    ...planner,
    async importBatch(actor, items) {
      try {
        return await planner.importBatch(actor, items);
      } finally {
        store.forget();
      }
    },
  };
  try {
    await run({ ...options, desk, store });
  } finally {
    await planner.close();
  }
  report.dryRun = true;
}
