import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteJson } from './canonical-json.js';

/** Any UTF-16 text, lone surrogates and control characters included, with plain ASCII mixed in often. */
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), fc.string());

describe('quoteJson', () => {
  it('is byte for byte JSON.stringify of the string', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(quoteJson(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 5_000 },
    );
  });
});
