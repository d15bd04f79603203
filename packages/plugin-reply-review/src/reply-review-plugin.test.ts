import { createDesk, createMemoryStore } from '@aduan/core';
import { sealEvent } from '@aduan/core/history';
import {
  GENESIS_HASH,
  InvalidConfigError,
  type AppendPluginEventInputV2,
  type PluginDeskV2,
  type PluginEventTypeV2,
  type StoredEvent,
} from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { replyReview, type ReplyReview } from './index.js';

// The desk on this branch runs PluginV1 only; these tests drive the V2 plugin's hooks with a real
// complaint projection and real stored events from a V1 desk, and record what the plugin appends.
const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const officer = { id: 'penghubung', role: 'unit_officer' as const, unitId: 'dpupr' };
const units = { dpupr: { name: 'DPUPR Kota Pekalongan', aliases: ['DPUPR'] } };
const GOOD =
  'Selamat siang, Bapak. Terima kasih atas laporannya. Tim DPUPR akan menambal lubang pada Rabu, 12 November 2025.\nSalam, DPUPR Kota Pekalongan';

async function disposedComplaint() {
  const store = createMemoryStore();
  const desk = createDesk({ store });
  const { complaint } = await desk.receive(coordinator, {
    channel: 'web',
    title: 'Jalan berlubang',
    description: 'Lubang di Jl. Sriwijaya',
  });
  await desk.verify(coordinator, { complaintId: complaint.id });
  await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
  const projection = await store.doLoadProjection(complaint.id);
  if (!projection) throw new Error('no projection');
  return { store, desk, projection };
}

function recordingPluginDesk(appended: AppendPluginEventInputV2[]): PluginDeskV2 {
  const refuse = () => Promise.reject(new Error('not used by reply-review'));
  return {
    actor: { id: 'plugin:reply-review', role: 'system' },
    run: refuse,
    get: refuse,
    list: refuse,
    history: refuse,
    replay: refuse,
    appendEvent: async (input): Promise<StoredEvent> => {
      appended.push(input);
      // A real sealed event (a one-event chain); the plugin does not read it back.
      return sealEvent(
        {
          id: `plugin-event-${appended.length}`,
          complaintId: input.complaintId,
          version: 1,
          type: `reply-review/${input.name}`,
          schemaVersion: 1,
          at: new Date().toISOString(),
          actor: input.actor ?? { id: 'plugin:reply-review', role: 'system' },
          payload: input.payload,
        },
        GENESIS_HASH,
      );
    },
  };
}

describe('replyReview plugin', () => {
  it('holds back a reply with a high-severity finding and tells the officer what to change', async () => {
    const { projection } = await disposedComplaint();
    const reviews: { review: ReplyReview; heldBack: boolean }[] = [];
    const plugin = replyReview({ units, onReview: (review, info) => reviews.push({ review, heldBack: info.heldBack }) });
    const verdict = await plugin.beforeCommand?.({
      command: 'respond',
      actor: officer,
      input: { complaintId: projection.id, message: 'Laporan sudah diterima dan akan ditindaklanjuti.' },
      complaint: projection,
    });
    expect(verdict).toEqual({ reject: expect.stringMatching(/^Balasan perlu diperbaiki: Jawaban masih normatif/) });
    expect(reviews.map((entry) => entry.heldBack)).toEqual([true]);
    expect(reviews[0]?.review.findings.map((finding) => finding.rule)).toEqual(['normatif', 'greeting', 'thanks', 'closing']);
  });

  it('lets a good reply through, and only reports when holdBack is "never"', async () => {
    const { projection } = await disposedComplaint();
    const context = { command: 'respond', actor: officer, complaint: projection };
    expect(await replyReview({ units }).beforeCommand?.({ ...context, input: { message: GOOD } })).toBeUndefined();
    const reported: boolean[] = [];
    const reportOnly = replyReview({ units, holdBack: 'never', onReview: (_review, info) => reported.push(info.heldBack) });
    expect(reportOnly.capabilities.mayReject).toBe(false);
    expect(await reportOnly.beforeCommand?.({ ...context, input: { message: 'Sudah.' } })).toBeUndefined();
    expect(reported).toEqual([false]);
  });

  it('holds back medium findings too when asked, and checks the closing against the unit’s own name', async () => {
    const { projection } = await disposedComplaint();
    const strict = replyReview({ units, holdBack: 'medium' });
    const withoutThanks = GOOD.replace('Terima kasih atas laporannya. ', '');
    const verdict = await strict.beforeCommand?.({
      command: 'respond',
      actor: officer,
      input: { message: withoutThanks },
      complaint: projection,
    });
    expect(verdict).toEqual({ reject: expect.stringContaining('terima kasih') });
  });

  it('registers its event type and records the rules a published reply still broke', async () => {
    const { desk, store, projection } = await disposedComplaint();
    const registered: PluginEventTypeV2[] = [];
    const plugin = replyReview({ units, holdBack: 'never' });
    const appended: AppendPluginEventInputV2[] = [];
    const pluginDesk = recordingPluginDesk(appended);
    await plugin.setup?.({
      desk: pluginDesk,
      clock: { now: () => new Date() },
      registerEventType: (type) => registered.push(type),
      registerCommand: () => {
        throw new Error('reply-review registers no command');
      },
    });
    expect(registered.map((type) => type.name)).toEqual(['reviewed']);
    expect(registered[0]?.check({ respondedVersion: 5, score: 70, rules: ['normatif'] })).toEqual([]);
    expect(registered[0]?.check({ respondedVersion: 'x', score: 170, rules: ['unknown'] }).map((issue) => issue.path)).toEqual([
      'respondedVersion',
      'score',
      'rules',
    ]);

    await desk.respond(officer, { complaintId: projection.id, message: 'Sudah diperbaiki.' });
    const events = await store.doReadStream(projection.id);
    const responded = events.filter((event) => event.type === 'complaint-responded');
    const after = (await store.doLoadProjection(projection.id))!;
    await plugin.afterEvents?.({ command: 'respond', actor: officer, events: responded, complaint: after, desk: pluginDesk });
    expect(appended).toEqual([
      {
        complaintId: projection.id,
        name: 'reviewed',
        payload: {
          respondedVersion: responded[0]!.version,
          score: 100 - 30 - 10 - 10 - 3,
          rules: ['normatif', 'greeting', 'thanks', 'closing'],
        },
      },
    ]);
  });

  it('asks for an apology once the complaint is past its deadline', async () => {
    const { projection } = await disposedComplaint();
    const overdue = { ...projection, dueAt: '2025-01-01T00:00:00.000Z' };
    const verdict = await replyReview({ units, holdBack: 'medium' }).beforeCommand?.({
      command: 'respond',
      actor: officer,
      input: { message: GOOD },
      complaint: overdue,
    });
    expect(verdict).toEqual({ reject: expect.stringContaining('maaf') });
  });

  it('refuses options it does not understand, naming each', () => {
    const error = (() => {
      try {
        replyReview({ holdBack: 'sometimes' as never, skip: ['politeness' as never], units: { dpupr: { name: ' ' } } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(InvalidConfigError.isInstance(error)).toBe(true);
    expect((error as InvalidConfigError).issues.map((issue) => issue.path)).toEqual(['holdBack', 'skip.0', 'units.dpupr.name']);
  });
});
