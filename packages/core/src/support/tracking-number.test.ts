import { describe, expect, it } from 'vitest';
import { createTrackingNumberGenerator, DEFAULT_TRACKING_FORMAT } from '../index.js';

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

describe('createTrackingNumberGenerator', () => {
  it('fills the default format with the Jakarta date and six base32 characters', () => {
    const next = createTrackingNumberGenerator();

    expect(DEFAULT_TRACKING_FORMAT).toBe('ADU-{yy}{mm}{dd}-{rand:6}');
    expect(next(new Date('2025-12-31T16:59:59.000Z'))).toMatch(/^ADU-251231-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(next(new Date('2025-12-31T17:00:00.000Z'))).toMatch(/^ADU-260101-[0-9A-HJKMNP-TV-Z]{6}$/);
  });

  it('accepts several random tokens whose lengths add up to four or more', () => {
    const value = createTrackingNumberGenerator('{yyyy}.{rand:2}.{rand:2}')(new Date('2025-03-03T02:00:00.000Z'));

    expect(value).toMatch(/^2025\.[0-9A-HJKMNP-TV-Z]{2}\.[0-9A-HJKMNP-TV-Z]{2}$/);
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
    ['no random token', 'ADU-{yyyy}{mm}{dd}', 'needs a {rand:N} token with N >= 4'],
    ['too short a random token', 'ADU-{rand:3}', 'needs a {rand:N} token with N >= 4'],
    ['an unknown token', 'ADU-{hh}-{rand:6}', 'has an unknown token'],
    ['a stray brace', 'ADU-{rand:6', 'needs a {rand:N} token with N >= 4'],
    ['a stray closing brace', 'ADU}-{rand:6}', 'has an unknown token'],
  ])('refuses a format with %s as invalid_config', (_case, format, message) => {
    expect(() => createTrackingNumberGenerator(format)).toThrow(expect.objectContaining({ code: 'invalid_config', message: expect.stringContaining(message) }));
  });
});
