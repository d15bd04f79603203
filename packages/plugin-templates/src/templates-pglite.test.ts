import { createDesk } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, pekalonganSlaPolicy } from '@aduan/core/sla';
import type { Actor, Clock } from '@aduan/spec';
import { createPostgresTemplateStore } from '@aduan/store-postgres';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templates } from './index.js';

const coordinator = { id: 'admin-dinkominfo', role: 'coordinator' } as const satisfies Actor;
const resident = { id: 'warga-budi', role: 'complainant' } as const satisfies Actor;

describe('templates on a PGlite store', () => {
  // Creating PGlite takes seconds: once for the file, under the hook's longer timeout.
  let store: Awaited<ReturnType<typeof createPGliteStore>>;
  beforeAll(async () => {
    store = await createPGliteStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('saves, acknowledges in the receipt’s append and counts the use, all in the store’s database', async () => {
    const clock: Clock = { now: () => new Date('2025-03-03T02:00:00.000Z') };
    const library = createPostgresTemplateStore(store);
    const deadlines = createSlaPolicy(pekalonganSlaPolicy, createWorkingCalendar());
    const desk = createDesk({ store, clock, deadlines, plugins: [templates({ store: library, authority: 'Pemerintah Kota Pekalongan' })] });
    await desk.runPluginCommand(coordinator, 'templates', 'save', {
      expectedVersion: 0,
      template: {
        id: 'terima-umum',
        name: 'Tanda terima',
        stage: 'received',
        category: null,
        automatic: true,
        active: true,
        body: 'Yth. {nama}, aduan {nomor} kami terima pada {tanggal_diterima}.',
        shortBody: null,
      },
    });

    const { complaint } = await desk.receive(resident, {
      channel: 'web',
      title: 'Jalan berlubang',
      description: 'Lubang besar.',
      contact: { name: 'Budi Santoso', phone: '+62 812 3456 7890' },
    });

    const history = await desk.history(coordinator, complaint.id);
    expect(history.map((event) => event.type)).toEqual(['complaint-received', 'templates/acknowledged']);
    expect(await desk.verifyHistory(complaint.id)).toMatchObject({ ok: true, events: 2 });
    expect(await library.doGet('terima-umum')).toMatchObject({ usageCount: 1, lastUsedAt: history[1]!.at });
    await desk.close();
  });
});
