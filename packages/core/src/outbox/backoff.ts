export interface BackoffOptions {
  /** Delay after the first failed attempt. Default 30 s. */
  baseMs?: number;
  /** Longest delay between attempts. Default 1 h. */
  maxMs?: number;
}

/** Exponential backoff: base, 2×base, 4×base … capped at max. `attempt` counts from 1. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 30_000;
  const max = options.maxMs ?? 3_600_000;
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}
