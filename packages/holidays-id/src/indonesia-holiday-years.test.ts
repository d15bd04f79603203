import { describe, expect, it } from 'vitest';
import { INDONESIA_2024, INDONESIA_2025, INDONESIA_2026, INDONESIA_2027, INDONESIA_HOLIDAY_YEARS, type HolidayEntry } from './index.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC day of a `YYYY-MM-DD` text, or undefined when it is no real calendar date. */
function dayOf(text: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

const entriesOf = (year: (typeof INDONESIA_HOLIDAY_YEARS)[number]): readonly HolidayEntry[] => [...year.holidays, ...year.cutiBersama];
const byYear = INDONESIA_HOLIDAY_YEARS.map((year) => [year.year, year] as const);

describe('Indonesian holiday years', () => {
  it('lists each year once, oldest first', () => {
    const years = INDONESIA_HOLIDAY_YEARS.map((year) => year.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
  });

  it.each(byYear)('%i cites its sources and names every day', (_, year) => {
    expect(year.sources.length).toBeGreaterThan(0);
    expect(year.sources.every((source) => source.trim().length > 0)).toBe(true);
    expect(entriesOf(year).every((entry) => entry.name.trim().length > 0)).toBe(true);
  });

  it.each(byYear)('%i holds real dates of its own year, each once', (_, year) => {
    const dates = entriesOf(year).map((entry) => entry.date);
    expect(dates.filter((date) => dayOf(date)?.getUTCFullYear() !== year.year)).toEqual([]);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it.each(byYear)('%i puts cuti bersama on weekdays only', (_, year) => {
    const onWeekends = year.cutiBersama.filter((entry) => [0, 6].includes(dayOf(entry.date)!.getUTCDay()));
    expect(onWeekends).toEqual([]);
  });

  it.each(byYear)('%i marks estimates only in a provisional year', (_, year) => {
    const estimated = entriesOf(year).filter((entry) => entry.estimated);
    if (year.status === 'decreed') expect(estimated).toEqual([]);
  });

  it('matches the day counts the decrees announced', () => {
    // 17 + 10 per the SKBs; 2024 adds the two election days, 2025 the 18 August amendment.
    expect([INDONESIA_2024.holidays.length, INDONESIA_2024.cutiBersama.length]).toEqual([19, 10]);
    expect([INDONESIA_2025.holidays.length, INDONESIA_2025.cutiBersama.length]).toEqual([17, 11]);
    expect([INDONESIA_2026.holidays.length, INDONESIA_2026.cutiBersama.length]).toEqual([17, 8]);
  });

  it('keeps 2027 provisional: lunar dates estimated, fixed dates not, no cuti bersama', () => {
    expect(INDONESIA_2027.status).toBe('provisional');
    expect(INDONESIA_2027.cutiBersama).toEqual([]);
    expect(INDONESIA_2027.holidays.find((entry) => entry.name.startsWith('Idul Fitri'))?.estimated).toBe(true);
    expect(INDONESIA_2027.holidays.find((entry) => entry.date === '2027-08-17')?.estimated).toBeUndefined();
  });
});
