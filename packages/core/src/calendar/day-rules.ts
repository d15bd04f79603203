import type { HolidayEntry, HolidayYear } from '@aduan/holidays-id';
import { InvalidConfigError } from '@aduan/spec';
import { parseConfig } from '../support/parse.js';
import type { ParsedCalendarOptions } from './calendar-options.js';
import { holidayYearSchema } from './holiday-year-schema.js';
import { dayOfIsoDate, isoDateOfDay, weekdayOfDay, yearOfDay, type DayNumber, type Weekday } from './jakarta-time.js';

/** What kind of day it is. `working` in `DayDescription` says whether it counts for deadlines. */
export type DayKind =
  | 'working_day'
  | 'weekend'
  | 'national_holiday'
  | 'cuti_bersama'
  | 'local_day'
  | 'override_day_off'
  | 'override_working_day';

export interface DayDescription {
  /** The Jakarta calendar date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  working: boolean;
  kind: DayKind;
  /** The name of the holiday or override that decides the day, if any. */
  name: string | null;
  /** True when that date is an estimate (a provisional year or a fallback's date). */
  estimated: boolean;
}

/** Where the holidays of one year come from. */
export interface YearCoverage {
  year: number;
  /** `bundled` (@aduan/holidays-id), `custom` (options.years), `fallback` (options.fallback) or `weekends_only`. */
  source: 'bundled' | 'custom' | 'fallback' | 'weekends_only';
  status: HolidayYear['status'] | 'none';
  sources: readonly string[];
}

interface YearTable {
  coverage: YearCoverage;
  days: Map<DayNumber, { kind: 'national_holiday' | 'cuti_bersama'; entry: HolidayEntry }>;
}

export interface DayRules {
  describe(day: DayNumber): DayDescription;
  isWorking(day: DayNumber): boolean;
  coverage(year: number): YearCoverage;
}

function byDay<T extends { date: string }>(entries: readonly T[]): Map<DayNumber, T> {
  return new Map(entries.map((entry) => [dayOfIsoDate(entry.date) as DayNumber, entry]));
}

function tableOf(year: HolidayYear, source: YearCoverage['source']): YearTable {
  const days: YearTable['days'] = new Map();
  for (const entry of year.cutiBersama) days.set(dayOfIsoDate(entry.date) as DayNumber, { kind: 'cuti_bersama', entry });
  // A national holiday wins over a cuti bersama listed for the same date.
  for (const entry of year.holidays) days.set(dayOfIsoDate(entry.date) as DayNumber, { kind: 'national_holiday', entry });
  return { coverage: { year: year.year, source, status: year.status, sources: year.sources }, days };
}

/** A fallback's answer, checked like configured data: it must be a valid year, and the year asked for. */
function fallbackYear(answer: HolidayYear, year: number): HolidayYear {
  const parsed = parseConfig(holidayYearSchema, answer, `holidays the fallback gave for ${year}`);
  if (parsed.year !== year) {
    throw new InvalidConfigError('working calendar', [{ path: 'fallback', message: `was asked for ${year} and answered ${parsed.year}` }]);
  }
  return parsed;
}

/**
 * Decides every day: overrides first, then national holidays, cuti bersama (per the switch),
 * local days and finally the weekend. Year tables are built on first use and kept.
 */
export function createDayRules(options: ParsedCalendarOptions, bundled: readonly HolidayYear[]): DayRules {
  const custom = new Map(options.years.map((year) => [year.year, year]));
  const shipped = new Map(bundled.map((year) => [year.year, year]));
  const forcedWorking = new Set(options.overrides.workingDays.map((date) => dayOfIsoDate(date) as DayNumber));
  const forcedOff = byDay(options.overrides.daysOff);
  const local = byDay(options.localDays);
  const weekend = new Set<Weekday>(options.weekend);
  const tables = new Map<number, YearTable>();

  const buildTable = (year: number): YearTable => {
    const own = custom.get(year);
    if (own) return tableOf(own, 'custom');
    const data = shipped.get(year);
    if (data) return tableOf(data, 'bundled');
    if (options.fallback) return tableOf(fallbackYear(options.fallback(year), year), 'fallback');
    if (options.unknownYear === 'weekends_only') {
      return { coverage: { year, source: 'weekends_only', status: 'none', sources: [] }, days: new Map() };
    }
    throw new InvalidConfigError('working calendar', [
      {
        path: 'years',
        message:
          `has no holidays for ${year}: add that year through options.years, ` +
          "or give a fallback (e.g. loadDateHolidaysFallback() of @aduan/core/date-holidays, approximate) or unknownYear 'weekends_only'",
      },
    ]);
  };

  const tableFor = (year: number): YearTable => {
    const known = tables.get(year);
    if (known) return known;
    const table = buildTable(year);
    tables.set(year, table);
    return table;
  };

  /** Everything but the date text, which day walks do not need. */
  const classify = (day: DayNumber): Omit<DayDescription, 'date' | 'weekday'> => {
    if (forcedWorking.has(day)) return { working: true, kind: 'override_working_day', name: null, estimated: false };
    const off = forcedOff.get(day);
    if (off) return { working: false, kind: 'override_day_off', name: off.name, estimated: false };
    const listed = tableFor(yearOfDay(day)).days.get(day);
    const estimated = listed?.entry.estimated ?? false;
    if (listed?.kind === 'national_holiday') return { working: false, kind: 'national_holiday', name: listed.entry.name, estimated };
    if (listed && options.cutiBersama === 'day_off') return { working: false, kind: 'cuti_bersama', name: listed.entry.name, estimated };
    const localDay = local.get(day);
    if (localDay) return { working: false, kind: 'local_day', name: localDay.name, estimated: false };
    if (weekend.has(weekdayOfDay(day))) return { working: false, kind: 'weekend', name: null, estimated: false };
    // Offices that work through cuti bersama: still named, but counted as a working day.
    if (listed) return { working: true, kind: 'cuti_bersama', name: listed.entry.name, estimated };
    return { working: true, kind: 'working_day', name: null, estimated: false };
  };

  return {
    describe: (day) => ({ date: isoDateOfDay(day), weekday: weekdayOfDay(day), ...classify(day) }),
    isWorking: (day) => classify(day).working,
    coverage: (year) => tableFor(year).coverage,
  };
}
