import type { StoreHarness } from './harness.js';

/** What each suite gets: a fresh, empty store per call (cleaned up after the test). */
export interface SuiteContext {
  fresh(): Promise<StoreHarness>;
}

let sequence = 0;
/** Ids unique within a run, so suites never collide even on a shared database. */
export function uniqueId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${Date.now().toString(36)}-${sequence}`;
}

const T0 = '2026-03-02T02:00:00.000Z';
export const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
