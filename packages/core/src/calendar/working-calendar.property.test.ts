import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkingCalendarOptions } from './calendar-options.js';
import { WEEKDAYS, type Weekday } from './jakarta-time.js';
import { PEKALONGAN_DESK_HOURS } from './office-hours.js';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';

// Starts late enough in the covered years (2024–2027) that 40 working days never leave them.
const instant = fc.date({ min: new Date('2024-01-01T00:00:00+07:00'), max: new Date('2027-08-31T00:00:00+07:00'), noInvalidDate: true });
const workingDays = fc.integer({ min: 0, max: 40 });
const calendarOptions = fc.record({
  weekend: fc.subarray<Weekday>([...WEEKDAYS], { maxLength: 4 }),
  cutiBersama: fc.constantFrom<'day_off' | 'working_day'>('day_off', 'working_day'),
});

function calendarFor(options: WorkingCalendarOptions): WorkingCalendar {
  return createWorkingCalendar({ ...options, officeHours: PEKALONGAN_DESK_HOURS });
}

describe('working-day arithmetic (properties)', () => {
  it('never puts a deadline on a day off', async () => {
    await fc.assert(
      fc.asyncProperty(calendarOptions, instant, fc.integer({ min: 1, max: 40 }), async (options, from, n) => {
        const calendar = await calendarFor(options);
        expect(calendar.isWorkingDay(calendar.addWorkingDays(from, n))).toBe(true);
      }),
    );
  });

  it('measures back exactly what it added', async () => {
    await fc.assert(
      fc.asyncProperty(calendarOptions, instant, workingDays, async (options, from, n) => {
        const calendar = await calendarFor(options);
        expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).toBe(n);
      }),
    );
  });

  it('is monotonic in the number of days and in the start', async () => {
    await fc.assert(
      fc.asyncProperty(calendarOptions, instant, instant, workingDays, async (options, a, b, n) => {
        const calendar = await calendarFor(options);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(calendar.addWorkingDays(early, n).getTime()).toBeLessThanOrEqual(calendar.addWorkingDays(late, n).getTime());
        expect(calendar.addWorkingDays(early, n).getTime()).toBeLessThan(calendar.addWorkingDays(early, n + 1).getTime());
      }),
    );
  });

  it('inverts working time and office time to the millisecond', async () => {
    await fc.assert(
      fc.asyncProperty(calendarOptions, instant, fc.integer({ min: 0, max: 20 * 24 * 3_600_000 }), async (options, from, ms) => {
        const calendar = await calendarFor(options);
        const workingEnd = calendar.addWorkingTime(from, ms);
        expect(calendar.workingTimeBetween(from, workingEnd)).toBe(ms);
        const officeMs = Math.floor(ms / 10);
        const officeEnd = calendar.addOfficeTime(from, officeMs);
        expect(calendar.officeTimeBetween(from, officeEnd)).toBe(officeMs);
        if (officeMs > 0) expect(calendar.isWorkingDay(new Date(officeEnd.getTime() - 1))).toBe(true);
      }),
    );
  });
});
