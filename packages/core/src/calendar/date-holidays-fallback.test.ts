import { describe, expect, it } from 'vitest';
import { loadDateHolidaysFallback } from './date-holidays-fallback.js';
import { createWorkingCalendar } from './working-calendar.js';

describe('date-holidays fallback', () => {
  it('is a clear unsupported error when the optional package is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package 'date-holidays'"), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(loadDateHolidaysFallback(() => Promise.reject(missing))).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('npm install date-holidays'),
      cause: missing,
    });
  });

  it('fills years without data, approximately and without cuti bersama', async () => {
    const calendar = await createWorkingCalendar({ fallback: 'date-holidays' });
    expect(calendar.coverage(2028)).toMatchObject({ source: 'date-holidays', status: 'provisional' });
    expect(calendar.describeDay('2028-01-26')).toMatchObject({ working: false, kind: 'national_holiday', estimated: true });
  });

  it('never lets its Sunday-only week leak: the calendar decides weekends', async () => {
    const calendar = await createWorkingCalendar({ fallback: 'date-holidays' });
    expect(calendar.describeDay('2028-01-08')).toMatchObject({ weekday: 'saturday', working: false, kind: 'weekend' });
    const sixDayWeek = await createWorkingCalendar({ fallback: 'date-holidays', weekend: ['sunday'] });
    expect(sixDayWeek.isWorkingDay('2028-01-08')).toBe(true);
  });

  it('is not asked for years that have data', async () => {
    const calendar = await createWorkingCalendar({ fallback: 'date-holidays' });
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
