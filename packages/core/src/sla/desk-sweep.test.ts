import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { coordinator, createHarness, fileComplaint, walkTo } from '../test-support/harness.js';
import { createSlaPolicy } from './create-sla-policy.js';
import { laporSlaPolicy, pekalonganSlaPolicy } from './presets.js';

const calendar = createWorkingCalendar();
const wib = (dateTime: string) => new Date(`${dateTime}+07:00`).toISOString();

/** The desk, its sweep and the SLA policy together, on a virtual clock. */
describe('SLA policy on the desk', () => {
  it('warns, records the lapse and escalates one level, each when due', async () => {
    const { desk, clock } = createHarness({ deadlines: createSlaPolicy(laporSlaPolicy, calendar) });
    clock.set(wib('2025-03-27T16:00:00'));
    const complaintId = await fileComplaint(desk);

    expect((await desk.sweep({ now: new Date(wib('2025-04-09T11:59:59')) })).acted).toBe(0);
    expect((await desk.sweep({ now: new Date(wib('2025-04-09T12:00:00')) })).byAction).toEqual({ announce_approaching: 1 });
    // A day late: the 80 % warning's moment has passed with the stage itself, so only the lapse
    // (and its escalation) is announced.
    expect((await desk.sweep({ now: new Date(wib('2025-04-11T08:00:00')) })).byAction).toEqual({ record_missed: 1 });
    expect((await desk.sweep({ now: new Date(wib('2025-04-11T08:00:00')) })).acted).toBe(0);

    const history = await desk.history(coordinator, complaintId);
    expect(history.slice(1).map((event) => [event.type, event.payload])).toEqual([
      ['complaint-deadline-approaching', { stage: 'verification', fraction: 0.5, dueAt: wib('2025-04-10T23:59:59.999') }],
      ['complaint-deadline-missed', { stage: 'verification', dueAt: wib('2025-04-10T23:59:59.999') }],
      ['complaint-escalated', expect.objectContaining({ level: 1 })],
    ]);
    const view = await desk.get(coordinator, complaintId);
    expect(view).toMatchObject({ status: 'escalated', escalationLevel: 1 });
  });

  it('announces only the latest warning reached when a sweep runs late but before the lapse', async () => {
    const { desk, clock } = createHarness({ deadlines: createSlaPolicy(laporSlaPolicy, calendar) });
    clock.set(wib('2025-03-27T16:00:00'));
    const complaintId = await fileComplaint(desk);

    // Past the 80 % moment (10 April 09:36), before the lapse (end of 10 April).
    expect((await desk.sweep({ now: new Date(wib('2025-04-10T12:00:00')) })).byAction).toEqual({ announce_approaching: 1 });

    const history = await desk.history(coordinator, complaintId);
    expect(history.slice(1).map((event) => event.payload)).toEqual([
      { stage: 'verification', fraction: 0.8, dueAt: wib('2025-04-10T23:59:59.999') },
    ]);
  });

  it('gives a complaint escalated before verification a verification clock when the data it was sent for arrives', async () => {
    const { desk, clock } = createHarness({ deadlines: createSlaPolicy(laporSlaPolicy, calendar) });
    clock.set(wib('2025-07-07T09:00:00'));
    const complaintId = await fileComplaint(desk);
    await desk.sweep({ now: new Date(wib('2025-07-11T08:00:00')) });
    expect(await desk.get(coordinator, complaintId)).toMatchObject({ status: 'escalated', escalationLevel: 1 });

    clock.set(wib('2025-07-11T09:00:00'));
    await desk.requestInfo(coordinator, { complaintId, message: 'Mohon kirim alamat lengkap.' });
    clock.set(wib('2025-07-14T10:00:00'));
    await desk.provideInfo(coordinator, { complaintId, message: 'Jl. Merdeka 1, depan pasar.' });

    const view = await desk.get(coordinator, complaintId);
    expect(view.status).toBe('received');
    // A fresh 3 working days from Monday 14 July: due at the end of Thursday 17 July.
    expect(view.clocks.find((entry) => entry.stage === 'verification')).toMatchObject({
      state: 'running',
      startedAt: wib('2025-07-14T10:00:00'),
      dueAt: wib('2025-07-17T23:59:59.999'),
    });
    expect(view.dueAt).toBe(wib('2025-07-17T23:59:59.999'));
    expect((await desk.sweep({ now: new Date(wib('2025-07-18T08:00:00')) })).byAction).toEqual({ record_missed: 1 });
  });

  it('expects a complaint done when its resolution stage is due, never at the sweep’s next internal act', async () => {
    const { desk, clock } = createHarness({ deadlines: createSlaPolicy(laporSlaPolicy, calendar) });
    clock.set(wib('2025-07-07T09:00:00'));
    const complaintId = await fileComplaint(desk);
    const view = await desk.get(coordinator, complaintId);

    // The sweep's next act is the first verification warning; the resolution stage (60 calendar
    // days) ends at the end of 5 September 2025 in WIB.
    expect(view.deadline).toEqual({ kind: 'verification.warning', dueAt: wib('2025-07-09T12:00:00') });
    expect(view.expectedResolutionAt).toBe(wib('2025-09-05T23:59:59.999'));
    expect((await desk.track(view.trackingNumber)).expectedResolutionAt).toBe(wib('2025-09-05T23:59:59.999'));
    expect(view.dueAt).toBe(wib('2025-07-10T23:59:59.999'));
    expect(view.clocks.map((entry) => [entry.stage, entry.state, entry.dueAt, entry.label.id])).toEqual([
      ['verification', 'running', wib('2025-07-10T23:59:59.999'), 'Verifikasi dan disposisi'],
      ['resolution', 'running', wib('2025-09-05T23:59:59.999'), 'Penyelesaian'],
    ]);

    clock.set(wib('2025-07-08T09:00:00'));
    await walkTo(desk, complaintId, 'responded');
    const answered = await desk.get(coordinator, complaintId);
    expect(answered.clocks.map((entry) => [entry.stage, entry.state])).toEqual([
      ['verification', 'met'],
      ['followUp', 'met'],
      ['resolution', 'running'],
      ['confirmation', 'running'],
    ]);
  });

  it('resolves by silence after Pekalongan’s 10 calendar days, at the end of the 10th day in WIB', async () => {
    const { desk, clock } = createHarness({ deadlines: createSlaPolicy(pekalonganSlaPolicy, calendar) });
    clock.set(wib('2025-07-07T09:00:00'));
    const complaintId = await fileComplaint(desk);
    await walkTo(desk, complaintId, 'responded');

    expect((await desk.sweep({ now: new Date(wib('2025-07-17T23:59:59.998')) })).acted).toBe(0);
    expect((await desk.sweep({ now: new Date(wib('2025-07-17T23:59:59.999')) })).byAction).toEqual({ resolve_by_silence: 1 });
    expect(await desk.get(coordinator, complaintId)).toMatchObject({ status: 'resolved' });
  });

  it('archives a complaint whose data never came', async () => {
    const { desk, clock } = createHarness({ deadlines: createSlaPolicy(pekalonganSlaPolicy, calendar) });
    clock.set(wib('2025-07-07T09:00:00'));
    const complaintId = await fileComplaint(desk);
    await desk.requestInfo(coordinator, { complaintId, message: 'Mohon kirim foto lokasi.' });

    expect((await desk.sweep({ now: new Date(wib('2025-07-17T23:59:59.998')) })).acted).toBe(0);
    expect((await desk.sweep({ now: new Date(wib('2025-07-17T23:59:59.999')) })).byAction).toEqual({ archive_incomplete: 1 });
    expect(await desk.get(coordinator, complaintId)).toMatchObject({ status: 'rejected' });
  });
});
