import { afterEach, describe } from 'vitest';
import type { ChannelStateContext } from './context.js';
import type { ChannelStateHarness, ChannelStateSuiteName, TestChannelStateOptions } from './harness.js';
import { lifecycleSuite } from './suites/lifecycle.js';
import { messagePartsSuite } from './suites/message-parts.js';
import { pruneSuite } from './suites/prune.js';
import { replyWindowsSuite } from './suites/reply-windows.js';
import { sendLedgerSuite } from './suites/send-ledger.js';

const SUITES: Record<ChannelStateSuiteName, (ctx: ChannelStateContext) => void> = {
  sendLedger: sendLedgerSuite,
  replyWindows: replyWindowsSuite,
  messageParts: messagePartsSuite,
  prune: pruneSuite,
  lifecycle: lifecycleSuite,
};

/**
 * The ChannelStateStoreV1 conformance suite. Call it inside a vitest test file:
 *
 * ```ts
 * testChannelState({ name: 'my-state', create: async () => ({ state, openAnother, cleanup }) });
 * ```
 *
 * Every test gets a fresh state from `create()` and its own virtual clock; the concurrency
 * checks fire their calls at once over `state` and `openAnother()`'s handle, so give a second
 * connection there when the state is shared by several app instances.
 */
export function testChannelState(options: TestChannelStateOptions): void {
  describe(`ChannelStateStoreV1 conformance: ${options.name}`, () => {
    const opened: ChannelStateHarness[] = [];
    const ctx: ChannelStateContext = {
      async fresh() {
        const harness = await options.create();
        opened.push(harness);
        return harness;
      },
    };
    afterEach(async () => {
      for (const harness of opened.splice(0)) await harness.cleanup?.();
    });
    const selected = options.suites ?? (Object.keys(SUITES) as ChannelStateSuiteName[]);
    for (const name of selected) describe(name, () => SUITES[name](ctx));
  });
}
