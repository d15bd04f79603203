import { createMemoryStore } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { ForbiddenError, InvalidInputError } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, coordinator, officerOf, playHandWorkedHistory } from './__fixtures__/hand-worked-history.js';
import { createEventSource, createReports, type KpiReport, type KpiRow } from './index.js';

const PERIOD = { from: '2026-03-01', to: '2026-05-01', asOf: AS_OF } as const;
const store = createMemoryStore();
beforeAll(async () => {
  await playHandWorkedHistory(store);
});

const reports = (options: Partial<Parameters<typeof createReports>[0]> = {}) =>
  createReports({ source: createEventSource(store), clock: createVirtualClock('2026-04-10T10:00:00.000Z'), ...options });
const groupOf = (report: KpiReport, key: string | null): KpiRow => {
  const row = report.groups.find((group) => group.key === key);
  if (!row) throw new Error(`no group ${key}`);
  return row;
};

describe('KPIs of a hand-worked history around Idul Fitri 2026', () => {
  // In the period (1 Mar – 1 May) and received by the report instant (Fri 10 Apr 17:00 WIB): A, B, C, D, E, F.
  // G came in February, H after the report instant.
  it('counts every figure as worked out by hand, with holidays and cuti bersama outside the working days', async () => {
    const { total } = await reports().kpis(coordinator, PERIOD);
    const f = total.figures;
    expect(f.received.value).toBe(6);
    // Verified: A 1 HK (17), B 1 HK (25: 18 cuti, 19 Nyepi, 20 cuti, 23–24 cuti), C 2 HK (25, 26), D 1 HK (31). All ≤ 3.
    expect(f.verifiedOnTime).toMatchObject({ numerator: 4, denominator: 4, value: 1 });
    // Only C was asked for data: asked Fri 20 (cuti), given Wed 25 → 1 HK.
    expect(f.onHold).toMatchObject({ numerator: 1, denominator: 6 });
    expect(f.daysToData).toMatchObject({ count: 1, mean: 1, median: 1 });
    expect(f.disposed).toMatchObject({ numerator: 4, denominator: 6 });
    // Answered: A, B and C (all disposed); D never.
    expect(f.followedUpOfDisposed).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
    expect(f.followedUpOfReceived).toMatchObject({ numerator: 3, denominator: 6, value: 0.5 });
    // Resolved: A (confirmed) and C (resolved by the coordinator).
    expect(f.resolvedOfDisposed).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(f.resolvedOfReceived).toMatchObject({ numerator: 2, denominator: 6 });
    // First answers after the last disposition before them: A 3 HK (17 → 27 Mar), B 8 HK (27 Mar → 9 Apr), C 2 HK (26 → 30 Mar).
    expect(f.daysToFirstAnswer).toMatchObject({ count: 3, mean: 13 / 3, median: 3 });
    expect(f.answeredOnTime).toMatchObject({ numerator: 2, denominator: 3 });
    // Within Lapor Ajib's 14 HK: A 5 HK (17, 25, 26, 27, 30), C 5 HK (25, 26, 27, 30, 31).
    expect(f.resolvedWithinBudget).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
    // Open at the report instant: B (answered, waiting for the resident) 12 HK old, D (disposed) 8 HK old; E rejected, F handed over.
    expect(f.open.value).toBe(2);
    expect([f.openAge0to3.value, f.openAge4to5.value, f.openAge6to10.value, f.openAge11to14.value, f.openAgeOver14.value]).toEqual([
      0, 0, 1, 1, 0,
    ]);
    // The sweep recorded B's and D's lapsed follow-ups; B answered afterwards, D did not.
    expect([f.overdue.value, f.overdueVerification.value, f.overdueFollowUp.value, f.overdueResolution.value]).toEqual([1, 0, 1, 0]);
    expect(f.returned).toMatchObject({ numerator: 1, denominator: 6 });
    expect(f.handedOver).toMatchObject({ numerator: 1, denominator: 6 });
    expect(f.reopened).toMatchObject({ numerator: 1, denominator: 3 });
    // Answers to "Sudah beres?": A fixed (5), C not fixed (2, then a rating of 3 without an answer to "fixed").
    expect(f.satisfactionResponse).toMatchObject({ numerator: 2, denominator: 3 });
    expect(f.satisfactionFixed).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(f.satisfactionRating).toMatchObject({ count: 2, value: 4 });
    // The last unit action: DPUPR's answer to B on Thu 9 Apr, 1 HK before Fri 10 Apr.
    expect(f.lastUnitAction).toMatchObject({ at: '2026-04-09T03:00:00.000Z', workingDaysSince: 1 });
  });

  it('groups by the unit of the latest disposition, and the groups add up to the total', async () => {
    const report = await reports({ unitNames: { dpupr: 'Dinas Pekerjaan Umum dan Penataan Ruang' } }).kpis(coordinator, {
      ...PERIOD,
      groupBy: 'unit',
    });
    expect(report.groups.map((group) => [group.key, group.label, group.figures.received.value])).toEqual([
      ['dpupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 2],
      ['dinsos', 'dinsos', 1],
      ['dlh', 'dlh', 1],
      [null, 'Belum didisposisikan', 2],
    ]);
    const dpupr = groupOf(report, 'dpupr').figures;
    // A and B; B was returned by Disdukcapil, then answered late by DPUPR.
    expect(dpupr.daysToFirstAnswer).toMatchObject({ count: 2, mean: 5.5, median: 5.5 });
    expect(dpupr.answeredOnTime).toMatchObject({ numerator: 1, denominator: 2 });
    expect(dpupr.returned).toMatchObject({ numerator: 1, denominator: 2 });
    expect(dpupr.openAge11to14.value).toBe(1);
    expect(groupOf(report, 'dinsos').figures.overdueFollowUp.value).toBe(1);
    expect(groupOf(report, 'dinsos').figures.lastUnitAction).toMatchObject({ at: null, workingDaysSince: null });
    expect(groupOf(report, null).figures.handedOver.numerator).toBe(1);
  });

  it('groups by month, channel, category and kelurahan as labelled in Bahasa Indonesia', async () => {
    const byMonth = await reports().kpis(coordinator, { ...PERIOD, groupBy: 'month' });
    expect(byMonth.groups.map((group) => [group.label, group.figures.received.value])).toEqual([
      ['Maret 2026', 4],
      ['April 2026', 2],
    ]);
    const byChannel = await reports().kpis(coordinator, { ...PERIOD, groupBy: 'channel' });
    expect(Object.fromEntries(byChannel.groups.map((group) => [group.label, group.figures.received.value]))).toEqual({
      'SP4N-LAPOR!': 1,
      'WhatsApp (Lapor Ajib)': 2,
      'Situs web': 1,
      SMS: 1,
      'Tatap muka': 1,
    });
    const byCategory = await reports().kpis(coordinator, { ...PERIOD, groupBy: 'category' });
    // C got its category at verification; E came without one.
    expect(Object.fromEntries(byCategory.groups.map((group) => [group.label, group.figures.received.value]))).toEqual({
      'bantuan sosial': 1,
      drainase: 1,
      infrastruktur: 2,
      sampah: 1,
      'Tanpa kategori': 1,
    });
    const byKelurahan = await reports().kpis(coordinator, { ...PERIOD, groupBy: 'kelurahan' });
    expect(byKelurahan.groups.map((group) => [group.key, group.figures.received.value])).toEqual([
      ['Podosugih', 1],
      [null, 5],
    ]);
  });

  it('counts cuti bersama as working days when the city works through them', async () => {
    const calendar = createWorkingCalendar({ cutiBersama: 'working_day' });
    const { total } = await reports({ calendar }).kpis(coordinator, PERIOD);
    // Verified: B 20 (cuti), 23, 24, 25 → 4 HK and C 20, 23, 24, 25, 26 → 5 HK, both late; A and D 1 HK.
    // Answers: A 18, 20, 23, 24, 25, 26, 27 → 7 HK, late; B 8 HK; C 27, 30 → 2 HK.
    expect(total.figures.verifiedOnTime).toMatchObject({ numerator: 2, denominator: 4 });
    expect(total.figures.daysToFirstAnswer.median).toBe(7);
    expect(total.figures.answeredOnTime).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('measures at an earlier instant from the events up to then', async () => {
    // Tue 31 Mar 09:30: C is answered again but not yet resolved; D verified, not yet disposed; E and F not received.
    const { total } = await reports().kpis(coordinator, { from: '2026-03-01', to: '2026-05-01', asOf: '2026-03-31T09:30:00+07:00' });
    expect(total.figures.received.value).toBe(4);
    expect(total.figures.resolvedOfReceived).toMatchObject({ numerator: 1, denominator: 4 });
    expect(total.figures.open.value).toBe(3);
    expect(total.figures.overdue.value).toBe(0);
  });

  it('applies a 60-calendar-day budget under Perpres 76/2013', async () => {
    const { total, resolutionBudget } = await reports({ resolutionBudget: { amount: 60, unit: 'calendar_days' } }).kpis(
      coordinator,
      PERIOD,
    );
    expect(resolutionBudget).toEqual({ amount: 60, unit: 'calendar_days' });
    expect(total.figures.resolvedWithinBudget).toMatchObject({ numerator: 2, denominator: 2 });
    const tight = await reports({ resolutionBudget: { amount: 13, unit: 'calendar_days' } }).kpis(coordinator, PERIOD);
    // A: 16 → 30 Mar is 14 calendar days, C: 19 → 31 Mar is 12.
    expect(tight.total.figures.resolvedWithinBudget).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('who reads which figures', () => {
  it("limits a unit officer to its unit's complaints", async () => {
    const report = await reports().kpis(officerOf('dpupr'), { ...PERIOD, groupBy: 'channel' });
    expect(report.unitId).toBe('dpupr');
    expect(report.total.figures.received.value).toBe(2);
    expect(report.groups.map((group) => group.key).sort()).toEqual(['lapor', 'whatsapp']);
  });

  it('limits the head of a unit to the unit, and lets auditors and city-wide supervisors read it all', async () => {
    const head = await reports().kpis({ id: 'kepala-dlh', role: 'supervisor', unitId: 'dlh' }, PERIOD);
    expect(head.total.figures.received.value).toBe(1);
    for (const actor of [
      { id: 'inspektorat', role: 'auditor' },
      { id: 'sekda', role: 'supervisor' },
    ] as const) {
      expect((await reports().kpis(actor, PERIOD)).total.figures.received.value).toBe(6);
    }
  });

  it('refuses residents, and unit officers without a unit', async () => {
    const resident = { id: 'warga-1', role: 'complainant' } as const;
    await expect(reports().kpis(resident, PERIOD)).rejects.toSatisfy(ForbiddenError.isInstance);
    await expect(reports().kpis({ id: 'x', role: 'unit_officer' }, PERIOD)).rejects.toSatisfy(ForbiddenError.isInstance);
  });
});

describe('bad periods', () => {
  it('names every bad field', async () => {
    const error = await reports()
      .kpis(coordinator, { from: '2026-02-30', to: '2026-03-01T00:00:00', groupBy: 'opd' as 'unit' })
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual(['from', 'to', 'groupBy']);
  });

  it('refuses a period that ends before it starts, an instant before it, and more than 20 years', async () => {
    const paths = async (query: Parameters<ReturnType<typeof reports>['kpis']>[1]) => {
      const error = (await reports()
        .kpis(coordinator, query)
        .catch((caught: unknown) => caught)) as InvalidInputError;
      return error.issues.map((issue) => issue.path);
    };
    expect(await paths({ from: '2026-04-01', to: '2026-03-01' })).toEqual(['to']);
    expect(await paths({ from: '2026-04-01', to: '2026-05-01', asOf: '2026-03-31' })).toEqual(['asOf']);
    expect(await paths({ from: '2000-01-01', to: '2030-01-01' })).toEqual(['to']);
  });

  it('warns of years the calendar has no holidays for', async () => {
    const report = await reports().kpis(coordinator, { from: '2026-03-01', to: '2030-01-01', asOf: '2029-06-01' });
    expect(report.uncoveredYears).toEqual([2028, 2029]);
  });
});
