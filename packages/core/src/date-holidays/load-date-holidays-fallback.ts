import { loadOptionalPeer } from '@aduan/adapter-utils';
import type { HolidayEntry } from '@aduan/holidays-id';
import type { HolidayFallback } from '../calendar/calendar-options.js';

/** The part of the `date-holidays` package this fallback uses. */
interface DateHolidaysModule {
  default: new (country: string) => { getHolidays(year: number): { date: string; name: string; type: string }[] };
}

const SOURCE = 'date-holidays (approximate: no cuti bersama, some lunar dates a day off from the SKB, lunar holidays only through 2027)';

/**
 * Loads the optional `date-holidays` package and returns a calendar fallback for years without
 * data: `createWorkingCalendar({ fallback: await loadDateHolidaysFallback() })`. Only its list of
 * public-holiday dates is taken: it believes Sunday alone is the weekly day off, so its weekday
 * logic is never asked (the calendar decides weekends). Every date is marked `estimated`, and the
 * year `provisional`. A missing package is `MissingPeerError` (`missing_peer`).
 *
 * @param load How the package is imported; the default is `import('date-holidays')`.
 */
export async function loadDateHolidaysFallback(load: () => Promise<unknown> = () => import('date-holidays')): Promise<HolidayFallback> {
  const module = (await loadOptionalPeer(
    'date-holidays',
    'The calendar fallback of @aduan/core/date-holidays',
    load,
  )) as DateHolidaysModule;
  const indonesia = new module.default('ID');
  return (year) => {
    const byDate = new Map<string, HolidayEntry>();
    for (const holiday of indonesia.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type === 'public' && !byDate.has(date)) byDate.set(date, { date, name: holiday.name, estimated: true });
    }
    return { year, status: 'provisional', sources: [SOURCE], holidays: [...byDate.values()], cutiBersama: [] };
  };
}
