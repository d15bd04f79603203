/**
 * A printable HTML report with charts (inline SVG) for the monthly meeting.
 *
 * @module @aduan/reports/html
 */
export { type KpiHtmlOptions, renderKpiHtml } from './render-kpi-html.js';
