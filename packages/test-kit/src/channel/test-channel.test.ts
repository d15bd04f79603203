import { describe, expect, it } from 'vitest';
import { referenceHarness, type Defect } from './__fixtures__/reference-channel.js';
import { CHANNEL_CHECKS } from './all-checks.js';
import { runChannelCheck, testChannel } from './test-channel.js';

testChannel({
  name: 'reference',
  create: async () => referenceHarness(),
  expectCapabilities: { deliveryReceipts: true, replyWindowHours: null },
});

/** Each defect and a check that must catch it: a suite a broken adapter passes proves nothing. */
const CAUGHT_BY: Record<Defect, string> = {
  'ignores-signature': 'refuses a body altered after it was signed',
  'parses-before-auth': 'refuses an unauthenticated malformed body as unauthorized, before parsing it',
  'random-message-ids': 'parses a redelivered webhook to the same message ids (dedupe depends on it)',
  'first-message-only': 'reports every message of a batch, in order',
  'no-idempotency': 'sends once when the same idempotency key is sent twice at the same time',
  'throws-on-provider-failure': 'reports an unreachable provider as retryable, without throwing',
  'truncates-long-text': 'refuses a reply longer than maxTextLength as a permanent failure and sends nothing (never truncates)',
  'claims-receipts-without-parsing': 'reports each delivery status with the provider message id',
  'untyped-parse-error': 'rejects an authenticated malformed body with an InvalidInputError',
  'recipient-elsewhere': 'routes replies back to the sender',
};

describe('testChannel catches broken adapters', () => {
  for (const [defect, checkName] of Object.entries(CAUGHT_BY) as [Defect, string][]) {
    it(`${defect} fails "${checkName}"`, async () => {
      const check = CHANNEL_CHECKS.find((candidate) => candidate.name.startsWith(checkName));
      expect(check, checkName).toBeDefined();
      await expect(runChannelCheck(check!, { name: defect, create: async () => referenceHarness(defect) })).rejects.toThrow();
    });
  }

  it('reports a check the channel cannot support as skipped, with the reason', async () => {
    const check = CHANNEL_CHECKS.find((candidate) => candidate.suite === 'reply-window')!;
    await expect(runChannelCheck(check, { name: 'reference', create: async () => referenceHarness() })).resolves.toBe(
      'the channel has no reply window',
    );
  });

  it('fails when the declared capabilities differ from the expected ones', async () => {
    const check = CHANNEL_CHECKS.find((candidate) => candidate.name === 'declares the expected capabilities')!;
    const options = { name: 'reference', create: async () => referenceHarness(), expectCapabilities: { templates: true } };
    await expect(runChannelCheck(check, options)).rejects.toThrow();
  });
});
