import type {
  Actor,
  ComplaintStatus,
  LaporBridgeV1,
  LaporImportOptionsV1,
  LaporPullOptionsV1,
  LaporPullReportV1,
  LaporReportV1,
  LaporUpdateV1,
} from '@aduan/spec';
import { createLaporApiClient, type LaporApiOptions } from './api/lapor-api-client.js';
import { pullLaporReports } from './api/pull-lapor-reports.js';
import { pushLaporUpdate } from './api/push-lapor-update.js';
import { importLaporExport } from './import-lapor-export.js';
import { importLaporReports, type LaporImportOptions } from './import-lapor-reports.js';
import type { LaporImportReport } from './run-planned.js';
import { LAPOR_SYSTEM } from './plan-import-item.js';

/** Options of `createLaporBridge`: the desk and store it imports into, and how statuses and agencies map. */
export type LaporBridgeOptions = Omit<LaporImportOptions, 'actor' | 'onProgress' | 'dryRun'>;

/** Options of a bridge that also pulls and pushes through the (assumed) LAPOR! API. */
export interface LaporApiBridgeOptions extends LaporBridgeOptions {
  /** How to reach the API; see docs/lapor.md for the assumed format. */
  api: LaporApiOptions;
  /** The LAPOR! status each aduan state is pushed as (default `DEFAULT_LAPOR_PUSH_STATUS`). */
  pushStatus?: Readonly<Partial<Record<ComplaintStatus, string>>>;
}

/** The bridge over the admin export: link and import (with `dryRun`, the report is marked `dryRun: true` and nothing is written). */
export type LaporExportBridge = Required<Pick<LaporBridgeV1, 'link'>> &
  Omit<LaporBridgeV1, 'importExport' | 'importReports'> & {
    importExport(path: string, options?: LaporImportOptionsV1): Promise<LaporImportReport>;
    importReports(reports: AsyncIterable<LaporReportV1>, options?: LaporImportOptionsV1): Promise<LaporImportReport>;
  };

/** The bridge over the API as well: pull and push. */
export type LaporApiBridge = LaporExportBridge & Required<Pick<LaporBridgeV1, 'pull' | 'push'>>;

/**
 * The SP4N-LAPOR! bridge over a desk: links complaints to Tracking IDs and imports the admin
 * export or reports from any source, all through the desk. With `api` it also declares and offers
 * `pull` and `push` over the LAPOR! API in its assumed format (LAPOR! publishes no API
 * documentation for regional apps; the export is the supported path, see docs/lapor.md).
 * Throws `InvalidConfigError` for bad `api` options.
 */
export function createLaporBridge(options: LaporApiBridgeOptions): LaporApiBridge;
export function createLaporBridge(options: LaporBridgeOptions): LaporExportBridge;
export function createLaporBridge(options: LaporBridgeOptions | LaporApiBridgeOptions): LaporExportBridge | LaporApiBridge {
  const withRun = (run: LaporImportOptionsV1 = {}): LaporImportOptions => ({
    ...options,
    actor: run.actor,
    onProgress: run.onProgress,
    dryRun: run.dryRun,
  });
  const bridge: LaporExportBridge = {
    specificationVersion: 'v1',
    capabilities: { link: true, importExport: true, pull: false, push: false },
    async link(actor: Actor, complaintId: string, trackingId: string) {
      await options.desk.link(actor, { complaintId, system: LAPOR_SYSTEM, id: trackingId });
    },
    importExport: async (path: string, run?: LaporImportOptionsV1): Promise<LaporImportReport> => importLaporExport(path, withRun(run)),
    async importReports(reports: AsyncIterable<LaporReportV1>, run?: LaporImportOptionsV1): Promise<LaporImportReport> {
      let row = 0;
      async function* numbered() {
        for await (const report of reports) yield { row: ++row, report };
      }
      return importLaporReports(numbered(), withRun(run), 'api');
    },
  };
  if (!('api' in options)) return bridge;
  const client = createLaporApiClient(options.api);
  return {
    ...bridge,
    capabilities: { link: true, importExport: true, pull: true, push: true },
    pull: (run: LaporPullOptionsV1 = {}): Promise<LaporPullReportV1> => pullLaporReports(client, { ...options, ...run }),
    push: (actor: Actor, complaintId: string): Promise<LaporUpdateV1> =>
      pushLaporUpdate(client, options.desk, actor, complaintId, options.pushStatus),
  };
}
