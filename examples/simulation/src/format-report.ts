import type { RateCount, SimulationReport } from '@aduan/simulation';

const percent = (count: RateCount) => `${(100 * count.rate).toFixed(1).padStart(5)} %  (${count.onTime}/${count.entered})`;

/** The simulation's outcome as a short plain-text report. */
export function formatReport(report: SimulationReport, policy: string): string {
  const lines = [
    `Simulated year under the "${policy}" policy: ${report.complaints} complaints`,
    `  by channel: ${Object.entries(report.byChannel)
      .map(([channel, n]) => `${channel} ${n}`)
      .join(', ')}`,
    '',
    'On time per stage:',
    ...Object.entries(report.stages).map(([stage, count]) => `  ${stage.padEnd(14)} ${percent(count)}`),
    '',
    'Unit follow-up on time:',
    ...Object.entries(report.units)
      .sort(([, a], [, b]) => a.rate - b.rate)
      .map(([unit, count]) => `  ${unit.padEnd(18)} ${percent(count)}`),
    '',
    `Warnings before a lapse: ${report.warnings}`,
    `Escalations: ${report.escalations.total} (${Object.entries(report.escalations.byLevel)
      .map(([level, n]) => `level ${level}: ${n}`)
      .join(', ')})`,
    `Resolved by the complainant's silence: ${report.autoResolved}; confirmed: ${report.confirmed}`,
    `Archived for missing data: ${report.autoArchived}; rejected: ${report.rejected}; still open: ${report.stillOpen}`,
  ];
  return lines.join('\n');
}
