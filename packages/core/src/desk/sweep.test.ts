import type { DeadlinePolicyV1 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { createDesk, createMemoryStore, SWEEP_ACTOR, type Desk } from '../index.js';
import { createConfirmationOnlyPolicy } from '../sla/index.js';
import { createTestClock } from '../test-support/harness.js';

/** Monday 5 January 2026, 08:00 WIB. */
const createVirtualClock = () => createTestClock('2026-01-05T01:00:00.000Z');

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const officer = { id: 'penghubung', role: 'unit_officer' as const, unitId: 'dpupr' };
const DAY = 24 * 60 * 60 * 1000;

async function respondedComplaint(desk: Desk): Promise<string> {
  const { complaint } = await desk.receive(coordinator, {
    channel: 'web',
    title: 'Trotoar rusak',
    description: 'Paving lepas di Jl. Merdeka',
  });
  await desk.verify(coordinator, { complaintId: complaint.id });
  await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
  await desk.respond(officer, { complaintId: complaint.id, message: 'Paving sudah dipasang kembali.' });
  return complaint.id;
}

describe('desk.sweep (confirmation window without an SLA policy)', () => {
  it('resolves a complaint the complainant left unanswered, by the system actor, once', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const desk = createDesk({ store, clock });
    const id = await respondedComplaint(desk);
    // Responded Monday 5 January: the 10-day window ends at 23:59:59.999 WIB on Thursday 15 January.
    clock.set('2026-01-15T16:59:59.998Z');
    expect((await desk.sweep()).acted).toBe(0);
    clock.advance(1);
    expect(await desk.sweep()).toMatchObject({ acted: 1, byAction: { resolve_by_silence: 1 }, failed: [] });
    expect(await desk.sweep()).toMatchObject({ acted: 0, skipped: 0 });
    const history = await desk.history(coordinator, id);
    expect(history.at(-1)).toMatchObject({ type: 'complaint-resolved', actor: SWEEP_ACTOR, payload: { cause: 'silence' } });
    expect((await desk.get(coordinator, id)).status).toBe('resolved');
    expect(await desk.verifyHistory(id)).toMatchObject({ ok: true });
  });

  it('shows the confirmation window as the only clock, and expects no resolution date', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const desk = createDesk({ store, clock });
    const id = await respondedComplaint(desk);
    clock.set('2026-01-10T01:00:00.000Z');

    const view = await desk.get(coordinator, id);

    expect(view.clocks).toEqual([
      {
        stage: 'confirmation',
        label: { id: 'Konfirmasi pelapor', en: 'Complainant confirmation' },
        state: 'running',
        startedAt: '2026-01-05T01:00:00.000Z',
        dueAt: '2026-01-15T16:59:59.999Z',
        budget: { amount: 10, unit: 'calendar_days' },
        // Five days into a window that runs from 08:00 WIB on 5 January to the end of 15 January.
        usedFraction: (5 * 24) / (10 * 24 + 16),
      },
    ]);
    expect(view.expectedResolutionAt).toBeNull();
    expect(view.dueAt).toBeNull();
  });

  it('loses no deadline across a restart: a new desk on the same store fires it', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const id = await respondedComplaint(createDesk({ store, clock }));
    clock.advance(11 * DAY);
    const restarted = createDesk({ store, clock });
    expect((await restarted.sweep()).acted).toBe(1);
    expect((await restarted.get(coordinator, id)).status).toBe('resolved');
  });

  it('fires each deadline once when two desks sweep the same store at once', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const first = createDesk({ store, clock });
    const second = createDesk({ store, clock });
    const ids = [];
    for (let i = 0; i < 25; i++) ids.push(await respondedComplaint(first));
    clock.advance(11 * DAY);
    const [a, b] = await Promise.all([first.sweep({ batchSize: 4 }), second.sweep({ batchSize: 4 })]);
    expect(a.acted + b.acted).toBe(25);
    const resolvedEvents = store.contents().events.filter((e) => e.type === 'complaint-resolved');
    expect(resolvedEvents).toHaveLength(25);
    expect(new Set(resolvedEvents.map((e) => e.complaintId)).size).toBe(25);
  });

  it('does not act on a complaint the complainant answered in time', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const desk = createDesk({ store, clock });
    const id = await respondedComplaint(desk);
    clock.advance(3 * DAY);
    await desk.reopen(coordinator, { complaintId: id, reason: 'Masih ada paving yang lepas.' });
    clock.advance(30 * DAY);
    expect((await desk.sweep()).acted).toBe(0);
    expect((await desk.get(coordinator, id)).status).toBe('disposed');
  });

  it('sweeps on a schedule until stopped', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const desk = createDesk({ store, clock });
    const id = await respondedComplaint(desk);
    clock.advance(11 * DAY);
    const reports: number[] = [];
    const scheduler = desk.startScheduler({ intervalMs: 5, onSweep: (report) => reports.push(report.acted) });
    await new Promise((resolve) => setTimeout(resolve, 60));
    await scheduler.stop();
    expect(reports[0]).toBe(1);
    expect(reports.slice(1).every((acted) => acted === 0)).toBe(true);
    expect((await desk.get(coordinator, id)).status).toBe('resolved');
  });
});

describe('desk.sweep with a policy that never lets a complaint stop being due', () => {
  /** Re-arms the deadline at every event's own time and always finds a warning to give. */
  const restless: DeadlinePolicyV1 = {
    ...createConfirmationOnlyPolicy(),
    advance: (_previous, event) => ({ deadline: { kind: 'restless', dueAt: event.at }, dueAt: null }),
    dueAction: (state) => ({
      type: 'announce_approaching',
      event: { type: 'complaint-deadline-approaching', payload: { stage: 'verification', fraction: 0.5, dueAt: state.deadline!.dueAt } },
    }),
  };

  it('stops catching a complaint up after a bounded number of acts and reports it as failed', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const desk = createDesk({ store, clock, deadlines: restless });
    const { complaint } = await desk.receive(coordinator, { channel: 'web', title: 'Lampu mati', description: 'Lampu jalan mati.' });
    clock.advance(DAY);
    const report = await desk.sweep();
    expect(report.acted).toBeGreaterThan(1);
    expect(report.failed).toEqual([
      { complaintId: complaint.id, reason: expect.stringContaining('deadline policy never moves its deadline') },
    ]);
    const warnings = store.contents().events.filter((e) => e.type === 'complaint-deadline-approaching');
    expect(warnings).toHaveLength(report.acted);
    expect(await desk.verifyHistory(complaint.id)).toMatchObject({ ok: true });
  });

  it('handles each complaint once per sweep even when more of them stay due than one round claims', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock();
    const desk = createDesk({ store, clock, deadlines: restless });
    for (let i = 0; i < 3; i++) await desk.receive(coordinator, { channel: 'web', title: `Aduan ${i}`, description: 'Lampu jalan mati.' });
    clock.advance(DAY);
    // Every act ends the complaint's lease while it stays due: later rounds claim it again.
    const report = await desk.sweep({ batchSize: 2 });
    const ids = store
      .contents()
      .projections.map((p) => p.id)
      .sort();
    expect(report.failed.map((failure) => failure.complaintId).sort()).toEqual(ids);
    const warningsPerComplaint = ids.map(
      (id) => store.contents().events.filter((e) => e.complaintId === id && e.type === 'complaint-deadline-approaching').length,
    );
    expect(new Set(warningsPerComplaint).size).toBe(1);
    expect(report.acted).toBe(warningsPerComplaint[0]! * ids.length);
  });
});
