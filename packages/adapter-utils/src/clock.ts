import type { Clock } from '@aduan/spec';

/** The wall clock. Everything else takes a `Clock` so tests can swap in a virtual one. */
export const systemClock: Clock = { now: () => new Date() };
