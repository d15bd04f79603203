import type { KpiFigure } from '../figures.js';
import { KPI_DEFINITIONS } from '../kpi-catalogue.js';
import type { KpiReport, KpiRow } from '../report-types.js';
import { formatDateTimeWib } from '../wib.js';

/** One cell of a table: a number, a text, or empty. */
type TableCell = string | number | null;

/** A KPI report as one flat table: a header row, then the total and each group. */
export interface KpiTable {
  header: string[];
  rows: TableCell[][];
}

/** Shares as percentages with one decimal, days and means with two: what officers compare. */
const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The headers a figure of this KPI spreads over, and its cells in the same order. */
function columnsOf(label: string, figure: KpiFigure): { headers: string[]; cells: TableCell[] } {
  switch (figure.kind) {
    case 'count':
      return { headers: [label], cells: [figure.value] };
    case 'share':
      return {
        headers: [`${label} (%)`, `${label} (jumlah)`, `${label} (dari)`],
        cells: [percent(figure.value), figure.numerator, figure.denominator],
      };
    case 'days':
      return {
        headers: [`${label} (rata-rata)`, `${label} (median)`, `${label} (jumlah aduan)`],
        cells: [rounded(figure.mean), rounded(figure.median), figure.count],
      };
    case 'mean':
      return { headers: [label, `${label} (jumlah jawaban)`], cells: [rounded(figure.value), figure.count] };
    case 'last':
      return {
        headers: [`${label} (WIB)`, `${label} (HK sejak itu)`],
        cells: [figure.at === null ? null : formatDateTimeWib(Date.parse(figure.at)), figure.workingDaysSince],
      };
  }
}

/** The cells of one row: its label, then every KPI's cells in catalogue order. */
function kpiRowCells(row: KpiRow): TableCell[] {
  return [row.label, ...KPI_DEFINITIONS.flatMap((definition) => columnsOf(definition.label.id, row.figures[definition.id]).cells)];
}

/** The header of the table: the grouping's name, then every KPI's columns (labels in Bahasa Indonesia). */
function kpiTableHeader(report: KpiReport): string[] {
  const first = report.groupBy === null ? 'Kelompok' : GROUP_HEADERS[report.groupBy];
  return [first, ...KPI_DEFINITIONS.flatMap((definition) => columnsOf(definition.label.id, report.total.figures[definition.id]).headers)];
}

const GROUP_HEADERS = { unit: 'Unit', category: 'Kategori', channel: 'Kanal', kelurahan: 'Kelurahan', month: 'Bulan' } as const;

/** The report as a table: the total first, then the groups in the report's order. */
export function kpiTable(report: KpiReport): KpiTable {
  return { header: kpiTableHeader(report), rows: [report.total, ...report.groups].map(kpiRowCells) };
}
