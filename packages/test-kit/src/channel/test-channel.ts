import { describe, it } from 'vitest';
import { CHANNEL_CHECKS } from './all-checks.js';
import { boundedChannel, DEFAULT_CALL_TIMEOUT_MS } from './bounded-channel.js';
import { captureLogger } from './capture-logger.js';
import type { ChannelCheck } from './check.js';
import type { TestChannelOptions } from './harness.js';

/**
 * Runs one check on a fresh harness and always releases it. Returns the reason when the check
 * does not apply, so callers can report it as skipped rather than passed.
 */
export async function runChannelCheck(check: ChannelCheck, options: TestChannelOptions): Promise<string | undefined> {
  const { logger, lines } = captureLogger();
  const created = await options.create({ logger });
  const harness = { ...created, channel: boundedChannel(created.channel, options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS) };
  try {
    const reason = check.skipReason?.(harness, options);
    if (reason === undefined) await check.run(harness, options, { logLines: lines });
    return reason;
  } finally {
    await created.cleanup?.();
  }
}

/**
 * Registers the channel conformance suite with vitest. Call it at the top level of a test file:
 *
 * ```ts
 * testChannel({ name: 'sms (twilio)', create: ({ logger }) => createTwilioHarness({ logger }) });
 * ```
 */
export function testChannel(options: TestChannelOptions): void {
  const selected = CHANNEL_CHECKS.filter((check) => !options.suites || options.suites.includes(check.suite));
  describe(`channel conformance: ${options.name}`, () => {
    for (const suite of new Set(selected.map((check) => check.suite))) {
      describe(suite, () => {
        for (const check of selected.filter((candidate) => candidate.suite === suite)) {
          it(check.name, async (context) => {
            const reason = await runChannelCheck(check, options);
            if (reason !== undefined) context.skip(reason);
          });
        }
      });
    }
  });
}
