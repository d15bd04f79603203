import { describe, expect, it } from 'vitest';
import { referenceHarness, type Defect } from './__fixtures__/reference-channel.js';
import { CHANNEL_CHECKS } from './all-checks.js';
import type { ChannelHarnessContext } from './harness.js';
import { runChannelCheck, testChannel } from './test-channel.js';

testChannel({
  name: 'reference',
  create: (context) => referenceHarness(context),
  expectCapabilities: { deliveryReceipts: true, replyWindowHours: 24, templates: true, attachments: true },
});

/** Each defect and the check that must catch it: a suite a broken adapter passes proves nothing. */
const CAUGHT_BY: Record<Defect, string> = {
  'ignores-signature': 'refuses a body altered after it was signed',
  'parses-before-auth': 'refuses an unauthenticated malformed body as unauthorized',
  'random-message-ids': 'parses a redelivered webhook to the same message ids',
  'first-message-only': 'reports every message of a batch, in order',
  'no-idempotency': 'sends once when the same idempotency key is sent twice at the same time',
  'throws-on-provider-failure': 'reports an unreachable provider (connection refused) as retryable, without throwing',
  'truncates-long-text': 'refuses a reply longer than maxTextLength as a permanent failure and sends nothing (never truncates)',
  'claims-receipts-without-parsing': 'reports each delivery status with the provider message id',
  'untyped-parse-error': 'rejects an authenticated body in no valid format',
  'recipient-elsewhere': 'routes replies back to each sender',
  'untyped-missing-fields': 'rejects an authenticated, well-formed body that lacks a required field',
  'same-status-for-every-auth-failure': 'refuses a call with wrong credentials (403)',
  'fixed-recipient': 'sends each reply to its own recipient',
  'echoes-input-in-errors': "keeps the resident's name, number and words out of errors",
  'logs-personal-data': "keeps the resident's name, number and words out of errors",
  'number-in-send-errors': "keeps the resident's name, number and words out of errors",
  'claims-attachments-without-parsing': 'reports the attachment of a message when the channel declares attachments',
  'claims-templates-without-sending': 'sends a template outside the reply window when the channel declares templates',
  hangs: 'reports a message with its provider id, sender, name, text and channel',
  'mangles-odd-ids': 'reports provider message ids of any shape unchanged',
  'resends-after-lost-answer': "never delivers a reply twice after the provider's answer was lost",
  'forbidden-when-unsigned': 'refuses a call without credentials (401)',
  'remembers-first-sender': 'routes replies back to each sender',
  'hides-attachments': 'declares attachments exactly when the provider carries them',
  'free-text-outside-window': 'sends no free text outside the reply window',
  'outside-window-unlabelled': 'reports a reply outside the window as outside_window when the channel has no templates',
};

/** Defects of the reply-window path without templates show only on a channel without templates. */
const WITHOUT_TEMPLATES: ReadonlySet<Defect> = new Set(['free-text-outside-window', 'outside-window-unlabelled']);

describe('testChannel catches broken adapters', () => {
  for (const [defect, checkName] of Object.entries(CAUGHT_BY) as [Defect, string][]) {
    it(`${defect} fails "${checkName}"`, async () => {
      const check = CHANNEL_CHECKS.find((candidate) => candidate.name.startsWith(checkName));
      expect(check, checkName).toBeDefined();
      // A short bound, so the hanging adapter fails its check quickly; the others answer in milliseconds.
      const variant = { defects: [defect], templates: !WITHOUT_TEMPLATES.has(defect) };
      const options = { name: defect, create: (context: ChannelHarnessContext) => referenceHarness(context, variant), callTimeoutMs: 300 };
      await expect(runChannelCheck(check!, options)).rejects.toThrow();
    });
  }

  it('passes every check without a defect, with and without templates (the same checks, run one by one)', async () => {
    for (const templates of [true, false]) {
      for (const check of CHANNEL_CHECKS) {
        const options = { name: 'reference', create: (context: ChannelHarnessContext) => referenceHarness(context, { templates }) };
        await expect(runChannelCheck(check, options), `${check.name} (templates: ${templates})`).resolves.not.toThrow();
      }
    }
  });

  it('reports a check the channel cannot support as skipped, with the reason', async () => {
    const check = CHANNEL_CHECKS.find((candidate) => candidate.suite === 'handshake')!;
    await expect(runChannelCheck(check, { name: 'reference', create: (context) => referenceHarness(context) })).resolves.toBe(
      'the protocol has no handshake',
    );
  });

  it('fails when the declared capabilities differ from the expected ones', async () => {
    const check = CHANNEL_CHECKS.find((candidate) => candidate.name === 'declares the expected capabilities')!;
    const options = {
      name: 'reference',
      create: (context: ChannelHarnessContext) => referenceHarness(context),
      expectCapabilities: { templates: false },
    };
    await expect(runChannelCheck(check, options)).rejects.toThrow();
  });
});
