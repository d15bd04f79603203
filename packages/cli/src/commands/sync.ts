import type { CommandRegistrar } from '../command.js';
import { registerSyncLapor } from './sync-lapor.js';

/** `aduan sync <system>`: brings another system's changes in through the desk; one subcommand per system. */
export const registerSync: CommandRegistrar = (program, context) => {
  const parent = program.command('sync').description('Sinkronkan dengan sistem lain / sync with another system');
  registerSyncLapor(parent, context);
};
