import { z } from 'zod';
import { dayOfIsoDate, yearOfDay } from './jakarta-time.js';

// The shapes of `HolidayYear` and `HolidayEntry` (@aduan/holidays-id), as validated configuration.

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
