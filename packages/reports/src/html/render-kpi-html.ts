import { KPI_DEFINITIONS } from '../kpi-catalogue.js';
import type { KpiReport } from '../report-types.js';
import { formatDateTimeWib } from '../wib.js';
import { figureText } from './figure-text.js';
import { kpiCharts } from './kpi-charts.js';

/** What the printable report says about itself. */
export interface KpiHtmlOptions {
  /** The heading; default `Laporan Kinerja Pengelolaan Pengaduan`. */
  title?: string;
  /** Who publishes it, under the heading, e.g. `Dinas Komunikasi dan Informatika Kota Pekalongan`. */
  publisher?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

/** Band colours as printed: light shades, so that black text stays readable on paper. */
const SHADES: Readonly<Record<string, string>> = {
  green: '#d9f2d9',
  blue: '#dbe8fb',
  yellow: '#fff4c2',
  orange: '#ffe0c2',
  red: '#f9d6d5',
  grey: '#e8e8e8',
};

const STYLE = `body{font-family:sans-serif;margin:24px;color:#111}h1{font-size:20px;margin:0}h2{font-size:16px;margin-top:28px}
p.meta{margin:4px 0;color:#333}table{border-collapse:collapse;font-size:11px;margin-top:8px}
th,td{border:1px solid #999;padding:3px 6px;vertical-align:top;text-align:left}th{background:#f0f0f0}
figure{margin:16px 0;break-inside:avoid}svg{max-width:100%;height:auto}
@media print{body{margin:0}@page{size:A4 landscape;margin:12mm}h2{break-before:auto}}`;

/**
 * A printable HTML page of a KPI report for the monthly meeting: heading, period and instant in
 * WIB, the charts as inline SVG (no script, no CDN: it prints and archives as one file), the figures
 * of every KPI for the total and each group with their colour band, and each KPI's formula and who
 * asks for it. Everything in Bahasa Indonesia; every text from the report is escaped.
 *
 * @example
 * await writeFile('kinerja-maret-2026.html', renderKpiHtml(report, { publisher: 'Dinkominfo Kota Pekalongan' }));
 */
export function renderKpiHtml(report: KpiReport, options: KpiHtmlOptions = {}): string {
  const title = options.title ?? 'Laporan Kinerja Pengelolaan Pengaduan';
  const rows = [report.total, ...report.groups];
  const meta = [
    options.publisher,
    `Aduan diterima ${formatDateTimeWib(Date.parse(report.period.from))} s.d. sebelum ${formatDateTimeWib(Date.parse(report.period.to))}`,
    `Diukur pada ${formatDateTimeWib(Date.parse(report.period.asOf))}; dibuat ${formatDateTimeWib(Date.parse(report.generatedAt))}`,
    report.unitId === null ? 'Cakupan: seluruh kota' : `Cakupan: unit ${report.unitId}`,
    report.uncoveredYears.length > 0
      ? `Perhatian: hari libur tahun ${report.uncoveredYears.join(', ')} belum ada di kalender; jumlah HK tahun itu bisa terlalu besar.`
      : undefined,
  ].filter((line): line is string => line !== undefined);
  const header = `<tr><th>Indikator</th>${rows.map((row) => `<th>${escapeHtml(row.label)}</th>`).join('')}</tr>`;
  const body = KPI_DEFINITIONS.map((definition) => {
    const cells = rows.map((row) => {
      const figure = row.figures[definition.id];
      const band = 'band' in figure ? figure.band : null;
      const shade = band === null ? '' : ` style="background:${SHADES[band.colour] ?? 'transparent'}" title="${escapeHtml(band.label.id)}"`;
      return `<td${shade}>${escapeHtml(figureText(figure))}</td>`;
    });
    return `<tr><th>${escapeHtml(definition.label.id)}</th>${cells.join('')}</tr>`;
  }).join('\n');
  const formulas = KPI_DEFINITIONS.map(
    (definition) =>
      `<tr><td>${escapeHtml(definition.label.id)}</td><td>${escapeHtml(definition.formula.id)}</td><td>${escapeHtml(definition.askedBy)}</td></tr>`,
  ).join('\n');
  const charts = kpiCharts(report)
    .map((svg) => `<figure>${svg}</figure>`)
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${meta.map((line) => `<p class="meta">${escapeHtml(line)}</p>`).join('\n')}
<h2>Grafik</h2>
${charts}
<h2>Indikator</h2>
<table>${header}
${body}</table>
<h2>Definisi indikator</h2>
<table><tr><th>Indikator</th><th>Rumus</th><th>Diminta oleh</th></tr>
${formulas}</table>
<p class="meta">HK = hari kerja menurut kalender kota (tanpa akhir pekan, libur nasional dan cuti bersama).</p>
</body>
</html>
`;
}
