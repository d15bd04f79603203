import { simulate } from '@aduan/simulation';
import { describe, expect, it } from 'vitest';
import { formatReport } from './format-report.js';

describe('simulation example', () => {
  it('reports a smaller year in plain text with every stage and unit', async () => {
    const report = await simulate({ complaints: 120, seed: 7 });
    const text = formatReport(report, 'pekalongan');
    expect(text).toContain('120 complaints');
    for (const stage of ['verification', 'followUp', 'resolution']) expect(text).toContain(stage);
    for (const unit of Object.keys(report.units)) expect(text).toContain(unit);
  });
});
