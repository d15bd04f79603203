import { MissingPeerError } from '@aduan/spec';
import type { HolidayEntry, HolidayYear } from './holiday-year.js';

/** Builds a holiday year for a year that has no data file. */
export type FallbackHolidays = (year: number) => HolidayYear;

interface DateHolidaysModule {
  default: new (country: string) => { getHolidays(year: number): { date: string; name: string; type: string }[] };
}

const DATE_HOLIDAYS_SOURCE =
  'date-holidays (approximate: no cuti bersama, some lunar dates a day off from the SKB, lunar holidays only through 2027)';

/**
 * Loads the optional `date-holidays` package on first use. Only its list of public-holiday dates
 * is taken: it believes Sunday alone is the weekly day off, so its weekday logic is never asked —
 * the calendar decides weekends. Every date is marked `estimated`.
 */
export async function loadDateHolidaysFallback(
  importModule: () => Promise<unknown> = () => import('date-holidays'),
): Promise<FallbackHolidays> {
  let Holidays: DateHolidaysModule['default'];
  try {
    Holidays = ((await importModule()) as DateHolidaysModule).default;
  } catch (cause) {
    throw new MissingPeerError('date-holidays', "The calendar fallback 'date-holidays' (or use fallback 'none')", { cause });
  }
  const indonesia = new Holidays('ID');
  return (year) => {
    const byDate = new Map<string, HolidayEntry>();
    for (const holiday of indonesia.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type === 'public' && !byDate.has(date)) byDate.set(date, { date, name: holiday.name, estimated: true });
    }
    return { year, status: 'provisional', sources: [DATE_HOLIDAYS_SOURCE], holidays: [...byDate.values()], cutiBersama: [] };
  };
}
