import { z } from 'zod';
import { dayOfIsoDate, yearOfDay } from './jakarta-time.js';

/** One dated day off. `estimated` marks a date not yet fixed by a decree (e.g. a lunar date). */
export interface HolidayEntry {
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

export const isoDateSchema = z.string().refine((text) => dayOfIsoDate(text) !== null, 'must be a calendar date YYYY-MM-DD');

export const holidayEntrySchema = z
  .object({ date: isoDateSchema, name: z.string().trim().min(1).max(200), estimated: z.boolean().optional() })
  .strict();

export const holidayYearSchema = z
  .object({
    year: z.number().int().min(1900).max(2200),
    status: z.enum(['decreed', 'provisional']),
    sources: z.array(z.string().trim().min(1)).min(1, 'cite at least one source'),
    holidays: z.array(holidayEntrySchema),
    cutiBersama: z.array(holidayEntrySchema),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const list of ['holidays', 'cutiBersama'] as const) {
      data[list].forEach((entry, index) => {
        const day = dayOfIsoDate(entry.date);
        if (day !== null && yearOfDay(day) !== data.year) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'date'], message: `${entry.date} is not in ${data.year}` });
        }
      });
    }
  });
