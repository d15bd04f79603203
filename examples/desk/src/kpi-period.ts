const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
/** How many months back the picker offers, the current one included. */
const MONTHS_OFFERED = 12;

/** A period of the KPI table: whole days in WIB, `from` inclusive, `to` exclusive. */
export interface KpiPeriod {
  /** The picker's value: `2026-03` for a month, `2026` for a year so far. */
  value: string;
  /** "Maret 2026", "Tahun 2026". */
  name: string;
  from: string;
  to: string;
}

const day = (year: number, month: number) => `${year}-${String(month + 1).padStart(2, '0')}-01`;

const monthPeriod = (year: number, month: number): KpiPeriod => ({
  value: `${year}-${String(month + 1).padStart(2, '0')}`,
  name: `${MONTHS[month]} ${year}`,
  from: day(year, month),
  to: month === 11 ? day(year + 1, 0) : day(year, month + 1),
});

/**
 * The periods the dashboard offers at `now`, in WIB: this month first, then the eleven before it,
 * then this year so far. A year runs to its end, the reports count only what has happened by `now`.
 */
export function kpiPeriods(now: Date): KpiPeriod[] {
  const wib = new Date(now.getTime() + WIB_OFFSET_MS);
  const year = wib.getUTCFullYear();
  const month = wib.getUTCMonth();
  const months = Array.from({ length: MONTHS_OFFERED }, (_, back) => {
    const index = year * 12 + month - back;
    return monthPeriod(Math.floor(index / 12), index % 12);
  });
  return [...months, { value: String(year), name: `Tahun ${year}`, from: day(year, 0), to: day(year + 1, 0) }];
}

/** The period the picker asked for; this month when it asked for nothing or for one it does not offer. */
export function pickKpiPeriod(now: Date, value: string | undefined): KpiPeriod {
  const periods = kpiPeriods(now);
  return periods.find((period) => period.value === value) ?? periods[0]!;
}
