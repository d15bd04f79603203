import type { Command } from 'commander';
import type { ExitCode } from './exit-codes.js';
import type { StoreLocation } from './open-store.js';
import { createOutput, type Output, type OutputStreams } from './output.js';

/** What every command gets from `run`: the environment and where to write. */
export interface CommandContext {
  env: Readonly<Record<string, string | undefined>>;
  streams: OutputStreams;
  /** The exit code of the command that ran; set by `runAction`. */
  exitCode: ExitCode;
}

/** Adds one command (with its subcommands) to the program. Each lives in `commands/<name>.ts`. */
export type CommandRegistrar = (program: Command, context: CommandContext) => void;

/** The options every command that works on complaints takes. */
export interface StoreOptions {
  databaseUrl?: string;
  dataDir?: string;
  json?: boolean;
}

/** Adds `--database-url`, `--data-dir` and `--json` to a command. */
export function withStoreOptions(command: Command): Command {
  return command
    .option('--database-url <url>', 'server PostgreSQL (default: DATABASE_URL) / PostgreSQL server URL')
    .option('--data-dir <folder>', 'folder data PGlite bila tanpa server / PGlite data folder when there is no server')
    .option('--json', 'cetak satu objek hasil JSON / print one JSON result object');
}

/** The store a command's options name, `DATABASE_URL` from the environment filling in. */
export function storeLocation(options: StoreOptions, context: CommandContext): StoreLocation {
  return { databaseUrl: options.databaseUrl ?? context.env['DATABASE_URL'], dataDir: options.dataDir };
}

/**
 * Runs a command's body with its output and records its exit code. Every action goes through here,
 * so `--json` and exit codes mean the same in every command.
 */
export async function runAction(
  context: CommandContext,
  json: boolean | undefined,
  body: (output: Output) => Promise<ExitCode>,
): Promise<void> {
  context.exitCode = await body(createOutput(json === true, context.streams));
}
