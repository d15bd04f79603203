import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiPeriods, pickKpiPeriod } from './kpi-period.js';

/** The calendar day of an instant in WIB, as `YYYY-MM-DD`. */
const wibDay = (instant: Date) => new Date(instant.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe('the KPI periods', () => {
  it('offers this month in WIB first, the eleven before it, and this year', () => {
    // 1 January 2026, 00.30 WIB: still 31 December 2025 in UTC.
    const periods = kpiPeriods(new Date('2025-12-31T17:30:00.000Z'));
    expect(periods.map((period) => period.value)).toEqual([
      '2026-01',
      '2025-12',
      '2025-11',
      '2025-10',
      '2025-09',
      '2025-08',
      '2025-07',
      '2025-06',
      '2025-05',
      '2025-04',
      '2025-03',
      '2025-02',
      '2026',
    ]);
    expect(periods[0]).toEqual({ value: '2026-01', name: 'Januari 2026', from: '2026-01-01', to: '2026-02-01' });
    expect(periods[1]).toEqual({ value: '2025-12', name: 'Desember 2025', from: '2025-12-01', to: '2026-01-01' });
    expect(periods.at(-1)).toEqual({ value: '2026', name: 'Tahun 2026', from: '2026-01-01', to: '2027-01-01' });
  });

  it('answers this month for a period it does not offer', () => {
    const now = new Date('2026-03-03T02:00:00.000Z');
    expect(pickKpiPeriod(now, '2026-02').name).toBe('Februari 2026');
    expect(pickKpiPeriod(now, '2026').name).toBe('Tahun 2026');
    for (const asked of [undefined, '', '2024-01', '2026-04', '2026-13', "2026' OR 1=1"])
      expect(pickKpiPeriod(now, asked).value).toBe('2026-03');
  });

  it('holds for every instant: this month holds today (WIB), months follow each other without gap, the year holds them all', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (now) => {
        const periods = kpiPeriods(now);
        const months = periods.slice(0, -1);
        const year = periods.at(-1)!;
        expect(months[0]!.from <= wibDay(now) && wibDay(now) < months[0]!.to).toBe(true);
        for (let i = 1; i < months.length; i++) expect(months[i]!.to).toBe(months[i - 1]!.from);
        expect(year.from <= months[0]!.from && months[0]!.to <= year.to).toBe(true);
      }),
    );
  });
});
