import { describe, expect, it } from 'vitest';
import { simulate } from './index.js';

describe('simulate', () => {
  it('replays the same year from the same seed', async () => {
    const a = await simulate({ complaints: 150, seed: 11 });
    const b = await simulate({ complaints: 150, seed: 11 });
    expect(a).toEqual(b);
    expect(await simulate({ complaints: 150, seed: 12 })).not.toEqual(a);
  });

  it('accounts for every complaint and lets the sweep act on its own', async () => {
    const report = await simulate({ complaints: 200, seed: 3 });
    expect(report.complaints).toBe(200);
    expect(Object.values(report.byChannel).reduce((sum, n) => sum + n, 0)).toBe(200);
    expect(report.stages.verification.entered).toBe(200);
    expect(report.autoResolved).toBeGreaterThan(0);
    expect(report.stillOpen).toBe(0);
    for (const count of [...Object.values(report.stages), ...Object.values(report.units)]) {
      expect(count.onTime).toBeLessThanOrEqual(count.entered);
    }
  });

  it('shows slow units missing deadlines and being escalated', async () => {
    const units = [
      { id: 'cepat', categories: ['administrasi kependudukan'], medianResponseDays: 1 },
      { id: 'lambat', categories: ['infrastruktur'], medianResponseDays: 30 },
    ];
    const report = await simulate({ complaints: 150, seed: 5, units });
    expect(report.units['lambat']!.rate).toBeLessThan(report.units['cepat']!.rate);
    expect(report.escalations.total).toBeGreaterThan(0);
    expect(report.warnings).toBeGreaterThan(0);
  });
});
