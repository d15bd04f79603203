import { KPI_DEFINITIONS, type KpiFigure, type KpiReport } from '@aduan/reports';
import { wibDate } from '../format.js';
import { html, type Html } from '../html.js';

const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** One figure as an officer reads it: "85 % (17/20)", "median 3 HK (rata-rata 3,4; 12 aduan)", "—" when nothing to measure. */
function figureText(figure: KpiFigure): string {
  switch (figure.kind) {
    case 'count':
      return figure.value.toLocaleString('id-ID');
    case 'share':
      return figure.value === null ? '—' : `${percent.format(figure.value)} (${figure.numerator}/${figure.denominator})`;
    case 'days':
      return figure.median === null || figure.mean === null
        ? '—'
        : `median ${decimal.format(figure.median)} HK (rata-rata ${decimal.format(figure.mean)}; ${figure.count} aduan)`;
    case 'mean':
      return figure.value === null ? '—' : `${decimal.format(figure.value)} (${figure.count} jawaban)`;
    case 'last':
      return figure.at === null ? '—' : `${wibDate(figure.at)} (${figure.workingDaysSince ?? 0} HK lalu)`;
  }
}

const bandOf = (figure: KpiFigure) => ('band' in figure && figure.band ? figure.band : null);

/**
 * The KPIs of `@aduan/reports` as one table: a row per KPI (its Indonesian name, the formula as a
 * tooltip), a column per group and the total; a figure with a colour band carries it as a class and
 * in words for screen readers.
 */
export function kpiTable(report: KpiReport, caption: string): Html {
  const columns = [...report.groups, report.total];
  return html`<div class="table-scroll"><table class="compact kpi">
<caption>${caption}</caption>
<thead><tr><th scope="col">Indikator</th>${columns.map((row, i) => html`<th scope="col">${i === columns.length - 1 ? 'Total' : row.label}</th>`)}</tr></thead>
<tbody>${KPI_DEFINITIONS.map(
    (kpi) =>
      html`<tr><th scope="row" title="${kpi.formula.id}">${kpi.label.id}</th>${columns.map((row) => {
        const figure = row.figures[kpi.id];
        const band = bandOf(figure);
        return html`<td${band ? html` class="band-${band.colour}"` : ''}>${figureText(figure)}${band ? html`<span class="sr-only"> (${band.label.id})</span>` : ''}</td>`;
      })}</tr>`,
  )}</tbody></table></div>`;
}
