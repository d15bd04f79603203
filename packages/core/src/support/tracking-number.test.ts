import { describe, expect, it } from 'vitest';
import {
  createTrackingNumberGenerator,
  DEFAULT_TRACKING_FORMAT,
  MIN_TRACKING_RANDOM_BITS,
  trackingNumberPattern,
} from './tracking-number.js';

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

describe('createTrackingNumberGenerator', () => {
  it('fills the default format with the Jakarta date and ten base32 characters in two groups', () => {
    const next = createTrackingNumberGenerator();

    expect(DEFAULT_TRACKING_FORMAT).toBe('ADU-{yy}{mm}{dd}-{rand:5}-{rand:5}');
    expect(next(new Date('2025-12-31T16:59:59.000Z'))).toMatch(/^ADU-251231-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(next(new Date('2025-12-31T17:00:00.000Z'))).toMatch(/^ADU-260101-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('accepts several random tokens whose bits add up to the floor', () => {
    const value = createTrackingNumberGenerator('{yyyy}.{rand:4}.{rand:4}')(new Date('2025-03-03T02:00:00.000Z'));

    expect(MIN_TRACKING_RANDOM_BITS).toBe(40);
    expect(value).toMatch(/^2025\.[0-9A-HJKMNP-TV-Z]{4}\.[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('never uses the letters I, L, O or U, which are misheard over the phone', () => {
    const next = createTrackingNumberGenerator('{rand:64}');
    const drawn = Array.from({ length: 50 }, () => next(new Date())).join('');

    expect(drawn).toMatch(CROCKFORD);
  });

  it('draws different numbers for the same day', () => {
    const next = createTrackingNumberGenerator();
    const at = new Date('2025-03-03T02:00:00.000Z');

    expect(new Set(Array.from({ length: 100 }, () => next(at))).size).toBe(100);
  });

  it.each([
    ['no random token', 'ADU-{yyyy}{mm}{dd}', 'carries 0 random bits; the floor is 40'],
    ['the old six-character default', 'ADU-{yy}{mm}{dd}-{rand:6}', 'carries 30 random bits; the floor is 40'],
    ['seven characters', 'ADU-{rand:3}-{rand:4}', 'carries 35 random bits'],
    ['an unknown token', 'ADU-{hh}-{rand:8}', 'has an unknown token'],
    ['a stray brace', 'ADU-{rand:8', 'carries 0 random bits'],
    ['a stray closing brace', 'ADU}-{rand:8}', 'has an unknown token'],
  ])('refuses a format with %s as invalid_config naming the option', (_case, format, message) => {
    expect(() => createTrackingNumberGenerator(format)).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        issues: [{ path: 'trackingNumberFormat', message: expect.stringContaining(message) }],
      }),
    );
  });

  it('finds a quoted number in a message, in any case', () => {
    const number = createTrackingNumberGenerator()(new Date('2025-03-03T02:00:00.000Z'));

    expect(`tentang ${number.toLowerCase()}, sudah?`.match(trackingNumberPattern())?.[0]?.toUpperCase()).toBe(number);
    expect(`X${number}`.match(trackingNumberPattern())).toBeNull();
  });
});
