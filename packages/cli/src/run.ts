import { AduanError } from '@aduan/spec';
import { Command, CommanderError } from 'commander';
import type { CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { OutputStreams } from './output.js';
import { UsageError } from './usage-error.js';

export interface RunOptions {
  /** Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Default the process's stdout and stderr. */
  streams?: OutputStreams;
}

/** The program with every command registered; `run` parses the arguments against it. */
export function createProgram(context: CommandContext): Command {
  const program = new Command('aduan')
    .description('Layanan pengaduan aduan dari baris perintah / the aduan complaint service from the command line')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.streams.stdout.write(text),
      writeErr: (text) => context.streams.stderr.write(text),
    });
  for (const register of COMMANDS) register(program, context);
  return program;
}

/**
 * Runs `aduan` with these arguments (without the node and script paths) and answers its exit code:
 * 0 when everything went in, 1 when some items had problems (they were reported), 2 for wrong usage,
 * an unreadable file or an unreachable store. Never throws and never prints a stack trace.
 *
 * @example
 * process.exitCode = await run(['verify', '--data-dir', './.aduan-data']);
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<ExitCode> {
  const context: CommandContext = {
    env: options.env ?? process.env,
    streams: options.streams ?? { stdout: process.stdout, stderr: process.stderr },
    exitCode: EXIT.ok,
  };
  try {
    await createProgram(context).parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers, not failures; commander already printed them or the usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    context.streams.stderr.write(`aduan: ${describeFailure(error)}\n`);
    return EXIT.usage;
  }
}

/** One line for a failure: our own errors say what to fix; anything else says only what it is. */
function describeFailure(error: unknown): string {
  if (error instanceof UsageError || AduanError.isInstance(error)) return error.message;
  return `gagal tanpa diduga (unexpected failure): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
}
