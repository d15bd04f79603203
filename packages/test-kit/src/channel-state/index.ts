export { testChannelState } from './test-channel-state.js';
export type { ChannelStateHarness, ChannelStateSuiteName, TestChannelStateOptions } from './harness.js';
