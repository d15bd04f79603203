import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smsEncodingOf, smsUnitsOf } from './sms-encoding.js';
import { splitSms } from './split-sms.js';

describe('splitSms', () => {
  it('keeps a reply that fits one SMS whole', () => {
    const text = 'Laporan Anda PKL-2503-0042 sudah diteruskan ke DPUPR.';
    expect(splitSms(text)).toEqual([text]);
  });

  it('fills GSM-7 parts up to 160 characters, cut between words', () => {
    const text = `${'jalan '.repeat(30)}rusak`;
    expect(splitSms(text)).toEqual(['jalan '.repeat(26).trimEnd(), `${'jalan '.repeat(4)}rusak`]);
  });

  it('counts GSM-7 extension characters (€, [, ], {, }) as two septets', () => {
    const text = '€'.repeat(81);
    expect(smsEncodingOf(text)).toBe('gsm7');
    expect(splitSms(text).map((part) => [...part].length)).toEqual([80, 1]);
  });

  it('switches the whole text to UCS-2 (70 units) when one character is outside GSM-7', () => {
    const text = `Terima kasih 🙏 ${'a'.repeat(60)}`;
    expect(smsEncodingOf(text)).toBe('ucs2');
    for (const part of splitSms(text)) expect(part.length).toBeLessThanOrEqual(70);
  });

  it('never cuts an emoji in half', () => {
    const text = '🙏'.repeat(40);
    const parts = splitSms(text);
    expect(parts).toEqual(['🙏'.repeat(35), '🙏'.repeat(5)]);
  });

  it('cuts a word longer than an SMS where it must', () => {
    expect(splitSms('x'.repeat(170))).toEqual(['x'.repeat(160), 'x'.repeat(10)]);
  });

  it('honours a configured part length', () => {
    expect(splitSms('satu dua tiga empat', 9)).toEqual(['satu dua', 'tiga', 'empat']);
  });

  it('refuses a part length that cannot hold a character', () => {
    expect(() => splitSms('abc', 1)).toThrow(RangeError);
  });

  it('keeps every word in order, in parts that each fit one SMS (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9€🙏éà]{1,12}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), fc.constantFrom(' ', '\n', '  '), (words, gap) => {
        const text = words.join(gap);
        const parts = splitSms(text);
        const limit = smsEncodingOf(text) === 'gsm7' ? 160 : 70;
        for (const part of parts) {
          expect(part.length).toBeGreaterThan(0);
          expect([...part].reduce((sum, char) => sum + smsUnitsOf(char, smsEncodingOf(text)), 0)).toBeLessThanOrEqual(limit);
        }
        expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
