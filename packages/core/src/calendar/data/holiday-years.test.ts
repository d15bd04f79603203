import { describe, expect, it } from 'vitest';
import { holidayYearSchema } from '../holiday-year.js';
import { dayOf, weekdayOfDay } from '../jakarta-time.js';
import { INDONESIA_2024, INDONESIA_2025, INDONESIA_2026, INDONESIA_2027, INDONESIA_HOLIDAY_YEARS } from './index.js';

describe('bundled holiday years', () => {
  it.each(INDONESIA_HOLIDAY_YEARS.map((year) => [year.year, year] as const))('%i is valid data citing its source', (_, year) => {
    expect(() => holidayYearSchema.parse(year)).not.toThrow();
    expect(year.sources.length).toBeGreaterThan(0);
  });

  it.each(INDONESIA_HOLIDAY_YEARS.map((year) => [year.year, year] as const))('%i lists every date once', (_, year) => {
    const dates = [...year.holidays, ...year.cutiBersama].map((entry) => entry.date);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it.each(INDONESIA_HOLIDAY_YEARS.map((year) => [year.year, year] as const))('%i puts cuti bersama on weekdays only', (_, year) => {
    const weekends = year.cutiBersama.filter((entry) => ['saturday', 'sunday'].includes(weekdayOfDay(dayOf(entry.date))));
    expect(weekends).toEqual([]);
  });

  it('matches the day counts the decrees announced', () => {
    // 17 + 10 per the SKBs; 2024 adds the two election days, 2025 the 18 August amendment.
    expect([INDONESIA_2024.holidays.length, INDONESIA_2024.cutiBersama.length]).toEqual([19, 10]);
    expect([INDONESIA_2025.holidays.length, INDONESIA_2025.cutiBersama.length]).toEqual([17, 11]);
    expect([INDONESIA_2026.holidays.length, INDONESIA_2026.cutiBersama.length]).toEqual([17, 8]);
  });

  it('marks 2027 provisional, with its lunar dates estimated and no cuti bersama yet', () => {
    expect(INDONESIA_2027.status).toBe('provisional');
    expect(INDONESIA_2027.cutiBersama).toEqual([]);
    expect(INDONESIA_2027.holidays.find((entry) => entry.name.startsWith('Idul Fitri'))?.estimated).toBe(true);
    expect(INDONESIA_2027.holidays.find((entry) => entry.date === '2027-08-17')?.estimated).toBeUndefined();
  });
});
