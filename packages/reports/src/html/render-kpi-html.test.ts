import { createMemoryStore } from '@aduan/core';
import { describeInBrowser } from '@aduan/browser-testing';
import { createVirtualClock } from '@aduan/test-kit';
import { beforeAll, expect, it } from 'vitest';
import { AS_OF, coordinator, playHandWorkedHistory } from '../__fixtures__/hand-worked-history.js';
import { createEventSource, createReports, KPI_DEFINITIONS, type KpiReport } from '../index.js';
import { renderKpiHtml } from './index.js';

let report: KpiReport;

beforeAll(async () => {
  const store = createMemoryStore();
  await playHandWorkedHistory(store);
  const reports = createReports({
    source: createEventSource(store),
    clock: createVirtualClock('2026-04-10T10:00:00.000Z'),
    unitNames: { dpupr: 'Dinas <PU> & Penataan Ruang' },
  });
  report = await reports.kpis(coordinator, { from: '2026-03-01', to: '2026-05-01', asOf: AS_OF, groupBy: 'unit' });
});

it('is one self-contained page: no script, no link to elsewhere, unit names escaped', () => {
  const html = renderKpiHtml(report, { publisher: 'Dinkominfo Kota Pekalongan' });
  expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/i);
  expect(html).toContain('Dinas &lt;PU&gt; &amp; Penataan Ruang');
  expect(html).not.toContain('Dinas <PU>');
});

describeInBrowser('the printable KPI report in chromium', (browser) => {
  it('shows the charts, every KPI for the total and each unit, in WIB, and prints on A4', async () => {
    const page = await browser.newPage();
    await page.setContent(renderKpiHtml(report, { publisher: 'Dinkominfo Kota Pekalongan' }));
    expect(await page.locator('h1').textContent()).toBe('Laporan Kinerja Pengelolaan Pengaduan');
    expect(await page.locator('figure svg').count()).toBe(2);
    // The charts name every unit on their axis.
    const chartText = await page.locator('figure').first().textContent();
    for (const group of report.groups) expect(chartText).toContain(group.label.slice(0, 10));
    const indicators = page.locator('table').first();
    expect(await indicators.locator('tr').count()).toBe(1 + KPI_DEFINITIONS.length);
    expect(await indicators.locator('tr').first().locator('th').count()).toBe(2 + report.groups.length);
    // Total received 6; 4 of 4 verified within 3 working days (worked out in kpis.test.ts).
    expect(await indicators.locator('tr', { hasText: 'Jumlah aduan masuk' }).locator('td').first().textContent()).toBe('6');
    expect(await indicators.locator('tr', { hasText: 'Terverifikasi ≤ 3 HK' }).locator('td').first().textContent()).toBe('100,0 % (4/4)');
    expect(await page.locator('p.meta').allTextContents()).toContain('Diukur pada 10 April 2026 17.00 WIB; dibuat 10 April 2026 17.00 WIB');
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
