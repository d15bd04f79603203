import { randomUUID } from 'node:crypto';
import type { OutboundMessageV1, SendResultV1 } from '@aduan/spec';
import { expect } from 'vitest';
import type { ChannelHarness, ProviderSend } from './harness.js';
import { withoutWhitespace } from './samples.js';

/** A reply as the outbox relay would hand it over, with a fresh idempotency key. */
export function reply(harness: ChannelHarness, overrides: Partial<OutboundMessageV1> = {}): OutboundMessageV1 {
  return {
    to: harness.addresses[0],
    text: 'Terima kasih, laporan Anda sudah diteruskan ke Dinas Pekerjaan Umum.',
    idempotencyKey: `kit-${randomUUID()}`,
    complaintId: 'kit-complaint',
    ...overrides,
  };
}

export function expectSent(result: SendResultV1, what: string): asserts result is { ok: true; providerMessageId: string } {
  expect(result, what).toMatchObject({ ok: true });
  expect(typeof (result as { providerMessageId?: unknown }).providerMessageId, `${what}: providerMessageId`).toBe('string');
}

/**
 * Asserts that `message` reached the provider whole and in order. An adapter may send it as
 * several provider messages split on word boundaries (SMS segments); the first one's id is the
 * one `doSend` reports.
 */
export function expectDelivered(sends: ProviderSend[], message: OutboundMessageV1, result: { providerMessageId: string }): void {
  expect(sends.length, 'the provider received the message').toBeGreaterThan(0);
  for (const send of sends) expect(send.to, 'every part goes to the recipient').toBe(message.to);
  expect(result.providerMessageId).toBe(sends[0]?.providerMessageId);
  if (sends.length === 1) expect(sends[0]?.text).toBe(message.text);
  else expect(withoutWhitespace(sends.map((send) => send.text).join(''))).toBe(withoutWhitespace(message.text));
}
