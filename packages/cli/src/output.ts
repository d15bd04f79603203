import type { Writable } from 'node:stream';

/** Where a command writes, and how: plain lines for people, or one JSON object with `--json`. */
export interface Output {
  /** True when `--json` was given: print exactly one result object (`result`) and nothing else on stdout. */
  readonly json: boolean;
  /** True when stdout is a terminal a person watches (progress bars only then). */
  readonly interactive: boolean;
  /** A line for people on stdout; ignored with `--json`. */
  line(text: string): void;
  /** A warning or error line on stderr (kept with `--json`, where stdout carries only JSON). */
  problem(text: string): void;
  /** The command's result: as JSON with `--json`, otherwise through `describe` as lines. */
  result<T>(value: T, describe: (value: T) => readonly string[]): void;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export interface OutputStreams {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
}

export function createOutput(json: boolean, streams: OutputStreams): Output {
  const interactive = !json && streams.stdout.isTTY === true;
  return {
    json,
    interactive,
    stdout: streams.stdout,
    stderr: streams.stderr,
    line(text) {
      if (!json) streams.stdout.write(`${text}\n`);
    },
    problem(text) {
      streams.stderr.write(`${text}\n`);
    },
    result(value, describe) {
      if (json) streams.stdout.write(`${JSON.stringify(value)}\n`);
      else for (const text of describe(value)) streams.stdout.write(`${text}\n`);
    },
  };
}
