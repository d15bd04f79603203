import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyArbitrary, periodOf, playHistory } from './__fixtures__/generated-history.js';
import { coordinator } from './__fixtures__/hand-worked-history.js';
import { createEventSource, createReports, GROUP_BYS, KPI_DEFINITIONS, type KpiFigure, type KpiReport } from './index.js';

/** The additive parts of a figure: what the groups of a report must add up to. */
function partsOf(figure: KpiFigure): number[] {
  switch (figure.kind) {
    case 'count':
      return [figure.value];
    case 'share':
      return [figure.numerator, figure.denominator];
    case 'days':
    case 'mean':
      return [figure.count];
    case 'last':
      return [];
  }
}

function checkReport(report: KpiReport): void {
  for (const row of [report.total, ...report.groups]) {
    for (const definition of KPI_DEFINITIONS) {
      const figure = row.figures[definition.id];
      if (figure.kind === 'share') {
        expect(figure.numerator).toBeLessThanOrEqual(figure.denominator);
        if (figure.value !== null) expect(figure.value).toBeGreaterThanOrEqual(0);
        if (figure.value !== null) expect(figure.value).toBeLessThanOrEqual(1);
        expect(figure.value === null).toBe(figure.denominator === 0);
      }
      if (figure.kind === 'days' && figure.mean !== null) expect(figure.mean).toBeGreaterThanOrEqual(0);
      if (figure.kind === 'mean' && figure.value !== null) {
        expect(figure.value).toBeGreaterThanOrEqual(1);
        expect(figure.value).toBeLessThanOrEqual(5);
      }
    }
    const f = row.figures;
    const ages = [f.openAge0to3, f.openAge4to5, f.openAge6to10, f.openAge11to14, f.openAgeOver14];
    expect(ages.reduce((sum, age) => sum + age.value, 0)).toBe(f.open.value);
    expect(f.overdue.value).toBeLessThanOrEqual(f.open.value);
  }
  if (report.groupBy === null) return;
  for (const definition of KPI_DEFINITIONS) {
    const total = partsOf(report.total.figures[definition.id]);
    const summed = total.map((_, index) =>
      report.groups.reduce((sum, group) => sum + (partsOf(group.figures[definition.id])[index] ?? 0), 0),
    );
    expect(summed, `${definition.id} grouped by ${report.groupBy}`).toEqual(total);
  }
  const latest = report.groups.map((group) => group.figures.lastUnitAction.at).filter((at): at is string => at !== null);
  expect(report.total.figures.lastUnitAction.at).toBe(latest.sort().at(-1) ?? null);
}

describe('invariants over generated histories', () => {
  it('shares stay in 0..1, open complaints split exactly by age, and the groups of every grouping add up to the total', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary, async (history) => {
        const reports = createReports({ source: createEventSource(await playHistory(history)) });
        for (const groupBy of [undefined, ...GROUP_BYS]) checkReport(await reports.kpis(coordinator, { ...periodOf(history), groupBy }));
      }),
      { numRuns: 40 },
    );
  });
});
