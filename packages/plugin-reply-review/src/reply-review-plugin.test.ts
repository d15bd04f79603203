import { createDesk, createMemoryStore, PluginRejectedError } from '@aduan/core';
import { createWorkingCalendar } from '@aduan/core/calendar';
import { createSlaPolicy, pekalonganSlaPolicy } from '@aduan/core/sla';
import { InvalidConfigError, type Clock, type PluginEventTypeV2, type PluginV2 } from '@aduan/spec';
import { describe, expect, it } from 'vitest';
import { replyReview, type ReplyReview, type ReplyReviewOptions } from './index.js';

const coordinator = { id: 'koordinator', role: 'coordinator' as const };
const officer = { id: 'penghubung', role: 'unit_officer' as const, unitId: 'dpupr' };
const units = { dpupr: { name: 'DPUPR Kota Pekalongan', aliases: ['DPUPR'] } };
const GOOD =
  'Selamat siang, Bapak. Terima kasih atas laporannya. Tim DPUPR akan menambal lubang pada Rabu, 12 November 2025.\nSalam, DPUPR Kota Pekalongan';
const NORMATIF = 'Laporan sudah diterima dan akan ditindaklanjuti.';
const DAY_MS = 86_400_000;

/** A desk with the plugin on a memory store, the city's deadlines and a clock the test moves; the event types it registers are recorded. */
async function deskWith(options: ReplyReviewOptions) {
  let now = Date.parse('2025-11-03T02:00:00.000Z');
  const clock: Clock = { now: () => new Date(now) };
  const plugin = replyReview(options);
  const registered: PluginEventTypeV2[] = [];
  const recording: PluginV2 = {
    ...plugin,
    setup: (context) =>
      plugin.setup?.({
        ...context,
        registerEventType: (type) => {
          registered.push(type);
          context.registerEventType(type);
        },
      }),
  };
  const store = createMemoryStore();
  const deadlines = createSlaPolicy(pekalonganSlaPolicy, createWorkingCalendar());
  const desk = createDesk({ store, clock, deadlines, plugins: [recording] });
  const { complaint } = await desk.receive(coordinator, {
    channel: 'web',
    title: 'Jalan berlubang',
    description: 'Lubang di Jl. Sriwijaya',
  });
  await desk.verify(coordinator, { complaintId: complaint.id });
  await desk.dispose(coordinator, { complaintId: complaint.id, unitId: 'dpupr' });
  return { store, desk, complaintId: complaint.id, registered, advance: (ms: number) => (now += ms) };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('the reply was published'),
    (error: unknown) => {
      expect(PluginRejectedError.isInstance(error)).toBe(true);
      return error as PluginRejectedError;
    },
  );

describe('replyReview plugin on the desk', () => {
  it('holds back a reply with a high-severity finding, tells the officer what to change and stores nothing', async () => {
    const reviews: { review: ReplyReview; heldBack: boolean; complaintId: string | undefined }[] = [];
    const { store, desk, complaintId } = await deskWith({
      units,
      onReview: (review, info) => reviews.push({ review, heldBack: info.heldBack, complaintId: info.complaintId }),
    });
    const before = store.contents();

    const error = await rejection(desk.respond(officer, { complaintId, message: NORMATIF }));

    expect(error.message).toMatch(/Balasan perlu diperbaiki: Jawaban masih normatif/);
    expect(reviews.map((entry) => [entry.heldBack, entry.complaintId])).toEqual([[true, complaintId]]);
    expect(reviews[0]?.review.findings.map((finding) => finding.rule)).toEqual(['normatif', 'greeting', 'thanks', 'closing']);
    expect(store.contents()).toEqual(before);
    expect((await desk.get(coordinator, complaintId)).status).toBe('disposed');
  });

  it('publishes a good reply without a review event', async () => {
    const { desk, complaintId } = await deskWith({ units });
    expect((await desk.respond(officer, { complaintId, message: GOOD })).status).toBe('responded');
    expect((await desk.history(coordinator, complaintId)).map((event) => event.type)).not.toContain('reply-review/reviewed');
  });

  it('only reports when holdBack is "never", recording the rules broken in the reply’s own append', async () => {
    const reported: boolean[] = [];
    const { desk, complaintId, registered } = await deskWith({
      units,
      holdBack: 'never',
      onReview: (_review, info) => reported.push(info.heldBack),
    });

    expect((await desk.respond(officer, { complaintId, message: 'Sudah diperbaiki.' })).status).toBe('responded');

    expect(reported).toEqual([false]);
    const history = await desk.history(coordinator, complaintId);
    const responded = history.at(-2)!;
    expect(responded.type).toBe('complaint-responded');
    expect(history.at(-1)).toMatchObject({
      type: 'reply-review/reviewed',
      version: responded.version + 1,
      at: responded.at,
      actor: { id: 'plugin:reply-review', role: 'system' },
      payload: { respondedVersion: responded.version, score: 100 - 30 - 10 - 10 - 3, rules: ['normatif', 'greeting', 'thanks', 'closing'] },
    });
    expect(await desk.verifyHistory(complaintId)).toMatchObject({ ok: true });
    expect((await desk.get(coordinator, complaintId)).status).toBe('responded');

    expect(registered.map((type) => type.name)).toEqual(['reviewed']);
    expect(registered[0]?.check({ respondedVersion: 5, score: 70, rules: ['normatif'] })).toEqual([]);
    expect(registered[0]?.check({ respondedVersion: 'x', score: 170, rules: ['unknown'] }).map((issue) => issue.path)).toEqual([
      'respondedVersion',
      'score',
      'rules',
    ]);
  });

  it('holds back medium findings too when asked', async () => {
    const { desk, complaintId } = await deskWith({ units, holdBack: 'medium' });
    const withoutThanks = GOOD.replace('Terima kasih atas laporannya. ', '');
    expect((await rejection(desk.respond(officer, { complaintId, message: withoutThanks }))).message).toContain('terima kasih');
  });

  it('asks for a closing with the unit’s own name', async () => {
    const { desk, complaintId } = await deskWith({ units, holdBack: 'low' });
    const withoutClosing = GOOD.replace('Salam, DPUPR Kota Pekalongan', 'Demikian, terima kasih.');
    expect((await rejection(desk.respond(officer, { complaintId, message: withoutClosing }))).message).toContain(
      'Salam, DPUPR Kota Pekalongan',
    );
  });

  it('asks for an apology once the complaint is past its deadline', async () => {
    const { desk, complaintId, advance } = await deskWith({ units, holdBack: 'medium' });
    const { dueAt } = await desk.get(coordinator, complaintId);
    expect(dueAt).not.toBeNull();
    advance(Date.parse(dueAt!) - Date.parse('2025-11-03T02:00:00.000Z') + DAY_MS);
    expect((await rejection(desk.respond(officer, { complaintId, message: GOOD }))).message).toContain('maaf');
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
