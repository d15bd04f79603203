import type { ChannelStateStoreV1 } from '@aduan/spec';

/** One fresh, empty channel state per test. */
export interface ChannelStateHarness {
  state: ChannelStateStoreV1;
  /**
   * A second, independent handle onto the same state (another connection, another app
   * instance's view), for implementations shared by several instances. The concurrency checks
   * split their calls between both handles, and the sharing checks write on one and read on the other.
   */
  openAnother?: () => Promise<ChannelStateStoreV1>;
  /** Releases everything the harness opened. */
  cleanup?: () => Promise<void>;
}

export type ChannelStateSuiteName = 'sendLedger' | 'replyWindows' | 'messageParts' | 'prune' | 'lifecycle';

export interface TestChannelStateOptions {
  /** Shown in test names, e.g. `postgres (server)`. */
  name: string;
  /** Called before every test: every test starts from an empty state. */
  create: () => Promise<ChannelStateHarness>;
  /** Run only these suites (default: all). */
  suites?: readonly ChannelStateSuiteName[];
}
