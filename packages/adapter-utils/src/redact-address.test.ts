import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactAddress, REDACTED_ADDRESS } from './redact-address.js';

const noDigits = fc.string().map((text) => text.replace(/\d/g, ''));

describe('redactAddress', () => {
  it('removes the number however the provider spells it, and leaves other numbers', () => {
    const address = '+6281200000001';
    expect(redactAddress("21211 Invalid 'To' Phone Number: +6281200000001", address)).toBe(
      `21211 Invalid 'To' Phone Number: ${REDACTED_ADDRESS}`,
    );
    expect(redactAddress('recipient 6281200000001 and 0812-0000-0001 failed (code 131026)', address)).toBe(
      `recipient ${REDACTED_ADDRESS} and ${REDACTED_ADDRESS} failed (code 131026)`,
    );
    expect(redactAddress('fbtrace_id A1b2 at 2026-03-02', address)).toBe('fbtrace_id A1b2 at 2026-03-02');
  });

  it('removes a handle that is no number', () => {
    expect(redactAddress('chat U4af4980629 not found', 'U4af4980629')).toBe(`chat ${REDACTED_ADDRESS} not found`);
  });

  it('never leaves the digits of the number in any text around it', () => {
    fc.assert(
      fc.property(
        noDigits,
        noDigits,
        fc.constantFrom('+62', '62', '0'),
        fc.stringMatching(/^8\d{9,11}$/),
        (before, after, prefix, rest) => {
          const address = `+62${rest}`;
          const text = `${before} ${prefix}${rest} ${after}`;
          expect(redactAddress(text, address).replace(/\D/g, '')).not.toContain(rest.slice(-9));
        },
      ),
    );
  });
});
