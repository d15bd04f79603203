import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { PEKALONGAN_DESK_HOURS } from '../calendar/office-hours.js';
import type { ComplaintContext } from '@aduan/spec';
import { createSlaPolicy } from './create-sla-policy.js';
import { laporSlaPolicy, pekalonganSlaPolicy } from './presets.js';
import type { SlaPolicyInput } from './sla-policy-schema.js';

const calendar = createWorkingCalendar();
const wib = (dateTime: string) => new Date(`${dateTime}+07:00`);
const context = { classification: 'pengaduan', tier: null, escalationLevel: 0 } as unknown as ComplaintContext;

const invalid = (change: (policy: SlaPolicyInput) => SlaPolicyInput) => () =>
  createSlaPolicy(change(structuredClone(laporSlaPolicy)), calendar);
const withIssue = (path: string) =>
  expect.objectContaining({ code: 'invalid_config', issues: expect.arrayContaining([expect.objectContaining({ path })]) });

describe('createSlaPolicy', () => {
  it('accepts both presets and fills in the defaults', () => {
    const lapor = createSlaPolicy(laporSlaPolicy, calendar);
    expect(lapor.config.warnings).toEqual([0.5, 0.8]);
    expect(lapor.config.escalation.levels.map((level) => level.level)).toEqual([1, 2, 3]);
    expect(createSlaPolicy(pekalonganSlaPolicy, calendar).config.pauseWhile).toEqual(['needs_info', 'responded']);
  });

  it('names the bad path of an invalid policy', () => {
    expect(invalid((p) => ({ ...p, clocks: { ...p.clocks, verification: { amount: -1, unit: 'working_days' } } }))).toThrow(
      withIssue('clocks.verification.amount'),
    );
    expect(invalid((p) => ({ ...p, clocks: { ...p.clocks, followUp: { amount: 2.5, unit: 'working_days' } } }))).toThrow(
      withIssue('clocks.followUp.amount'),
    );
    expect(invalid((p) => ({ ...p, clocks: { ...p.clocks, resolution: { amount: 60, unit: 'fortnights' as 'calendar_days' } } }))).toThrow(
      withIssue('clocks.resolution.unit'),
    );
    expect(invalid((p) => ({ ...p, warnings: [0.8, 0.5] }))).toThrow(withIssue('warnings'));
    expect(invalid((p) => ({ ...p, warnings: [1] }))).toThrow(withIssue('warnings.0'));
    expect(invalid((p) => ({ ...p, overrides: { tier: { ringan: { resolution: { amount: 0, unit: 'working_days' } } } } }))).toThrow(
      withIssue('overrides.tier.ringan.resolution.amount'),
    );
    expect(
      invalid((p) => ({
        ...p,
        escalation: {
          levels: [
            { level: 2, label: { id: 'Koordinator' } },
            { level: 1, label: { id: 'Kepala unit' } },
          ],
          onMissed: { verification: 'notify', followUp: 'notify', resolution: 'notify' },
        },
      })),
    ).toThrow(withIssue('escalation.levels'));
  });

  it('refuses office-hour clocks on a calendar without office hours, and takes them on one that has them', async () => {
    const officeHourPolicy = (p: SlaPolicyInput): SlaPolicyInput => ({
      ...p,
      overrides: { classification: { permintaan_informasi: { followUp: { amount: 4, unit: 'office_hours' } } } },
    });
    expect(invalid(officeHourPolicy)).toThrow(withIssue('overrides.classification.permintaan_informasi.followUp.unit'));
    const desk = createWorkingCalendar({ officeHours: PEKALONGAN_DESK_HOURS });
    expect(() => createSlaPolicy(officeHourPolicy(laporSlaPolicy), desk)).not.toThrow();
  });

  it('sets the confirmation window in the policy’s unit', () => {
    // LAPOR!: 10 working days after a Friday 16:00 response is the end of Friday two weeks later.
    expect(createSlaPolicy(laporSlaPolicy, calendar).confirmationDeadline(wib('2025-07-11T16:00:00'), context)).toEqual(
      wib('2025-07-25T23:59:59.999'),
    );
    // Pekalongan: 10 calendar days, counted as whole days in WIB: the end of Monday 21 July.
    expect(createSlaPolicy(pekalonganSlaPolicy, calendar).confirmationDeadline(wib('2025-07-11T16:00:00'), context)).toEqual(
      wib('2025-07-21T23:59:59.999'),
    );
    expect(createSlaPolicy(pekalonganSlaPolicy, calendar).confirmationDeadline(wib('2025-07-11T00:00:00'), context)).toEqual(
      wib('2025-07-21T23:59:59.999'),
    );
  });

  it('refuses bookkeeping written by another deadline policy', () => {
    const policy = createSlaPolicy(laporSlaPolicy, calendar);
    expect(() => policy.dueAction({ deadline: null, dueAt: null }, context, new Date())).toThrow(
      expect.objectContaining({ code: 'rebuild_required', message: expect.stringContaining('desk.rebuild()') }),
    );
  });
});
