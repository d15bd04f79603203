import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { KpiReport, KpiRow } from '../report-types.js';

use([BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

const WIDTH = 900;

/** Renders one chart to an SVG string on the server: the page carries no script and no CDN. */
function svgOf(option: EChartsCoreOption, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const percentOf = (row: KpiRow, id: 'followedUpOfReceived' | 'resolvedOfReceived' | 'verifiedOnTime') => {
  const value = row.figures[id].value;
  return value === null ? null : Math.round(value * 1000) / 10;
};

/** The rows a chart shows: each group, or the total alone when the report is not grouped. */
const chartRows = (report: KpiReport) => (report.groups.length > 0 ? report.groups : [report.total]);

/**
 * The charts of the monthly meeting, as inline SVG: shares followed up, resolved and verified on
 * time per group, and the open complaints by age in working days.
 */
export function kpiCharts(report: KpiReport): string[] {
  const rows = chartRows(report);
  const labels = rows.map((row) => row.label);
  const height = Math.max(260, 120 + rows.length * 28);
  const grid = { left: 220, right: 40, top: 60, bottom: 30 };
  const category = { type: 'category', data: labels, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } };
  const shares = svgOf(
    {
      title: { text: 'Tindak lanjut, penyelesaian dan verifikasi tepat waktu (%)', textStyle: { fontSize: 14 } },
      legend: { top: 28 },
      grid,
      xAxis: { type: 'value', max: 100 },
      yAxis: category,
      series: [
        { name: 'Ditindaklanjuti', type: 'bar', data: rows.map((row) => percentOf(row, 'followedUpOfReceived')) },
        { name: 'Selesai', type: 'bar', data: rows.map((row) => percentOf(row, 'resolvedOfReceived')) },
        { name: 'Terverifikasi ≤ 3 HK', type: 'bar', data: rows.map((row) => percentOf(row, 'verifiedOnTime')) },
      ],
    },
    height,
  );
  const ages = [
    ['openAge0to3', '0–3 HK'],
    ['openAge4to5', '4–5 HK'],
    ['openAge6to10', '6–10 HK'],
    ['openAge11to14', '11–14 HK'],
    ['openAgeOver14', '> 14 HK'],
  ] as const;
  const open = svgOf(
    {
      title: { text: 'Aduan masih terbuka menurut umur (hari kerja)', textStyle: { fontSize: 14 } },
      legend: { top: 28 },
      grid,
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: category,
      series: ages.map(([id, name]) => ({ name, type: 'bar', stack: 'umur', data: rows.map((row) => row.figures[id].value) })),
    },
    height,
  );
  return [shares, open];
}
