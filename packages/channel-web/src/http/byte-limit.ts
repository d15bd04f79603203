import { InvalidConfigError } from '@aduan/spec';

/** Validates a byte limit option: a positive safe integer. */
export function byteLimit(value: number | undefined, fallback: number, option: string): number {
  const limit = value ?? fallback;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new InvalidConfigError('web handler options', [
      { path: option, message: `must be a positive whole number of bytes, got ${String(value)}` },
    ]);
  }
  return limit;
}
