/**
 * The SP4N-LAPOR! bridge: imports the LAPOR! admin export (.xlsx or .csv, streamed) through the
 * desk with a per-row validation report in Bahasa Indonesia, maps LAPOR!'s status strings to the
 * lifecycle by a configurable table, and links complaints to Tracking IDs. With the (assumed) LAPOR!
 * API it also pulls changed reports page by page and pushes the city's updates.
 *
 * @packageDocumentation
 * @module @aduan/lapor
 */
export {
  createLaporBridge,
  type LaporApiBridge,
  type LaporApiBridgeOptions,
  type LaporBridgeOptions,
  type LaporExportBridge,
} from './create-lapor-bridge.js';
export { createLaporApiClient, type LaporApiClient, type LaporApiOptions } from './api/lapor-api-client.js';
export { pullLaporReports, type LaporPullOptions } from './api/pull-lapor-reports.js';
export { DEFAULT_LAPOR_PUSH_STATUS, pushLaporUpdate } from './api/push-lapor-update.js';
export {
  LAPOR_API_MAX_PAGE_SIZE,
  type LaporApiPage,
  type LaporApiRecord,
  type LaporApiUpdateBody,
} from './api/lapor-api-protocol.js';
export { importLaporExport } from './import-lapor-export.js';
export {
  agencySlug,
  importLaporReports,
  LAPOR_IMPORT_ACTOR,
  type LaporImportOptions,
  type NumberedReport,
} from './import-lapor-reports.js';
export { LAPOR_COLUMNS } from './lapor-columns.js';
export type { LaporImportReport } from './run-planned.js';
export { parseLaporDateTime } from './lapor-date.js';
export { readTable, type TableRow } from './read-table.js';
export { LAPOR_SYSTEM } from './plan-import-item.js';
export { DEFAULT_LAPOR_STATUS_MAPPING } from './status-mapping.js';
