import type { ChannelStateStoreV1 } from '@aduan/spec';
import { createVirtualClock, type VirtualClock } from '../virtual-clock.js';
import type { ChannelStateHarness } from './harness.js';

/** What each suite gets: a fresh state per call (cleaned up after the test). */
export interface ChannelStateContext {
  fresh(): Promise<ChannelStateHarness>;
}

/** A fresh state with a virtual clock and both handles (the same one twice when there is no other). */
export async function setUp(
  ctx: ChannelStateContext,
): Promise<{ state: ChannelStateStoreV1; other: ChannelStateStoreV1; clock: VirtualClock; now: () => string }> {
  const harness = await ctx.fresh();
  const other = harness.openAnother ? await harness.openAnother() : harness.state;
  const clock = createVirtualClock('2026-03-02T02:00:00.000Z');
  return { state: harness.state, other, clock, now: () => clock.now().toISOString() };
}

let sequence = 0;
/** Keys unique within a run, so tests never collide even on a shared database. */
export function uniqueKey(prefix: string): string {
  sequence += 1;
  return `${prefix}-${Date.now().toString(36)}-${sequence}`;
}

/** Calls at once, spread over the two handles. */
export const contenders = <T>(
  count: number,
  handles: readonly ChannelStateStoreV1[],
  call: (state: ChannelStateStoreV1, index: number) => Promise<T>,
) => Promise.all(Array.from({ length: count }, (_, index) => call(handles[index % handles.length]!, index)));

const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
