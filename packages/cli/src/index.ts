/**
 * The `aduan` command line, also usable as a function (`run(argv)`), for scripts and tests.
 *
 * @packageDocumentation
 * @module @aduan/cli
 */
export { run, createProgram, type RunOptions } from './run.js';
export { EXIT, type ExitCode } from './exit-codes.js';
export { UsageError } from './usage-error.js';
export { openStore, type OpenStoreOptions, type StoreLocation } from './open-store.js';
export type { CommandContext, CommandRegistrar } from './command.js';
