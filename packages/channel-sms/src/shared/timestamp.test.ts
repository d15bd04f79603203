import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './timestamp.js';

describe('parseTimestamp', () => {
  it('reads local gateway times at the configured offset (WIB by default)', () => {
    expect(parseTimestamp('2025-03-14 09:21:07', 'iso', '+07:00')).toBe('2025-03-14T02:21:07.000Z');
    expect(parseTimestamp('2025-03-14 09:21', 'iso', '+07:00')).toBe('2025-03-14T02:21:00.000Z');
  });

  it('keeps an explicit offset', () => {
    expect(parseTimestamp('2025-03-14T09:21:07.000+07:00', 'iso', '+00:00')).toBe('2025-03-14T02:21:07.000Z');
    expect(parseTimestamp('2025-03-14T02:21:07Z', 'iso', '+07:00')).toBe('2025-03-14T02:21:07.000Z');
  });

  it('reads unix seconds and milliseconds', () => {
    expect(parseTimestamp('1741918867', 'unix-seconds', '+07:00')).toBe('2025-03-14T02:21:07.000Z');
    expect(parseTimestamp('1741918867000', 'unix-ms', '+07:00')).toBe('2025-03-14T02:21:07.000Z');
  });

  it('answers undefined for what is no time, so the caller can fall back to the arrival time', () => {
    expect(parseTimestamp('kemarin', 'iso', '+07:00')).toBeUndefined();
    expect(parseTimestamp('12ab', 'unix-seconds', '+07:00')).toBeUndefined();
    expect(parseTimestamp('9'.repeat(30), 'unix-ms', '+07:00')).toBeUndefined();
  });
});
