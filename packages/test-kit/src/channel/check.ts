import { AduanError, type AduanErrorCode, type InboundMessageV1, type InboundResultV1 } from '@aduan/spec';
import { expect } from 'vitest';
import type { ChannelHarness, ChannelSuiteName, TestChannelOptions } from './harness.js';

/** What a running check can see besides the harness: every line the adapter logged so far. */
interface CheckRun {
  logLines: readonly string[];
}

/**
 * One conformance check. Checks are data so that the kit can run them against deliberately
 * broken adapters in its own tests: a check that a stub passes is a check that proves nothing.
 */
export interface ChannelCheck {
  suite: ChannelSuiteName;
  name: string;
  /** Why the check does not apply to this channel (e.g. it declares no receipts), or undefined. */
  skipReason?: (harness: ChannelHarness, options: TestChannelOptions) => string | undefined;
  run: (harness: ChannelHarness, options: TestChannelOptions, run: CheckRun) => Promise<void>;
}

/** Awaits a call that must fail and returns its error, failing the test when it resolves. */
export async function rejectionOf(call: Promise<unknown>, what: string): Promise<unknown> {
  const outcome = await call.then(
    (value) => ({ rejected: false as const, value }),
    (error: unknown) => ({ rejected: true as const, error }),
  );
  if (!outcome.rejected) return expect.fail(`${what}: expected a rejection, got ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

/** Asserts an `AduanError` with this code, so hosts can map it to an HTTP status without guessing. */
export function expectAduanCode(error: unknown, code: AduanErrorCode, what: string): asserts error is AduanError {
  expect(AduanError.isInstance(error), `${what}: expected an AduanError "${code}", got ${String(error)}`).toBe(true);
  expect((error as AduanError).code, `${what}: wrong error code (${(error as AduanError).message})`).toBe(code);
}

/** The messages of a `messages` result; fails on a handshake where messages were due. */
export function messagesOf(result: InboundResultV1, what: string): InboundMessageV1[] {
  expect(result.kind, `${what}: expected messages, got a handshake`).toBe('messages');
  return result.kind === 'messages' ? result.messages : [];
}
