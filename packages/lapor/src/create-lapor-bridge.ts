import type { Actor, ImportReportV1, LaporBridgeV1, LaporImportOptionsV1, LaporReportV1 } from '@aduan/spec';
import { importLaporExport } from './import-lapor-export.js';
import { importLaporReports, type LaporImportOptions } from './import-lapor-reports.js';
import { LAPOR_SYSTEM } from './plan-import-item.js';

/** Options of `createLaporBridge`: the desk and store it imports into, and how statuses and agencies map. */
export type LaporBridgeOptions = Omit<LaporImportOptions, 'actor' | 'onProgress'>;

/**
 * The SP4N-LAPOR! bridge over a desk: links complaints to Tracking IDs and imports the admin
 * export or reports from any source, all through the desk. It declares no push or pull: LAPOR!
 * publishes no API documentation for regional apps (see docs/lapor.md).
 */
export function createLaporBridge(
  options: LaporBridgeOptions,
): Required<Pick<LaporBridgeV1, 'link' | 'importExport' | 'importReports'>> & LaporBridgeV1 {
  const withRun = (run: LaporImportOptionsV1 = {}): LaporImportOptions => ({ ...options, actor: run.actor, onProgress: run.onProgress });
  return {
    specificationVersion: 'v1',
    capabilities: { link: true, importExport: true, pull: false, push: false },
    async link(actor: Actor, complaintId: string, trackingId: string) {
      await options.desk.link(actor, { complaintId, system: LAPOR_SYSTEM, id: trackingId });
    },
    importExport: (path: string, run?: LaporImportOptionsV1): Promise<ImportReportV1> => importLaporExport(path, withRun(run)),
    async importReports(reports: AsyncIterable<LaporReportV1>, run?: LaporImportOptionsV1): Promise<ImportReportV1> {
      let row = 0;
      async function* numbered() {
        for await (const report of reports) yield { row: ++row, report };
      }
      return importLaporReports(numbered(), withRun(run), 'api');
    },
  };
}
