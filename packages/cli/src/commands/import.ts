import type { CommandRegistrar } from '../command.js';
import { registerImportLapor } from './import-lapor.js';
import { registerImportLogbook } from './import-logbook.js';

/** `aduan import <source> <file>`: imports into the store through the desk; one subcommand per source. */
export const registerImport: CommandRegistrar = (program, context) => {
  const parent = program.command('import').description('Impor aduan dari berkas / import complaints from a file');
  registerImportLapor(parent, context);
  registerImportLogbook(parent, context);
};
