import { UnauthorizedError, type InboundRequestV1 } from '@aduan/spec';
import { expect } from 'vitest';
import { expectAduanCode, rejectionOf, type ChannelCheck } from '../check.js';
import type { ChannelHarness } from '../harness.js';
import { sampleMessages } from '../samples.js';

/**
 * Refusal means a thrown UnauthorizedError: nothing is returned, so nothing can be processed.
 * 401 when credentials are missing, 403 when they are wrong, as the provider's retry logic and
 * operators reading logs expect.
 */
async function expectRefused(harness: ChannelHarness, request: InboundRequestV1, status: 401 | 403, what: string): Promise<void> {
  const error = await rejectionOf(harness.channel.doInbound(request), what);
  expectAduanCode(error, 'unauthorized', what);
  expect(UnauthorizedError.isInstance(error) ? error.status : undefined, `${what}: UnauthorizedError.status`).toBe(status);
}

export const authenticationChecks: ChannelCheck[] = [
  {
    suite: 'authentication',
    name: 'refuses a body altered after it was signed (403)',
    skipReason: (harness) => (harness.requests.tampered ? undefined : 'the protocol authenticates the caller, not the body'),
    async run(harness) {
      await expectRefused(harness, await harness.requests.tampered!(sampleMessages(harness, 1)), 403, 'a tampered webhook');
    },
  },
  {
    suite: 'authentication',
    name: 'refuses a call without credentials (401)',
    async run(harness) {
      await expectRefused(harness, await harness.requests.unauthenticated(sampleMessages(harness, 1)), 401, 'an unauthenticated webhook');
    },
  },
  {
    suite: 'authentication',
    name: 'refuses a call with wrong credentials (403)',
    async run(harness) {
      await expectRefused(
        harness,
        await harness.requests.wrongCredentials(sampleMessages(harness, 1)),
        403,
        'a webhook with wrong credentials',
      );
    },
  },
  {
    suite: 'authentication',
    name: 'refuses an unauthenticated malformed body as unauthorized (401), before parsing it',
    async run(harness) {
      for (const kind of ['syntax', 'fields'] as const) {
        const [message] = sampleMessages(harness, 1);
        const request = await harness.requests.malformed({ authenticated: false, kind, message: message! });
        await expectRefused(harness, request, 401, `an unauthenticated body with a ${kind} fault`);
      }
    },
  },
];
