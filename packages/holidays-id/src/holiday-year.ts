/** One dated day off. `estimated` marks a date not yet fixed by a decree (e.g. a lunar date). */
export interface HolidayEntry {
  /** The Jakarta calendar date, `YYYY-MM-DD`. */
  date: string;
  name: string;
  estimated?: boolean;
}

/**
 * The days off of one year as the government decreed them. `decreed` years follow an SKB 3
 * Menteri (joint decree of the ministers of religious affairs, manpower and PANRB) and its
 * amendments; `provisional` years are estimates awaiting that decree.
 */
export interface HolidayYear {
  year: number;
  status: 'decreed' | 'provisional';
  /** The decrees the dates come from, the original first and amendments after it. */
  sources: readonly string[];
  /** Hari libur nasional, including those that fall on a weekend. */
  holidays: readonly HolidayEntry[];
  /** Cuti bersama: collective leave, a working day or not depending on the calendar's switch. */
  cutiBersama: readonly HolidayEntry[];
}
