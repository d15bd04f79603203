import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, createMemoryStore, type Desk } from '@aduan/core';
import { replyReview } from '@aduan/plugin-reply-review';
import { createPGliteStore } from '@aduan/store-postgres/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { duplicates, type WorkOrderAnswer } from './index.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const dpupr = { id: 'petugas-dpupr', role: 'unit_officer' as const, unitId: 'dpupr' };
const units = { dpupr: { name: 'DPUPR Kota Pekalongan', aliases: ['DPUPR'] } };
const GOOD =
  'Selamat siang, Bapak/Ibu. Terima kasih atas laporannya. Tim DPUPR akan menambal lubang di Jalan Sriwijaya pada Rabu, 10 Juni 2026.\nSalam, DPUPR Kota Pekalongan';

/** A clock a second later at every reading: complaints filed one after another are received in that order. */
function tickingClock(start = '2026-06-01T02:00:00.000Z') {
  let now = Date.parse(start);
  return {
    now: () => {
      now += 1_000;
      return new Date(now);
    },
  };
}

async function fileHoles(desk: Desk, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { complaint } = await desk.receive(coordinator, {
      channel: 'web',
      category: 'jalan',
      title: 'Jalan berlubang',
      description: `Lubang besar di Jalan Sriwijaya depan toko bangunan (laporan ${i + 1}).`,
      location: { kelurahan: 'Kuripan Kidul' },
    });
    await desk.verify(coordinator, { complaintId: complaint.id });
    await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
    ids.push(complaint.id);
  }
  return ids;
}

describe('duplicates with reply-review on one desk', () => {
  it('answers a work order only with a reply the review lets through, each member reviewed like any answer', async () => {
    const store = createMemoryStore();
    const desk = createDesk({ store, clock: tickingClock(), plugins: [replyReview({ units }), duplicates()] });
    const ids = await fileHoles(desk, 3);
    await desk.runPluginCommand(dpupr, 'duplicates', 'group', { complaintIds: ids, title: 'Lubang Sriwijaya', workOrderId: 'wo-1' });

    const held = (await desk.runPluginCommand(dpupr, 'duplicates', 'answer', {
      workOrderId: 'wo-1',
      message: 'Laporan sudah diterima dan akan ditindaklanjuti.',
    })) as WorkOrderAnswer;
    expect(held).toEqual({
      workOrderId: 'wo-1',
      responded: [],
      skipped: ids.map((complaintId) => ({ complaintId, reason: 'plugin_rejected' })),
    });
    for (const id of ids) expect((await desk.get(coordinator, id)).status).toBe('disposed');

    const answered = (await desk.runPluginCommand(dpupr, 'duplicates', 'answer', {
      workOrderId: 'wo-1',
      message: GOOD,
    })) as WorkOrderAnswer;
    expect(answered).toEqual({ workOrderId: 'wo-1', responded: ids, skipped: [] });
    for (const id of ids) {
      expect((await desk.get(coordinator, id)).status).toBe('responded');
      expect(await desk.verifyHistory(id)).toMatchObject({ ok: true });
    }
  });
});

/** Two PGlite start-ups in one test: about 16 s alone, over 30 s on a loaded 2-core machine. */
const TWO_PGLITE_STARTS_TIMEOUT_MS = 120_000;

describe('duplicates on a PGlite store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'aduan-duplicates-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'rebuilds its index and work orders from the stored history when the desk starts again',
    async () => {
      const first = createDesk({ store: await createPGliteStore({ dataDir }), clock: tickingClock(), plugins: [duplicates()] });
      const ids = await fileHoles(first, 3);
      await first.runPluginCommand(dpupr, 'duplicates', 'group', {
        complaintIds: [ids[0], ids[2]],
        title: 'Lubang Sriwijaya',
        workOrderId: 'wo-1',
      });
      await first.close();

      const plugin = duplicates();
      const again = createDesk({
        store: await createPGliteStore({ dataDir }),
        clock: tickingClock('2026-06-02T02:00:00.000Z'),
        plugins: [plugin],
      });
      await again.ready();
      expect(plugin.index.openCount).toBe(3);
      expect(plugin.index.members('wo-1').map((member) => member.id)).toEqual([ids[0], ids[2]]);
      const suggestions = (await again.runPluginCommand(dpupr, 'duplicates', 'suggest', { complaintId: ids[1] })) as {
        complaintId: string;
      }[];
      expect(suggestions.map((suggestion) => suggestion.complaintId).sort()).toEqual([ids[0], ids[2]].sort());
      const answer = (await again.runPluginCommand(dpupr, 'duplicates', 'answer', {
        workOrderId: 'wo-1',
        message: GOOD,
      })) as WorkOrderAnswer;
      expect(answer).toEqual({ workOrderId: 'wo-1', responded: [ids[0], ids[2]], skipped: [] });
      await again.close();
    },
    TWO_PGLITE_STARTS_TIMEOUT_MS,
  );
});
