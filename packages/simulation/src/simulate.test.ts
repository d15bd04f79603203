import { createMemoryStore } from '@aduan/core';
import { InvalidConfigError } from '@aduan/spec';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
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

  it('counts complaints per state and every stage deadline as met or missed', async () => {
    const report = await simulate({ complaints: 120, seed: 8 });
    expect(Object.values(report.byStatus).reduce((sum, n) => sum + n, 0)).toBe(120);
    const stages = Object.values(report.stages);
    expect(report.deadlines.met).toBe(stages.reduce((sum, stage) => sum + stage.onTime, 0));
    expect(report.deadlines.met + report.deadlines.missed).toBe(stages.reduce((sum, stage) => sum + stage.entered, 0));
    expect(report.deadlines.missed).toBeGreaterThan(0);
  });

  it('writes the same year into a given store, which it leaves open and whose earlier complaints it leaves out of the report', async () => {
    const store = await createPGliteStore({});
    try {
      // A sweep twice a simulated day keeps the run on PGlite short.
      const options = { complaints: 25, seed: 21, days: 20, sweepEveryHours: 12 };
      const onMemory = await simulate(options);
      const days: number[] = [];
      const onPGlite = await simulate({ ...options, store, onProgress: (done) => void days.push(done) });
      expect(onPGlite).toEqual(onMemory);
      expect(days.at(-1)).toBe(20 + 90);
      expect(days).toEqual([...days].sort((a, b) => a - b));
      const stored = await store.doListStreams({ limit: 100 });
      expect(stored.ids).toHaveLength(25);
      for (const id of stored.ids) {
        const createdAt = Date.parse((await store.doLoadProjection(id))!.createdAt);
        expect(createdAt).toBeLessThan(Date.UTC(2026, 0, 21) - 7 * 60 * 60 * 1000);
      }

      const more = await simulate({ complaints: 5, seed: 22, days: 5, sweepEveryHours: 24, store });
      expect(more.complaints).toBe(5);
      expect((await store.doListStreams({ limit: 100 })).ids).toHaveLength(30);
    } finally {
      await store.close();
    }
  }, 180_000);

  it('refuses a number of days outside the year', async () => {
    await expect(simulate({ days: 0, store: createMemoryStore() })).rejects.toThrow(InvalidConfigError);
    await expect(simulate({ days: 367 })).rejects.toThrow(/days: must be a whole number from 1 to 366, got 367/);
  });
});
