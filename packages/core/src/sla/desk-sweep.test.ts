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
    expect(history.slice(1).map((event) => event.payload)).toEqual([{ stage: 'verification', fraction: 0.8, dueAt: wib('2025-04-10T23:59:59.999') }]);
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
