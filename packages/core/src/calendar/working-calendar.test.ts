import { InvalidConfigError } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { PEKALONGAN_DESK_HOURS } from './office-hours.js';
import { createWorkingCalendar } from './working-calendar.js';

/** The last millisecond of a WIB date: what `addWorkingDays` returns. */
const endOfWib = (date: string) => new Date(`${date}T23:59:59.999+07:00`);
const wib = (dateTime: string) => new Date(`${dateTime}+07:00`);

describe('createWorkingCalendar', () => {
  it('counts a Friday 16:00 complaint with 3 working days to the end of Wednesday', async () => {
    const calendar = createWorkingCalendar();
    expect(calendar.addWorkingDays(wib('2025-07-11T16:00:00'), 3)).toEqual(endOfWib('2025-07-16'));
    // Received on the Saturday: the clock also starts on Monday.
    expect(calendar.addWorkingDays(wib('2025-07-12T10:00:00'), 3)).toEqual(endOfWib('2025-07-16'));
  });

  it('skips Nyepi and the whole Idul Fitri 1446 block of 2025', async () => {
    const calendar = createWorkingCalendar();
    // 28 Mar cuti bersama, 29 Nyepi, 31 Mar–1 Apr Idul Fitri, 2–4 and 7 Apr cuti bersama.
    expect(calendar.addWorkingDays(wib('2025-03-27T16:00:00'), 3)).toEqual(endOfWib('2025-04-10'));
    expect(calendar.nextWorkingDay('2025-03-27')).toEqual(wib('2025-04-08T00:00:00'));
    expect(calendar.workingDaysBetween('2025-03-27', '2025-04-10')).toBe(3);
  });

  it('skips Nyepi and Idul Fitri 1447 with their cuti bersama in 2026', async () => {
    const calendar = createWorkingCalendar();
    // 18 cuti, 19 Nyepi, 20 cuti, 21–22 Idul Fitri (weekend), 23–24 cuti.
    expect(calendar.addWorkingDays(wib('2026-03-17T10:00:00'), 1)).toEqual(endOfWib('2026-03-25'));
  });

  it('knows the days added by later decrees', async () => {
    const calendar = createWorkingCalendar();
    expect(calendar.describeDay('2025-08-18')).toMatchObject({
      working: false,
      kind: 'cuti_bersama',
      name: expect.stringContaining('HUT ke-80'),
    });
    expect(calendar.describeDay('2024-11-27')).toMatchObject({ working: false, kind: 'national_holiday' });
    expect(calendar.describeDay('2024-02-14')).toMatchObject({ working: false, kind: 'national_holiday' });
  });

  it('reads days in WIB whatever the instant’s UTC date', async () => {
    const calendar = createWorkingCalendar();
    // 7 April 2025 (cuti bersama) 17:30 UTC is already Tuesday 8 April in Jakarta.
    expect(calendar.isWorkingDay('2025-04-07T17:30:00Z')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-07T16:30:00Z')).toBe(false);
  });

  it('counts cuti bersama as working days when told to', async () => {
    const calendar = createWorkingCalendar({ cutiBersama: 'working_day' });
    expect(calendar.addWorkingDays(wib('2025-03-27T16:00:00'), 3)).toEqual(endOfWib('2025-04-03'));
    expect(calendar.describeDay('2025-04-02')).toMatchObject({ working: true, kind: 'cuti_bersama' });
  });

  it('uses the configured weekend', async () => {
    const calendar = createWorkingCalendar({ weekend: ['sunday'] });
    expect(calendar.isWorkingDay('2025-07-12')).toBe(true);
    expect(calendar.addWorkingDays(wib('2025-07-11T16:00:00'), 3)).toEqual(endOfWib('2025-07-15'));
  });

  it('applies local days and overrides, with a working-day override beating a holiday', async () => {
    const calendar = createWorkingCalendar({
      localDays: [{ date: '2025-07-14', name: 'Hari lokal' }],
      overrides: { workingDays: ['2025-04-07'] },
    });
    expect(calendar.describeDay('2025-07-14')).toMatchObject({ working: false, kind: 'local_day', name: 'Hari lokal' });
    expect(calendar.describeDay('2025-04-07')).toMatchObject({ working: true, kind: 'override_working_day' });
  });

  it('adds overrides at run time without changing the original calendar', async () => {
    const calendar = createWorkingCalendar();
    const moved = calendar.withOverrides({ daysOff: [{ date: '2025-07-15', name: 'Libur tambahan' }], workingDays: ['2025-12-26'] });
    expect(moved.describeDay('2025-07-15')).toMatchObject({ working: false, kind: 'override_day_off' });
    expect(moved.isWorkingDay('2025-12-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-07-15')).toBe(true);
    // A later override of the same date replaces the earlier one.
    expect(moved.withOverrides({ workingDays: ['2025-07-15'] }).isWorkingDay('2025-07-15')).toBe(true);
  });

  it('replaces a bundled year with a custom one', async () => {
    const calendar = createWorkingCalendar({
      years: [
        {
          year: 2026,
          status: 'decreed',
          sources: ['SKB perubahan (contoh)'],
          holidays: [{ date: '2026-03-20', name: 'Idul Fitri' }],
          cutiBersama: [],
        },
      ],
    });
    expect(calendar.coverage(2026)).toMatchObject({ source: 'custom', status: 'decreed' });
    expect(calendar.isWorkingDay('2026-03-20')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-18')).toBe(true);
  });

  it('counts only weekends in a year without data, or refuses it when told to', async () => {
    const strict = createWorkingCalendar({ unknownYear: 'error' });
    expect(() => strict.isWorkingDay('2031-05-05')).toThrow(
      expect.objectContaining({ code: 'invalid_config', message: expect.stringContaining('2031') }),
    );
    const lenient = createWorkingCalendar();
    expect(lenient.isWorkingDay('2031-05-05')).toBe(true);
    expect(lenient.coverage(2031)).toMatchObject({ source: 'weekends_only', status: 'none' });
  });

  it('flags estimated dates of the provisional 2027 data', async () => {
    const calendar = createWorkingCalendar();
    expect(calendar.coverage(2027).status).toBe('provisional');
    expect(calendar.describeDay('2027-03-10')).toMatchObject({ working: false, estimated: true });
  });

  it('names every bad option path', () => {
    const issuesOf = (options: Parameters<typeof createWorkingCalendar>[0]) => {
      try {
        createWorkingCalendar(options);
      } catch (error) {
        expect(InvalidConfigError.isInstance(error)).toBe(true);
        return (error as InvalidConfigError).issues.map((issue) => issue.path);
      }
      throw new Error('expected invalid_config');
    };
    expect(issuesOf({ weekend: ['caturday' as 'sunday'] })).toEqual(['weekend.0']);
    expect(issuesOf({ officeHours: { friday: [{ open: '10:30', close: '08:00' }] } })).toEqual(['officeHours.friday.0.close']);
    expect(
      issuesOf({
        years: [{ year: 2030, status: 'decreed', sources: ['x'], holidays: [{ date: '2031-01-01', name: 'x' }], cutiBersama: [] }],
      }),
    ).toEqual(['years.0.holidays.0.date']);
    expect(issuesOf({ overrides: { daysOff: [{ date: '2025-07-15', name: 'x' }], workingDays: ['2025-07-15'] } })).toEqual([
      'overrides.daysOff.0.date',
    ]);
    expect(issuesOf({ officeHours: { saturday: [{ open: '08:00', close: '12:00' }] } })).toEqual(['officeHours']);
    expect(issuesOf({ fallback: 'date-holidays' as never })).toEqual(['fallback']);
  });

  it('checks what a fallback answers like configured data', () => {
    const wrongYear = createWorkingCalendar({
      fallback: () => ({ year: 2029, status: 'provisional', sources: ['x'], holidays: [], cutiBersama: [] }),
    });
    expect(() => wrongYear.isWorkingDay('2031-05-05')).toThrow(
      expect.objectContaining({ code: 'invalid_config', message: expect.stringContaining('asked for 2031') }),
    );
    const badDate = createWorkingCalendar({
      fallback: (year) => ({
        year,
        status: 'provisional',
        sources: ['x'],
        holidays: [{ date: `${year}-02-30`, name: 'x' }],
        cutiBersama: [],
      }),
    });
    expect(() => badDate.isWorkingDay('2031-05-05')).toThrow(expect.objectContaining({ code: 'invalid_config' }));
    const custom = createWorkingCalendar({
      fallback: (year) => ({
        year,
        status: 'provisional',
        sources: ['kalender kota'],
        holidays: [{ date: `${year}-05-05`, name: 'Libur' }],
        cutiBersama: [],
      }),
    });
    expect(custom.coverage(2031)).toMatchObject({ source: 'fallback', sources: ['kalender kota'] });
    expect(custom.isWorkingDay('2031-05-05')).toBe(false);
  });

  it('refuses a negative or fractional number of working days', async () => {
    const calendar = createWorkingCalendar();
    expect(() => calendar.addWorkingDays('2025-07-11', 1.5)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => calendar.addWorkingDays('2025-07-11', -1)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('office hours', () => {
  it('adds hours across the Pekalongan desk week', async () => {
    const calendar = createWorkingCalendar({ officeHours: PEKALONGAN_DESK_HOURS });
    // Thursday 13:00–14:00 is one hour, Friday opens at 08:00.
    expect(calendar.addOfficeHours(wib('2025-07-10T13:00:00'), 2)).toEqual(wib('2025-07-11T09:00:00'));
    // Friday closes at 10:30; the weekend has no hours; Monday opens at 09:00.
    expect(calendar.addOfficeHours(wib('2025-07-11T10:00:00'), 3)).toEqual(wib('2025-07-14T11:30:00'));
    // Starting on a Saturday: the clock starts at Monday's opening.
    expect(calendar.addOfficeHours(wib('2025-07-12T10:00:00'), 5)).toEqual(wib('2025-07-14T14:00:00'));
  });

  it('has no hours on a holiday', async () => {
    const calendar = createWorkingCalendar({ officeHours: PEKALONGAN_DESK_HOURS });
    // Tuesday 1 April 2025 is Idul Fitri; the desk reopens on Tuesday 8 April.
    expect(calendar.addOfficeHours(wib('2025-03-27T13:30:00'), 1)).toEqual(wib('2025-04-08T09:30:00'));
    expect(calendar.officeTimeBetween(wib('2025-03-28T00:00:00'), wib('2025-04-08T00:00:00'))).toBe(0);
  });

  it('is a configuration error without office hours', async () => {
    const calendar = createWorkingCalendar();
    expect(calendar.hasOfficeHours).toBe(false);
    expect(() => calendar.addOfficeHours('2025-07-11', 1)).toThrow(expect.objectContaining({ code: 'invalid_config' }));
  });
});
