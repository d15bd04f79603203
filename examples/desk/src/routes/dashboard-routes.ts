import type { Desk } from '@aduan/core';
import type { Reports } from '@aduan/reports';
import type { Clock, ComplaintStatus } from '@aduan/spec';
import { Hono } from 'hono';
import { channelLabel, STATUS_LABELS } from '../format.js';
import { html, page, raw } from '../html.js';
import { kpiPeriods, pickKpiPeriod } from '../kpi-period.js';
import { kpiTable } from '../pages/kpi-table.js';
import { refusalOf } from '../refusal.js';
import { OPEN_STATUSES } from '../queues.js';
import type { DeskEnv } from '../session.js';
import { unitName } from '../units.js';

export interface DashboardRouteOptions {
  desk: Desk;
  clock: Clock;
  /** The KPIs of `@aduan/reports`, counted in SQL over the desk's store. */
  reports: Reports;
}

interface Chart {
  id: string;
  title: string;
  kind: 'bar' | 'doughnut';
  rows: [string, number][];
}

/** JSON safe inside a script element: `<` never appears raw, so no tag can close it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const sorted = (counts: Record<string, number>, label: (key: string) => string): [string, number][] =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => [label(key), count]);

/**
 * The dashboard: status distribution, intake per channel, open complaints per unit and overdue
 * complaints per unit, each from `desk.count` as the officer (so a unit sees its own), and the
 * KPIs of the chosen period (a month of the last twelve, or this year; WIB) per unit from `reports.kpis` as the officer (scoped the same way). Charts are
 * drawn by Chart.js served from the app; each has its table beside it for screen readers and
 * browsers without scripts.
 */
export function dashboardRoutes(options: DashboardRouteOptions): Hono<DeskEnv> {
  const app = new Hono<DeskEnv>();
  app.get('/dasbor', async (c) => {
    const officer = c.get('officer');
    const now = options.clock.now();
    try {
      const periods = kpiPeriods(now);
      const period = pickKpiPeriod(now, c.req.query('periode'));
      const [byStatus, byChannel, openByUnit, overdueByUnit, kpis] = await Promise.all([
        options.desk.count(officer.actor, 'status'),
        options.desk.count(officer.actor, 'channel'),
        options.desk.count(officer.actor, 'unitId', { status: [...OPEN_STATUSES] }),
        options.desk.count(officer.actor, 'unitId', { status: [...OPEN_STATUSES], dueBefore: now.toISOString() }),
        options.reports.kpis(officer.actor, { from: period.from, to: period.to, asOf: now, groupBy: 'unit' }),
      ]);
      const charts: Chart[] = [
        { id: 'status', title: 'Sebaran status', kind: 'bar', rows: sorted(byStatus, (s) => STATUS_LABELS[s as ComplaintStatus] ?? s) },
        { id: 'kanal', title: 'Aduan masuk per kanal', kind: 'doughnut', rows: sorted(byChannel, channelLabel) },
        {
          id: 'unit-terbuka',
          title: 'Aduan terbuka per unit',
          kind: 'bar',
          rows: sorted(openByUnit, (u) => (u === '' || u === 'null' ? 'Belum didisposisi' : unitName(u))),
        },
        {
          id: 'unit-lewat',
          title: 'Lewat batas per unit',
          kind: 'bar',
          rows: sorted(overdueByUnit, (u) => (u === '' || u === 'null' ? 'Belum didisposisi' : unitName(u))),
        },
      ];
      const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
      return c.html(
        page(
          { title: 'Dasbor', officer, csrf: c.get('csrf'), scripts: ['/static/chart.umd.min.js', '/static/dashboard.js'] },
          html`<h1>Dasbor</h1>
<p>Total ${total.toLocaleString('id-ID')} aduan dalam cakupan Anda.</p>
<div class="charts">
${charts.map(
  (chart) => html`<section class="card chart" aria-labelledby="judul-${chart.id}">
<h2 id="judul-${chart.id}">${chart.title}</h2>
<canvas id="grafik-${chart.id}" role="img" aria-label="Grafik ${chart.title}"></canvas>
<script type="application/json" data-chart="grafik-${chart.id}" data-kind="${chart.kind}">${raw(scriptJson(chart.rows))}</script>
<table class="compact"><caption class="sr-only">${chart.title}</caption><thead><tr><th scope="col">Kelompok</th><th scope="col">Jumlah</th></tr></thead>
<tbody>${chart.rows.map(([label, count]) => html`<tr><td>${label}</td><td>${count.toLocaleString('id-ID')}</td></tr>`)}</tbody></table>
</section>`,
)}
</div>
<section class="card" aria-labelledby="judul-kinerja">
<h2 id="judul-kinerja">Kinerja ${period.name} per unit</h2>
<form method="get" action="/petugas/dasbor" class="inline period">
<label for="periode">Periode (Period)</label>
<select id="periode" name="periode">${periods.map(
            (option) => html`<option value="${option.value}"${option.value === period.value ? ' selected' : ''}>${option.name}</option>`,
          )}</select>
<button type="submit">Tampilkan</button>
</form>
<p class="muted">Aduan yang masuk pada periode ini (tanggal WIB), dihitung dari riwayat peristiwa dalam hari kerja (HK), sesuai cakupan Anda.</p>
${kpiTable(kpis, `Indikator kinerja ${period.name} per unit`)}
</section>`,
        ),
      );
    } catch (error) {
      return c.text(refusalOf(error).message, refusalOf(error).status);
    }
  });
  return app;
}
