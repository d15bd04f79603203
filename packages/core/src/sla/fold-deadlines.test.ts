import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { createStream, replayDeadlines } from './__fixtures__/complaint-stream.js';
import type { SlaDeadlineState } from './deadline-state.js';
import { createSlaPolicy } from './create-sla-policy.js';
import { laporSlaPolicy, pekalonganSlaPolicy } from './presets.js';

const calendar = createWorkingCalendar();
const lapor = createSlaPolicy(laporSlaPolicy, calendar);
const pekalongan = createSlaPolicy(pekalonganSlaPolicy, calendar);
const wib = (dateTime: string) => new Date(`${dateTime}+07:00`);
const iso = (dateTime: string) => wib(dateTime).toISOString();

describe('SLA fold: LAPOR! preset around Idul Fitri 2025', () => {
  // Received Thursday 27 March 16:00; nothing counts until Tuesday 8 April (Nyepi, Idul Fitri, cuti bersama).
  const receivedAt = wib('2025-03-27T16:00:00');

  it('warns at half and 80 % of the 3 verification days, then records the lapse', () => {
    const stream = createStream(lapor, receivedAt);
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'verification.warning', dueAt: iso('2025-04-09T12:00:00') });
    expect(stream.state().deadlines.pending).toMatchObject({ fraction: 0.5, stageDueAt: iso('2025-04-10T23:59:59.999') });
    expect(lapor.dueAction(stream.state().deadlines, stream.state().context, new Date(stream.state().deadlines.deadline!.dueAt))).toEqual({
      type: 'announce_approaching',
      event: {
        type: 'complaint-deadline-approaching',
        payload: { stage: 'verification', fraction: 0.5, dueAt: iso('2025-04-10T23:59:59.999') },
      },
    });

    stream.announce('complaint-deadline-approaching', wib('2025-04-09T12:00:05'), {
      stage: 'verification',
      fraction: 0.5,
      dueAt: iso('2025-04-10T23:59:59.999'),
    });
    // 2.4 of 3 working days: 09:36 on the third day.
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'verification.warning', dueAt: iso('2025-04-10T09:36:00') });

    stream.announce('complaint-deadline-approaching', wib('2025-04-10T09:36:05'), {
      stage: 'verification',
      fraction: 0.8,
      dueAt: iso('2025-04-10T23:59:59.999'),
    });
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'verification.missed', dueAt: iso('2025-04-10T23:59:59.999') });
    expect(lapor.dueAction(stream.state().deadlines, stream.state().context, new Date(stream.state().deadlines.deadline!.dueAt))).toEqual({
      type: 'record_missed',
      event: { type: 'complaint-deadline-missed', payload: { stage: 'verification', dueAt: iso('2025-04-10T23:59:59.999') } },
      escalateTo: { level: 1, label: { id: 'Kepala unit', en: 'Unit head' } },
    });

    stream.announce('complaint-deadline-missed', wib('2025-04-11T00:00:05'), {
      stage: 'verification',
      dueAt: iso('2025-04-10T23:59:59.999'),
    });
    // Only the 60-calendar-day resolution clock is left: counted in whole days from 28 March, its
    // first warning is at the end of day 30 (Saturday 26 April).
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'resolution.warning', dueAt: iso('2025-04-26T23:59:59.999') });
  });

  it('hands over to the 5-day follow-up clock on disposition', () => {
    const stream = createStream(lapor, receivedAt);
    stream.apply('complaint-verified', wib('2025-04-08T09:00:00'));
    stream.apply('complaint-disposed', wib('2025-04-09T10:00:00'));
    // Counted from Thursday 10 April: 2.5 working days is Monday 14 April 12:00.
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'followUp.warning', dueAt: iso('2025-04-14T12:00:00') });
    expect(stream.state().deadlines.pending).toMatchObject({ stageDueAt: iso('2025-04-16T23:59:59.999') });
  });

  it('gives a new unit its full follow-up time, and an escalation ends the stage clock', () => {
    const stream = createStream(lapor, receivedAt);
    stream.apply('complaint-verified', wib('2025-04-08T09:00:00'));
    stream.apply('complaint-disposed', wib('2025-04-08T10:00:00'));
    stream.apply('complaint-disposed', wib('2025-04-14T10:00:00'));
    // Five working days from Tuesday 15 April, skipping Good Friday (18 April).
    expect(stream.state().deadlines.pending).toMatchObject({ kind: 'followUp.warning', stageDueAt: iso('2025-04-22T23:59:59.999') });
    stream.apply('complaint-escalated', wib('2025-04-15T10:00:00'));
    expect(stream.state().deadlines.deadline?.kind).toBe('resolution.warning');
  });
});

describe('SLA fold: pauses while waiting on the complainant', () => {
  it('stops the verification clock in needs_info and offers only the archive deadline', () => {
    const stream = createStream(lapor, wib('2025-07-07T09:00:00'));
    expect(stream.state().deadlines.pending).toMatchObject({ stageDueAt: iso('2025-07-10T23:59:59.999') });
    stream.apply('complaint-info-requested', wib('2025-07-07T11:00:00'));
    // The 10-day missing-data window ends at the end of its 10th day in WIB.
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'needsInfo', dueAt: iso('2025-07-17T23:59:59.999') });
    expect(lapor.dueAction(stream.state().deadlines, stream.state().context, new Date(stream.state().deadlines.deadline!.dueAt))).toEqual({
      type: 'archive_incomplete',
      dueAt: iso('2025-07-17T23:59:59.999'),
    });

    // Paused Monday 11:00 to Wednesday 09:00: Tuesday and Wednesday morning are not counted.
    stream.apply('complaint-info-provided', wib('2025-07-09T09:00:00'));
    expect(stream.state().deadlines.pending).toMatchObject({ kind: 'verification.warning', stageDueAt: iso('2025-07-14T23:59:59.999') });
  });

  it('clears everything when the complaint is archived', () => {
    const stream = createStream(lapor, wib('2025-07-07T09:00:00'));
    stream.apply('complaint-info-requested', wib('2025-07-07T11:00:00'));
    stream.apply('complaint-rejected', wib('2025-07-17T11:00:05'));
    expect(stream.state().deadlines).toMatchObject({ deadline: null, dueAt: null, pending: null });
    // Every clock ended with the complaint, kept to show how each stage went.
    const clocks = Object.values((stream.state().deadlines as SlaDeadlineState).clocks);
    expect(clocks.map((clock) => clock?.endedAt)).toEqual(clocks.map(() => iso('2025-07-17T11:00:05')));
  });

  it('stands Pekalongan’s resolution clock still during the confirmation window', () => {
    const stream = createStream(pekalongan, wib('2025-07-07T09:00:00'));
    stream.apply('complaint-verified', wib('2025-07-07T10:00:00'));
    stream.apply('complaint-disposed', wib('2025-07-07T11:00:00'));
    stream.apply('complaint-responded', wib('2025-07-08T11:00:00'));
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'confirmation', dueAt: iso('2025-07-18T23:59:59.999') });
    expect(
      pekalongan.dueAction(stream.state().deadlines, stream.state().context, new Date(stream.state().deadlines.deadline!.dueAt)),
    ).toEqual({
      type: 'resolve_by_silence',
      dueAt: iso('2025-07-18T23:59:59.999'),
    });

    // Reopened: the unit gets a fresh follow-up clock and the resolution clock runs again.
    stream.apply('complaint-reopened', wib('2025-07-10T08:00:00'));
    expect(stream.state().deadlines.clocks).toMatchObject({
      resolution: { runningSince: iso('2025-07-10T08:00:00') },
      followUp: { startedAt: iso('2025-07-10T08:00:00') },
    });
  });
});

describe('SLA fold: overrides and replay', () => {
  it('re-times the complaint when verification sets a tier', () => {
    const stream = createStream(pekalongan, wib('2025-07-07T09:00:00'));
    stream.apply('complaint-verified', wib('2025-07-07T10:00:00'), { tier: 'ringan' });
    // Ringan: resolved within 2 working days (Tuesday and Wednesday); half of it ends Tuesday.
    expect(stream.state().deadlines.deadline).toEqual({ kind: 'resolution.warning', dueAt: iso('2025-07-08T23:59:59.999') });
    expect(stream.state().deadlines.pending).toMatchObject({ stageDueAt: iso('2025-07-09T23:59:59.999') });
  });

  it('escalates to the next level above the current one, and only records at the top of the chain', () => {
    const stream = createStream(lapor, wib('2025-07-07T09:00:00'));
    stream.apply('complaint-escalated', wib('2025-07-07T10:00:00'), { level: 3 });
    stream.apply('complaint-disposed', wib('2025-07-07T11:00:00'));
    stream.announce('complaint-deadline-approaching', wib('2025-07-14T00:00:00'), {
      stage: 'followUp',
      fraction: 0.8,
      dueAt: iso('2025-07-14T23:59:59.999'),
    });
    expect(
      lapor.dueAction(stream.state().deadlines, stream.state().context, new Date(stream.state().deadlines.deadline!.dueAt)),
    ).toMatchObject({ type: 'record_missed', escalateTo: null });
  });

  it('replays to the very same JSON', () => {
    const stream = createStream(lapor, wib('2025-03-27T16:00:00'));
    stream.apply('complaint-info-requested', wib('2025-03-27T17:00:00'));
    stream.apply('complaint-info-provided', wib('2025-04-09T08:00:00'));
    stream.apply('complaint-verified', wib('2025-04-09T09:00:00'));
    stream.apply('complaint-disposed', wib('2025-04-10T09:00:00'));
    stream.announce('complaint-deadline-approaching', wib('2025-04-14T12:00:00'), {
      stage: 'followUp',
      fraction: 0.5,
      dueAt: iso('2025-04-17T23:59:59.999'),
    });
    stream.apply('complaint-responded', wib('2025-04-15T09:00:00'));
    const replayed = replayDeadlines(lapor, stream.events);
    expect(replayed).toEqual(stream.state().deadlines);
    expect(JSON.parse(JSON.stringify(replayed))).toEqual(replayed);
  });
});
