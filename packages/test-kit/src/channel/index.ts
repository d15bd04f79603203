export { testChannel } from './test-channel.js';
export type {
  ChannelHarness,
  ChannelHarnessContext,
  ChannelHarnessFeatures,
  ChannelRequestFactory,
  ChannelSuiteName,
  FakeProvider,
  MalformedKind,
  ProviderFailure,
  ProviderSend,
  TestChannelOptions,
  TestInboundMessage,
  TestReceipt,
} from './harness.js';
export {
  startFakeProvider,
  type FakeProviderAnswer,
  type FakeProviderCall,
  type FakeProviderRefusal,
  type FakeProviderScript,
  type FakeProviderServer,
  type FakeProviderServerOptions,
} from './fake-provider.js';
