import { MissingPeerError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/index.js';
import { loadDateHolidaysFallback } from './index.js';

describe('loadDateHolidaysFallback', () => {
  it('is a MissingPeerError naming the package when it is not installed', async () => {
    const missing = Object.assign(new Error("Cannot find package 'date-holidays' imported from /app/index.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const error = await loadDateHolidaysFallback(() => Promise.reject(missing)).catch((caught: unknown) => caught);
    expect(MissingPeerError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'missing_peer',
      packageName: 'date-holidays',
      message: expect.stringContaining('npm install date-holidays'),
      cause: missing,
    });
  });

  it('fills years without data, approximately and without cuti bersama', async () => {
    const calendar = createWorkingCalendar({ fallback: await loadDateHolidaysFallback() });
    expect(calendar.coverage(2028)).toMatchObject({ source: 'fallback', status: 'provisional' });
    expect(calendar.describeDay('2028-01-26')).toMatchObject({ working: false, kind: 'national_holiday', estimated: true });
  });

  it('never lets its Sunday-only week leak: the calendar decides weekends', async () => {
    const fallback = await loadDateHolidaysFallback();
    expect(createWorkingCalendar({ fallback }).describeDay('2028-01-08')).toMatchObject({
      weekday: 'saturday',
      working: false,
      kind: 'weekend',
    });
    expect(createWorkingCalendar({ fallback, weekend: ['sunday'] }).isWorkingDay('2028-01-08')).toBe(true);
  });

  it('is not asked for years that have data', async () => {
    const calendar = createWorkingCalendar({ fallback: await loadDateHolidaysFallback() });
    // date-holidays puts Maulid 2024 on Sunday 15 September; the SKB says Monday 16 September.
    expect(calendar.coverage(2024).source).toBe('bundled');
    expect(calendar.describeDay('2024-09-16')).toMatchObject({ working: false, kind: 'national_holiday', estimated: false });
  });

  it('lists each date once even where the package doubles a holiday', async () => {
    const holidaysOf = await loadDateHolidaysFallback();
    const dates = holidaysOf(2027).holidays.map((entry) => entry.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(holidaysOf(2027).cutiBersama).toEqual([]);
  });
});
