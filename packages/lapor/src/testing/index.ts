/**
 * Test support of `@aduan/lapor`: a fake SP4N-LAPOR! API on loopback that follows the bridge's
 * assumed wire format, for teams testing code that pulls from or pushes to LAPOR!.
 *
 * @packageDocumentation
 * @module @aduan/lapor/testing
 */
export {
  FAKE_LAPOR_INTERNAL_TEXT,
  startFakeLaporServer,
  type FakeLaporFault,
  type FakeLaporRequest,
  type FakeLaporServer,
  type FakeLaporServerOptions,
} from './fake-lapor-server.js';
