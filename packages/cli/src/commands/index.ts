import type { CommandRegistrar } from '../command.js';
import { registerAccounts } from './accounts.js';
import { registerExport } from './export-complaints.js';
import { registerImport } from './import.js';
import { registerMigrate } from './migrate.js';
import { registerReport } from './report.js';
import { registerSimulate } from './simulate.js';
import { registerSync } from './sync.js';
import { registerVerify } from './verify.js';

/** Every command of `aduan`, in the order `aduan --help` lists them. One file per command. */
export const COMMANDS: readonly CommandRegistrar[] = [
  registerImport,
  registerSync,
  registerExport,
  registerReport,
  registerVerify,
  registerMigrate,
  registerAccounts,
  registerSimulate,
];
