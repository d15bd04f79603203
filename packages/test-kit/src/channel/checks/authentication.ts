import { expect } from 'vitest';
import { expectAduanCode, rejectionOf, type ChannelCheck } from '../check.js';
import type { ChannelHarness } from '../harness.js';
import type { InboundRequestV1 } from '@aduan/spec';
import { sampleMessages } from '../samples.js';

/** Refusal means a thrown UnauthorizedError: nothing is returned, so nothing can be processed. */
async function expectRefused(harness: ChannelHarness, request: InboundRequestV1, what: string): Promise<void> {
  const error = await rejectionOf(harness.channel.doInbound(request), what);
  expectAduanCode(error, 'unauthorized', what);
  expect([401, 403], `${what}: UnauthorizedError.status`).toContain((error as unknown as { status: number }).status);
}

export const authenticationChecks: ChannelCheck[] = [
  {
    suite: 'authentication',
    name: 'refuses a body altered after it was signed',
    skipReason: (harness) => (harness.requests.tampered ? undefined : 'the protocol authenticates the caller, not the body'),
    async run(harness) {
      await expectRefused(harness, await harness.requests.tampered!(sampleMessages(harness, 1)), 'a tampered webhook');
    },
  },
  {
    suite: 'authentication',
    name: 'refuses a call without credentials',
    async run(harness) {
      await expectRefused(harness, await harness.requests.unauthenticated(sampleMessages(harness, 1)), 'an unauthenticated webhook');
    },
  },
  {
    suite: 'authentication',
    name: 'refuses a call with wrong credentials',
    async run(harness) {
      await expectRefused(harness, await harness.requests.wrongCredentials(sampleMessages(harness, 1)), 'a webhook with wrong credentials');
    },
  },
  {
    suite: 'authentication',
    name: 'refuses an unauthenticated malformed body as unauthorized, before parsing it',
    async run(harness) {
      await expectRefused(harness, await harness.requests.malformed({ authenticated: false }), 'an unauthenticated malformed webhook');
    },
  },
];
