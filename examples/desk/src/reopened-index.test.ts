import { createDesk, createMemoryStore } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, slaPresets } from '@aduan/core/sla';
import type { Actor } from '@aduan/spec';
import { createVirtualClock } from '@aduan/test-kit';
import { describe, expect, it } from 'vitest';
import { createReopenedIndex } from './reopened-index.js';

const k: Actor = { id: 'k', role: 'coordinator' };
const u: Actor = { id: 'u', role: 'unit_officer', unitId: 'dpupr' };

describe('the reopened index', () => {
  it('holds complaints reopened and not answered or closed since, rebuilt from the history on a new desk', async () => {
    const store = createMemoryStore();
    const clock = createVirtualClock('2026-03-03T02:00:00.000Z');
    const deadlines = createSlaPolicy(slaPresets.pekalongan, createWorkingCalendar());
    const first = createReopenedIndex();
    const desk = createDesk({ store, clock, deadlines, plugins: [first], keepStoreOpen: true });
    const answered = async () => {
      const { complaint } = await desk.receive(k, { channel: 'web', title: 'Uji', description: 'Uji' });
      await desk.verify(k, { complaintId: complaint.id });
      await desk.dispose(k, { complaintId: complaint.id, unitId: 'dpupr' });
      await desk.respond(u, { complaintId: complaint.id, message: 'Sudah.' });
      return complaint.id;
    };
    const waiting = await answered();
    const answeredAgain = await answered();
    const resolved = await answered();
    const neverReopened = await answered();
    for (const id of [waiting, answeredAgain, resolved]) await desk.reopen(k, { complaintId: id, reason: 'Belum beres.' });
    await desk.respond(u, { complaintId: answeredAgain, message: 'Sudah dikerjakan ulang.' });
    // An escalation keeps it waiting for its answer; closing it does not.
    await desk.escalate(k, { complaintId: resolved, level: 1, reason: 'Perlu pimpinan.' });
    expect(first.ids()).toEqual([waiting, resolved]);
    await desk.resolve(k, { complaintId: resolved, note: 'Selesai.' });
    expect(first.ids()).toEqual([waiting]);

    const second = createReopenedIndex();
    const restarted = createDesk({ store, clock, deadlines, plugins: [second], keepStoreOpen: true });
    await restarted.ready();
    expect(second.ids()).toEqual([waiting]);
    expect(second.ids()).not.toContain(neverReopened);
    await desk.close();
    await restarted.close();
  });
});
