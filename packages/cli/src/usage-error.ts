/**
 * A command was called wrongly or its input cannot be read at all (a missing file, not a
 * spreadsheet, no store configured). Ends the command with exit code 2 and this message, in Bahasa
 * Indonesia first; never a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'UsageError';
  }
}
