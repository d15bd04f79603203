import { createDesk, createMemoryStore } from '@aduan/core';
import { signOff } from '@aduan/plugin-sign-off';
import type { Actor } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { satisfaction } from './index.js';

const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' } as const satisfies Actor;
const drafter = { id: 'staf-pupr', role: 'unit_officer', unitId: 'dinas-pupr' } as const satisfies Actor;
const kepala = { id: 'kabid-pupr', role: 'supervisor', unitId: 'dinas-pupr' } as const satisfies Actor;

describe('"Sudah beres?" with sign-off', () => {
  it('asks after the approved answer is published, in the approval’s append, and not after the draft', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store, plugins: [signOff({ units: { 'dinas-pupr': {} } }), satisfaction()] });
    const { complaint } = await desk.receive(coordinator, {
      channel: 'whatsapp',
      title: 'Jalan berlubang',
      description: 'Lubang besar di depan SD Negeri 1.',
      contact: { whatsapp: '6281234567890' },
    });
    await desk.verify(coordinator, { complaintId: complaint.id, classification: 'pengaduan' });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dinas-pupr' });

    await desk.runPluginCommand(drafter, 'sign-off', 'submit-draft', { complaintId: complaint.id, message: 'Lubang sudah kami tambal.' });
    const afterDraft = store.contents().outbox.length;
    await desk.runPluginCommand(kepala, 'sign-off', 'approve', { complaintId: complaint.id });

    const events = store.contents().events;
    expect(events.slice(-3).map((event) => event.type)).toEqual(['sign-off/draft-approved', 'complaint-responded', 'satisfaction/asked']);
    expect(new Set(events.slice(-3).map((event) => event.at)).size).toBe(1);
    expect(afterDraft).toBe(0);
    expect(store.contents().outbox.map((row) => row.body)).toEqual([
      'Lubang sudah kami tambal.',
      expect.stringContaining('Apakah masalahnya sudah beres?'),
    ]);
  });
});
