import { describe, expect, it } from 'vitest';
import { dayOf, dayOfIsoDate, endOfDay, isoDateOfDay, startOfDay, toInstant, weekdayOfDay } from './jakarta-time.js';

describe('Jakarta days', () => {
  it('puts an instant on its WIB date, not its UTC date', () => {
    // 17:30 UTC on 7 April is 00:30 WIB on 8 April.
    expect(isoDateOfDay(dayOf('2025-04-07T17:30:00Z'))).toBe('2025-04-08');
    expect(isoDateOfDay(dayOf('2025-04-07T16:59:59.999Z'))).toBe('2025-04-07');
  });

  it('reads a plain date as 00:00 WIB and ends the day at 23:59:59.999 WIB', () => {
    const day = dayOf('2025-04-08');
    expect(new Date(startOfDay(day)).toISOString()).toBe('2025-04-07T17:00:00.000Z');
    expect(new Date(endOfDay(day)).toISOString()).toBe('2025-04-08T16:59:59.999Z');
  });

  it('names weekdays, before 1970 too', () => {
    expect(weekdayOfDay(dayOf('2025-04-08'))).toBe('tuesday');
    expect(weekdayOfDay(dayOf('1969-12-31'))).toBe('wednesday');
  });

  it('rejects dates that do not exist and instants without an offset', () => {
    expect(dayOfIsoDate('2025-02-29')).toBeNull();
    expect(() => toInstant('2025-04-08T09:00:00')).toThrow(/offset/);
    expect(() => toInstant(new Date('nonsense'))).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
