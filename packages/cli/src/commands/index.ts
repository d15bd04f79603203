import type { CommandRegistrar } from '../command.js';
import { registerAccounts } from './accounts.js';
import { registerVerify } from './verify.js';

/** Every command of `aduan`, in the order `aduan --help` lists them. One file per command. */
export const COMMANDS: readonly CommandRegistrar[] = [registerVerify, registerAccounts];
