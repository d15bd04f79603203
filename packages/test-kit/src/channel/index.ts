export { testChannel } from './test-channel.js';
export type {
  ChannelHarness,
  ChannelHarnessFeatures,
  ChannelRequestFactory,
  ChannelSuiteName,
  FakeProvider,
  ProviderFailure,
  ProviderSend,
  TestChannelOptions,
  TestInboundMessage,
  TestReceipt,
} from './harness.js';
