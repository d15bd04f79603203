import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLaporDateTime } from './lapor-date.js';

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const pad = (n: number) => String(n).padStart(2, '0');

describe('parseLaporDateTime', () => {
  it('reads every `j M Y` date and `H:i` time in WIB as the instant seven hours earlier in UTC', () => {
    const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T16:59:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, (at) => {
        const wib = new Date(at.getTime() + 7 * 3_600_000);
        const date = `${wib.getUTCDate()} ${SHORT[wib.getUTCMonth()]} ${wib.getUTCFullYear()}`;
        const time = `${pad(wib.getUTCHours())}:${pad(wib.getUTCMinutes())}:${pad(wib.getUTCSeconds())}`;
        const whole = new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString();
        expect(parseLaporDateTime(date, time)).toEqual({ at: whole });
      }),
    );
  });

  it('reads full Indonesian month names, ISO dates, d/m/yyyy and a missing time as midnight WIB', () => {
    expect(parseLaporDateTime('03 Januari 2026', '')).toEqual({ at: '2026-01-02T17:00:00.000Z' });
    expect(parseLaporDateTime('17 Agustus 2026', '10.00')).toEqual({ at: '2026-08-17T03:00:00.000Z' });
    expect(parseLaporDateTime('2026-01-03T00:00:00.000Z', '1899-12-30T08:30:00.000Z')).toEqual({ at: '2026-01-03T01:30:00.000Z' });
    expect(parseLaporDateTime('3/1/2026', '08:30 WIB')).toEqual({ at: '2026-01-03T01:30:00.000Z' });
  });

  it('names the cell that is wrong', () => {
    expect(parseLaporDateTime('29 Feb 2025', '08:00')).toMatchObject({ cell: 'date' });
    expect(parseLaporDateTime('3 Foo 2026', '08:00')).toMatchObject({ cell: 'date' });
    expect(parseLaporDateTime('', '08:00')).toMatchObject({ cell: 'date' });
    expect(parseLaporDateTime('3 Jan 2026', '24:00')).toMatchObject({ cell: 'time', message: expect.stringContaining('14:05') });
  });
});
